import { test, expect, Browser, Page } from '@playwright/test';
import { demoCode } from './steps';

// Voting on a phone in Ilfracombe's open round (approval within a £100,000 pot).
const ballotPage = '/neighbourhoods/ilfracombe/rounds/2026-27/vote';

async function phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  return context.newPage();
}

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(`${email.split('@')[0].replace('.', ' ')} commonpot demo`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test.describe.configure({ mode: 'serial' });

let receipt = '';

test('a resident votes, watching the running total, and then changes their vote', async ({ browser }) => {
  const page = await phone(browser, true);
  await signIn(page, 'resident.ilfracombe@demo.invalid');
  await page.goto('/neighbourhoods/ilfracombe/rounds/2026-27');
  await page.getByRole('link', { name: 'Vote now' }).click();
  await expect(page.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  const total = page.getByTestId('ballot-total');
  await expect(total).toHaveText('£0 of £100,000 chosen. £100,000 left.');
  await page.getByLabel(/Safer crossing on Church Street/).check();
  await expect(total).toHaveText('£28,000 of £100,000 chosen. £72,000 left.');
  for (const title of [/Community minibus/, /Friday night youth club/, /Holiday hunger lunches/, /Mental health drop-in/]) {
    await page.getByLabel(title).check();
  }
  await expect(total).toHaveText('£97,300 of £100,000 chosen. £2,700 left.');
  await page.getByLabel(/Warm hub and lunch club/).check();
  await expect(total).toContainText('£9,300 over the pot');
  await page.getByLabel(/Warm hub and lunch club/).uncheck();
  await expect(page.getByTestId('ballot-review')).toContainText('Safer crossing on Church Street – £28,000');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Send my vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  receipt = (await page.getByTestId('receipt').textContent()) ?? '';
  expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await page.getByRole('link', { name: 'Change your vote' }).click();
  await expect(page.getByText('You have voted already')).toBeVisible();
  // The ballot as it stands is marked, so changing it starts from there.
  await expect(page.getByLabel(/Safer crossing on Church Street/)).toBeChecked();
  await expect(total).toHaveText('£97,300 of £100,000 chosen. £2,700 left.');
  await page.getByLabel(/Safer crossing on Church Street/).uncheck();
  await page.getByLabel(/Seafront litter and recycling bins/).check();
  await expect(total).toHaveText('£78,900 of £100,000 chosen. £21,100 left.');
  await page.getByRole('button', { name: 'Send my vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Your vote has been changed/ })).toBeVisible();
  await expect(page.getByTestId('receipt')).toHaveText(receipt);
  await page.context().close();
});

test('with JavaScript off, the code on the letter votes without an account and an over-budget ballot is explained', async ({ browser }) => {
  const page = await phone(browser, false);
  await page.goto(ballotPage);
  for (const title of [/Safer crossing/, /Community minibus/, /Friday night youth club/, /Holiday hunger/, /Mental health/, /Warm hub/]) {
    await page.getByLabel(title).check();
  }
  await page.getByLabel('Voting code').fill(demoCode('ilfracombe', 40));
  await page.getByLabel('Your postcode').fill('EX34 8AB');
  await page.getByRole('button', { name: 'Send my vote' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Your choices cost £109,300, which is more than the pot of £100,000');
  // The ticks and the code are kept; one change and it goes through.
  await expect(page.getByLabel(/Warm hub/)).toBeChecked();
  await expect(page.getByLabel('Voting code')).toHaveValue(demoCode('ilfracombe', 40));
  await page.getByLabel(/Warm hub/).uncheck();
  await page.getByRole('button', { name: 'Send my vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  await page.context().close();
});

let paperReceipt = '';

test('an officer types in a paper ballot from a community event and a second officer verifies the batch', async ({ browser }) => {
  const officer = await phone(browser, true);
  await signIn(officer, 'officer.ilfracombe@demo.invalid');
  await officer.goto('/neighbourhoods/ilfracombe/rounds/2026-27/review');
  await officer.getByRole('link', { name: /Type in or check paper ballots/ }).click();
  await officer.getByLabel('Where and when were these ballots collected?').fill('Fun day at the Lantern');
  await officer.getByRole('button', { name: 'Start the batch' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Paper ballots: Fun day at the Lantern');
  await officer.getByLabel(/Community minibus/).check();
  // The code on this paper already voted online in the test above.
  await officer.getByLabel('Voting code on the ballot paper').fill(demoCode('ilfracombe', 40));
  await officer.getByRole('button', { name: 'Add this paper ballot' }).click();
  await expect(officer.getByRole('alert')).toContainText('already been used to vote online');
  await officer.getByLabel('Voting code on the ballot paper').fill(demoCode('ilfracombe', 41));
  await officer.getByRole('button', { name: 'Add this paper ballot' }).click();
  await expect(officer.getByText(/Paper ballot added/)).toBeVisible();
  const row = officer.getByTestId('batch-ballots').getByRole('row').nth(1);
  await expect(row).toContainText('Community minibus');
  paperReceipt = (await row.locator('code').textContent()) ?? '';
  // Voting cannot close before a second officer checks the batch.
  await officer.goto('/neighbourhoods/ilfracombe/rounds/2026-27/review');
  await officer.getByRole('button', { name: 'Close voting' }).click();
  await officer.getByRole('button', { name: 'Close voting now' }).click();
  await expect(officer.getByRole('alert')).toContainText('wait for a second officer');
  await officer.context().close();

  const checker = await phone(browser, true);
  await signIn(checker, 'checker.ilfracombe@demo.invalid');
  await checker.goto('/neighbourhoods/ilfracombe/rounds/2026-27/paper');
  await checker.getByRole('link', { name: 'Fun day at the Lantern' }).click();
  await checker.getByRole('button', { name: /verify this batch/ }).click();
  await expect(checker.getByRole('status')).toContainText('Batch verified');
  await expect(checker.getByTestId('batch-status')).toContainText('Checked by Sam Checker (demo)');
  await checker.context().close();
});

test('after voting closes, the resident finds their receipt in the ledger', async ({ browser }) => {
  const officer = await phone(browser, true);
  await signIn(officer, 'officer.ilfracombe@demo.invalid');
  await officer.goto('/neighbourhoods/ilfracombe/rounds/2026-27/review');
  await officer.getByRole('button', { name: 'Close voting' }).click();
  await officer.getByRole('button', { name: 'Close voting now' }).click();
  await expect(officer.getByRole('status')).toContainText('Counting the votes');
  await officer.context().close();

  const page = await phone(browser, true);
  await page.goto('/neighbourhoods/ilfracombe/rounds/2026-27');
  await page.getByRole('link', { name: /The ballot ledger/ }).click();
  await page.getByLabel('Find your receipt').fill(receipt.toLowerCase());
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByTestId('ledger-found')).toHaveText(`Your ballot ${receipt} was counted.`);
  await expect(page.getByRole('row', { name: new RegExp(receipt) })).toContainText('Seafront litter and recycling bins');
  await page.getByLabel('Find your receipt').fill(paperReceipt);
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByTestId('ledger-found')).toHaveText(`Your ballot ${paperReceipt} was counted.`);
  await page.goto(ballotPage);
  await expect(page.getByText('Voting has closed, so no more ballots can be accepted.')).toBeVisible();
  await page.context().close();
});

test('two officers void a ballot: the results leave it out, and the ledger and the round history say why', async ({ browser }) => {
  const round = '/neighbourhoods/ilfracombe/rounds/2026-27';
  const reason = 'Typed in with a letter code reported stolen before the fun day';
  const resident = await phone(browser, true);
  await resident.goto(`${round}/results`);
  const voted = async () => Number(((await resident.locator('p.lead').textContent()) ?? '').match(/^(\d+) residents voted/)?.[1]);
  const before = await voted();
  expect(before).toBeGreaterThan(1);

  // One officer proposes it, with JavaScript off; they cannot confirm their own.
  const officer = await phone(browser, false);
  await signIn(officer, 'officer.ilfracombe@demo.invalid');
  await officer.goto(`${round}/review`);
  await officer.getByRole('link', { name: "Void a ballot, or confirm another officer's void" }).click();
  await officer.getByLabel('Receipt of the ballot').fill(paperReceipt);
  await officer.getByLabel('Why should it be voided?').fill(reason);
  await officer.getByRole('button', { name: 'Propose voiding it' }).click();
  await expect(officer.getByRole('status')).toContainText(`Void of ballot ${paperReceipt} proposed`);
  await expect(officer.getByTestId('voids-waiting')).toContainText(reason);
  await expect(officer.getByRole('button', { name: /Confirm: void it/ })).toHaveCount(0);
  await officer.context().close();

  // A second officer confirms it.
  const checker = await phone(browser, false);
  await signIn(checker, 'checker.ilfracombe@demo.invalid');
  await checker.goto(`${round}/voids`);
  await checker.getByRole('button', { name: `Confirm: void it ballot ${paperReceipt}` }).click();
  await expect(checker.getByRole('status')).toContainText(`Ballot ${paperReceipt} is voided`);
  await expect(checker.getByTestId('voids-decided')).toContainText('Confirmed by Sam Checker (demo)');
  await checker.context().close();

  // Residents see one ballot fewer counted, the receipt voided with the reason, and the step.
  await resident.reload();
  expect(await voted()).toBe(before - 1);
  await resident.goto(`${round}/ledger`);
  await resident.getByLabel('Find your receipt').fill(paperReceipt);
  await resident.getByRole('button', { name: 'Find' }).click();
  await expect(resident.getByTestId('ledger-found')).toHaveText(`Ballot ${paperReceipt} was voided by two officers and is not counted. Their reason: ${reason}`);
  await expect(resident.getByTestId('ledger-voided')).toContainText(reason);
  await resident.goto(round);
  await expect(resident.getByText(`Ballot ${paperReceipt} was voided by two officers: ${reason}`)).toBeVisible();
  await resident.context().close();
});
