import { test, expect, Browser } from '@playwright/test';
import { linkInOutbox, signedIn } from './steps';

// A community group on its own, on phones at 390x844: a youth worker registers
// "Ilfracombe Youth Forum", an officer recognises it, she invites a member who accepts
// from the emailed link, the member sends a proposal in the group's name, and the
// group's public page shows it.

async function newcomer(browser: Browser, name: string, email: string, password: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto(await linkInOutbox(email, '/account/confirm/'));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toHaveText('Your email address is confirmed');
  return page;
}

test('a youth worker registers her group, an officer recognises it, and a member she invites proposes in its name', async ({ browser }) => {
  const worker = await newcomer(browser, 'Morwenna Tregear', 'morwenna.forum@example.org', 'lantern tuesdays forum');
  await worker.getByRole('link', { name: 'Register a community group' }).click();
  await expect(worker.getByRole('heading', { level: 1, name: 'Register a community group' })).toBeVisible();
  await worker.getByLabel("The group's name").fill('Ilfracombe Youth Forum');
  await worker.getByLabel('What it does, in a sentence').fill("Young people's voice in the town.");
  await worker.getByLabel('More about the group').fill('We meet on Tuesdays at the Lantern.\n\nEveryone aged 11 to 18 is welcome.');
  await worker.getByLabel('Ilfracombe', { exact: true }).check();
  await worker.getByLabel('Public contact email address').fill('forum@example.org');
  await worker.getByRole('button', { name: 'Register the group' }).click();
  await expect(worker).toHaveURL(/\/groups\/ilfracombe-youth-forum$/);
  await expect(worker.getByRole('status')).toContainText('Ilfracombe Youth Forum is registered');
  await expect(worker.getByTestId('group-areas')).toContainText('Waiting for the officers of Ilfracombe');

  // The officer finds it from the neighbourhood's page and recognises it.
  const officer = await signedIn(browser, true, 'officer.ilfracombe@demo.invalid');
  await officer.goto('/neighbourhoods/ilfracombe');
  await officer.getByRole('link', { name: 'Recognise community groups (officers)' }).click();
  await officer.getByLabel('Recognise it: it can send proposals in its name here').check();
  await officer.getByRole('button', { name: 'Record the decision' }).first().click();
  await expect(officer.getByRole('status')).toContainText('Ilfracombe Youth Forum is recognised here');

  // She invites a member.
  await worker.reload();
  await expect(worker.getByTestId('group-areas')).toContainText('Recognised by the officers of Ilfracombe');
  await worker.getByLabel('Their email address').fill('kai.forum@example.org');
  await worker.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(worker.getByRole('status')).toContainText('An invitation is on its way to kai.forum@example.org');

  const kai = await newcomer(browser, 'Kai Penhale', 'kai.forum@example.org', 'kai joins the forum');
  await kai.goto(await linkInOutbox('kai.forum@example.org', '/invitations/'));
  await expect(kai.getByText('a member of Ilfracombe Youth Forum')).toBeVisible();
  await kai.getByRole('button', { name: 'Accept the role' }).click();
  await expect(kai.getByRole('status')).toContainText('You are now a member of Ilfracombe Youth Forum');

  // Kai sends a proposal in the group's name (his only way to propose here, so the form
  // sends it in the group's name without asking).
  await kai.goto('/neighbourhoods/ilfracombe/rounds/2027-28/propose');
  await expect(kai.getByTestId('sent-as')).toHaveText('It will be sent in the name of: Ilfracombe Youth Forum');
  await kai.getByLabel('Title').fill('A youth shelter on the Cairn');
  await kai.getByLabel('Summary in one line').fill('A dry place for young people to meet in the evenings.');
  await kai.getByLabel('Your proposal in full').fill('An open-sided timber shelter.\n\nDesigned with the forum.');
  await kai.getByLabel('How much will it cost?').fill('6500');
  await kai.getByLabel('Priority area').selectOption('youth');
  await kai.getByRole('button', { name: 'Send proposal' }).click();
  await expect(kai.getByRole('status')).toContainText('sent');
  await expect(kai.getByRole('link', { name: 'Ilfracombe Youth Forum' })).toBeVisible();

  // Anyone can see it on the group's page.
  const anyone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await anyone.goto('/groups/ilfracombe-youth-forum');
  await expect(anyone.getByRole('heading', { level: 1, name: 'Ilfracombe Youth Forum' })).toBeVisible();
  await expect(anyone.getByTestId('group-proposals')).toContainText('A youth shelter on the Cairn');
  await expect(anyone.getByText('Morwenna Tregear')).toBeVisible();
  await expect(anyone.getByText('Kai Penhale')).toHaveCount(0);
});
