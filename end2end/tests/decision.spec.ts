import { test, expect } from '@playwright/test';
import { signedIn } from './steps';

// Castle Vale 2026 has been counted and waits for its decision; no other journey uses it.
const round = '/neighbourhoods/castle-vale/rounds/2026';

test('a councillor departs from the count with a reason and publishes; a resident sees the decision and its delivery', async ({ browser }) => {
  // The councillor, with JavaScript off: the draft is one plain form.
  const councillor = await signedIn(browser, false, 'councillor.castle-vale@demo.invalid');
  await councillor.goto(round);
  await councillor.getByRole('link', { name: 'Councillors: draft and publish the budget decision' }).click();
  await expect(councillor.getByRole('heading', { level: 1 })).toHaveText('Draft the decision: Castle Vale Community Budget 2026');

  // Not funding the first proposal the count funded, at first without saying why.
  const line = councillor.locator('fieldset.draft-line').filter({ hasText: 'the count: funded' }).first();
  const dropped = (await line.locator('legend').textContent())!.trim();
  await line.getByLabel('Amount funded (0 for not funded)').fill('0');
  const payers = line.getByRole('textbox', { name: /^Paid by/ });
  for (let k = 0; k < (await payers.count()); k++) await payers.nth(k).fill('');
  await councillor.getByRole('button', { name: 'Check and preview the decision' }).click();
  const summary = councillor.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText(`"${dropped}" is not funded though the count funded it: give the public reason`);
  await expect(councillor).toHaveTitle(/^Error: /);

  // The draft kept what was typed; the reason goes with it.
  const kept = councillor.locator('fieldset.draft-line').filter({ hasText: dropped });
  await expect(kept.getByLabel('Amount funded (0 for not funded)')).toHaveValue('0');
  await kept.getByLabel('Public reason, if this differs from the count').fill('The youth service now pays for this from its own budget.');
  await councillor.getByRole('button', { name: 'Check and preview the decision' }).click();

  // The last look: the page as residents will see it, marked as a draft, then publish.
  await expect(councillor.getByTestId('preview-banner')).toContainText('Draft, not published.');
  await expect(councillor.getByRole('row').filter({ hasText: dropped })).toContainText('The youth service now pays for this from its own budget.');
  await expect(councillor.getByText('It cannot be changed, only amended')).toBeVisible();
  await councillor.getByRole('button', { name: 'Publish the decision now' }).click();
  await expect(councillor.getByRole('status')).toContainText('The decision is published');
  await expect(councillor.getByRole('heading', { level: 1 })).toHaveText('Budget decision: Castle Vale Community Budget 2026');
  const hash = (await councillor.getByTestId('decision-hash').textContent())!.trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  const droppedRow = councillor.getByRole('row').filter({ hasText: dropped });
  await expect(droppedRow).toContainText('Not funded, though the count funded it');
  await expect(droppedRow).toContainText('The youth service now pays for this from its own budget.');

  // An officer posts a delivery update on a funded proposal.
  // Funded proposals come first in the table.
  const funded = councillor.locator('[data-testid^="decision-row-"]').filter({ hasNotText: dropped }).first().getByRole('link');
  const fundedTitle = (await funded.textContent())!.trim();
  const fundedHref = (await funded.getAttribute('href'))!;
  const officer = await signedIn(browser, true, 'officer.castle-vale@demo.invalid');
  await officer.goto(fundedHref);
  await officer.getByLabel('In progress').check();
  await officer.getByLabel('Date', { exact: true }).fill('2026-09-01');
  await officer.getByLabel('Spent so far, in pounds').fill('500');
  await officer.getByLabel('What has happened').fill('The supplier is booked and work starts next week.');
  await officer.getByRole('button', { name: 'Post the update' }).click();
  await expect(officer.getByRole('status')).toContainText('Delivery update posted: In progress');

  // A resident, on their phone, finds it all from the round page.
  const resident = await signedIn(browser, true, 'resident.castle-vale@demo.invalid');
  await resident.goto(round);
  await expect(resident.getByTestId('delivery-progress')).toContainText('1 in progress');
  await resident.getByRole('link', { name: 'The full decision: reasons, who pays, and its history' }).click();
  await expect(resident.getByTestId('decision-hash')).toHaveText(hash);
  await expect(resident.getByRole('row').filter({ hasText: dropped })).toContainText('The youth service now pays for this from its own budget.');
  await resident.getByRole('link', { name: fundedTitle }).first().click();
  await expect(resident.getByTestId('delivery-updates')).toContainText('The supplier is booked and work starts next week.');
  await resident.getByRole('button', { name: 'Follow this proposal by email' }).click();
  await expect(resident.getByRole('status')).toContainText('You are following this proposal');
  // Nothing on the page is wider than the phone.
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
