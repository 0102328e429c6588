import { test, expect } from '@playwright/test';
import { linkInOutbox, signedIn } from './steps';

// A council adds a neighbourhood and its first round through the forms, on a phone with
// JavaScript off: Birmingham's administrator creates Shard End (a postcode area already
// Castle Vale's is refused by name), invites the Castle Vale officer to the Shard End
// role, the officer accepts from the invitation letter, and the officer creates the 2028–29 round (dates out of order are refused in the
// error summary) and sees it as a draft with its timetable.

// A time `days` from now as a datetime-local value, on the UK clock.
function inDays(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const date = d.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  return `${date}T${String(hour).padStart(2, '0')}:00`;
}

test('an administrator creates a neighbourhood and an officer creates its first round', async ({ browser }) => {
  const admin = await signedIn(browser, false, 'admin@demo.invalid');
  await admin.getByRole('link', { name: 'Manage neighbourhoods' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Neighbourhoods' })).toBeVisible();
  await admin.getByRole('link', { name: 'Create a neighbourhood' }).click();
  await admin.getByLabel('Name', { exact: true }).fill('Shard End');
  await admin.getByLabel('Council', { exact: true }).fill('Birmingham City Council');
  await admin.getByLabel('Description', { exact: true }).fill('Homes around the Cole valley, east Birmingham.');
  await admin.getByLabel('Postcode areas').fill('B34 6\nB35 6');
  await admin.getByLabel('Households').fill('5,200');
  await admin.getByRole('button', { name: 'Save the neighbourhood' }).click();

  const summary = admin.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: /B35 6 overlaps B35 6, which belongs to Castle Vale/ }))
    .toHaveAttribute('href', '#postcode_areas');
  // What was typed is kept; only the overlapping area needs to go.
  await expect(admin.getByLabel('Name', { exact: true })).toHaveValue('Shard End');
  await admin.getByLabel('Postcode areas').fill('B34 6\nB34 7');
  await admin.getByRole('button', { name: 'Save the neighbourhood' }).click();
  await expect(admin).toHaveURL(/\/admin\/neighbourhoods$/);
  await expect(admin.getByRole('status')).toContainText('Shard End is saved');
  await expect(admin.getByTestId('neighbourhoods').getByRole('row').filter({ hasText: 'Shard End' }))
    .toContainText('B34 6, B34 7');

  await admin.goto('/admin/roles');
  await admin.getByLabel('Their email address').fill('officer.castle-vale@demo.invalid');
  await admin.getByLabel('Role').selectOption('officer');
  await admin.getByLabel(/Neighbourhood/).selectOption('shard-end');
  await admin.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(admin.getByRole('status'))
    .toContainText('We have emailed an invitation to officer.castle-vale@demo.invalid to be Council officer in Shard End');
  await expect(admin.getByRole('heading', { name: 'Invitations waiting to be accepted' })).toBeVisible();
  await admin.context().close();

  const officer = await signedIn(browser, false, 'officer.castle-vale@demo.invalid');
  await officer.goto(await linkInOutbox('officer.castle-vale@demo.invalid', '/invitations/'));
  await expect(officer.getByText(/has invited officer.castle-vale@demo.invalid to be Council officer in Shard End/)).toBeVisible();
  await officer.getByRole('button', { name: 'Accept the role' }).click();
  await expect(officer.getByRole('status')).toHaveText('You are now Council officer in Shard End');
  await officer.goto('/neighbourhoods/shard-end');
  await officer.getByRole('link', { name: 'Create a round' }).click();
  await officer.getByLabel('Title', { exact: true }).fill('Shard End 2028–29');
  await officer.getByLabel('Description', { exact: true }).fill('Residents decide how the pooled pot is spent.');
  await officer.getByLabel('Proposals open').fill(inDays(10, 9));
  await officer.getByLabel('Proposals close for checking').fill(inDays(40, 9));
  await officer.getByLabel('Voting opens').fill(inDays(20, 9));
  await officer.getByLabel('Voting closes').fill(inDays(60, 22));
  await officer.getByLabel('Tick the proposals they want, up to the size of the pot').check();
  await officer.getByLabel('Equal shares: every voter has an equal share of the pot to spend').check();
  await officer.getByRole('button', { name: 'Create the round' }).click();

  const problems = officer.getByRole('alert');
  await expect(problems.getByRole('link', { name: 'Voting must open after proposals close for review' }))
    .toHaveAttribute('href', '#voting_open');
  await expect(officer.getByLabel('Title', { exact: true })).toHaveValue('Shard End 2028–29');
  await officer.getByLabel('Voting opens').fill(inDays(50, 9));
  await officer.getByRole('button', { name: 'Create the round' }).click();

  // A draft goes straight to its pot.
  await expect(officer).toHaveURL(/\/neighbourhoods\/shard-end\/rounds\/shard-end-2028-29\/pot$/);
  await expect(officer.getByRole('status')).toContainText('Shard End 2028–29 is created as a draft');
  await officer.goto('/neighbourhoods/shard-end/rounds/shard-end-2028-29');
  await expect(officer.getByTestId('next-move')).toContainText('Proposals open at 9am on');
  await expect(officer.getByTestId('round-history')).toContainText('The round was set up by an officer.');

  const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await officer.context().close();
});
