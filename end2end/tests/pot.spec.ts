import { test, expect } from '@playwright/test';
import { signedIn } from './steps';

// The officer of Castle Vale, on a phone with JavaScript off, keeps the police's money
// for youth and community safety before the 2028 round's voting opens, and is told
// plainly what is missing when adding an agency with nothing filled in.

const round = '/neighbourhoods/castle-vale/rounds/2028';

test('an officer ring-fences an agency’s money on a phone with JavaScript turned off', async ({ browser }) => {
  const officer = await signedIn(browser, false, 'officer.castle-vale@demo.invalid');
  await officer.goto(`${round}/review`);
  await officer.getByRole('link', { name: 'Set how much each agency puts in, and what its money may pay for' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'The pot: Castle Vale Community Budget 2028' })).toBeVisible();
  const total = await officer.getByTestId('pot-total').textContent();

  // Each agency's form is folded away, so the page stays short on a phone.
  const police = officer.getByRole('region', { name: 'West Midlands Police' });
  await expect(police.getByLabel('Youth')).toBeHidden();
  await police.getByText('Change what West Midlands Police puts in').click();
  await police.getByLabel('Youth').check();
  await police.getByLabel('Community safety').check();
  await police.getByRole('button', { name: 'Save West Midlands Police' }).click();

  await expect(officer.getByRole('status')).toContainText('West Midlands Police’s contribution has been saved');
  const row = officer.getByTestId('pot-setup').getByRole('row').filter({ hasText: 'West Midlands Police' });
  await expect(row).toContainText('Only for youth or community safety');
  await expect(officer.getByTestId('pot-total')).toHaveText(total ?? '');
  // The boxes come back ticked, so a second save keeps the ring-fence.
  await police.getByText('Change what West Midlands Police puts in').click();
  await expect(police.getByLabel('Youth')).toBeChecked();
  await expect(police.getByLabel('Housing')).not.toBeChecked();

  const add = officer.getByRole('region', { name: 'Add an agency' });
  await add.getByRole('button', { name: 'Add to the pot' }).click();
  const summary = officer.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter the agency’s name' })).toHaveAttribute('href', '#agency');
  await expect(summary.getByRole('link', { name: 'Choose what kind of agency it is' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter how much the agency puts in, like £25,000' })).toBeVisible();
  await expect(officer.getByTestId('pot-total')).toHaveText(total ?? '');

  const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await officer.context().close();
});
