import { test, expect } from '@playwright/test';
import { openVotingWith, signedIn } from './steps';

// The officer of Castle Vale finishes the review of the 2027 round, chooses a points
// ballot (each resident shares out 10 points) and opens voting; a resident then
// votes on their phone, watching the points left, and is stopped at too many.

const round = '/neighbourhoods/castle-vale/rounds/2027';

test('an officer opens a points ballot and a resident shares out their points', async ({ browser }) => {
  const officer = await signedIn(browser, true, 'officer.castle-vale@demo.invalid');
  await openVotingWith(officer, round, 'Share out a number of points', /How many points each person shares out/, '10');
  await officer.context().close();

  const resident = await signedIn(browser, true, 'resident.castle-vale@demo.invalid');
  await resident.goto(round);
  await resident.getByRole('link', { name: 'Vote now' }).click();
  await expect(resident.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  const total = resident.getByTestId('ballot-total');
  await expect(total).toHaveText('0 of 10 points given. 10 left.');
  const boxes = resident.locator('input.ballot__points');
  await boxes.nth(0).fill('6');
  await expect(total).toHaveText('6 of 10 points given. 4 left.');
  await boxes.nth(1).fill('7');
  await expect(total).toHaveText('13 of 10 points given: 3 too many.');
  // The refused ballot comes back on a slow connection: the resident corrects it
  // before the page's script has arrived, and the total counts what they typed.
  let arrive = () => {};
  const held = new Promise<void>((resolve) => (arrive = resolve));
  await resident.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await resident.getByRole('button', { name: 'Send my vote' }).click();
  await expect(resident.getByRole('alert')).toContainText('points');
  await expect(resident.locator('form.ballot[data-live="true"]')).toHaveCount(0);
  await resident.locator('input.ballot__points').nth(1).fill('4');
  arrive();
  await expect(resident.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  await expect(resident.getByTestId('ballot-total')).toHaveText('10 of 10 points given. 0 left.');
  await resident.unroute('**/*.wasm');
  await expect(resident.getByTestId('ballot-review')).toContainText('6 points');
  const overflow = await resident.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await resident.getByRole('button', { name: 'Send my vote' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  const receipt = (await resident.getByTestId('receipt').textContent()) ?? '';
  expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // A change of mind: the points move, the receipt stays.
  await resident.getByRole('link', { name: 'Change your vote' }).click();
  await expect(resident.getByText('You have voted already')).toBeVisible();
  // The ballot starts empty again: a new ballot replaces the old one whole.
  await resident.locator('input.ballot__points').nth(0).fill('3');
  await resident.locator('input.ballot__points').nth(1).fill('4');
  await resident.locator('input.ballot__points').nth(2).fill('3');
  await expect(resident.getByTestId('ballot-total')).toHaveText('10 of 10 points given. 0 left.');
  await resident.getByRole('button', { name: 'Send my vote' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: /Your vote has been changed/ })).toBeVisible();
  await expect(resident.getByTestId('receipt')).toHaveText(receipt);
  await resident.context().close();

  // After the officer closes voting, the changed ballot is in the ledger.
  const closer = await signedIn(browser, true, 'officer.castle-vale@demo.invalid');
  await closer.goto(`${round}/review`);
  await closer.getByRole('button', { name: 'Close voting' }).click();
  await closer.getByRole('button', { name: 'Close voting now' }).click();
  await expect(closer.getByRole('status')).toContainText('Counting the votes');
  await closer.context().close();
  const anyone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await anyone.goto(`${round}/ledger`);
  await anyone.getByLabel('Find your receipt').fill(receipt);
  await anyone.getByRole('button', { name: 'Find' }).click();
  await expect(anyone.getByTestId('ledger-found')).toHaveText(`Your ballot ${receipt} was counted.`);
  await expect(anyone.getByRole('row', { name: new RegExp(receipt) })).toContainText('(3 points)');
  await expect(anyone.getByRole('row', { name: new RegExp(receipt) })).toContainText('(4 points)');
  await anyone.close();
});
