import { test, expect } from '@playwright/test';

// A finished round: the proposal journeys change the open rounds.
const roundPage = '/neighbourhoods/ilfracombe/rounds/2025-26';

test.describe('a resident browsing a round on a phone', () => {
  test('the priority-area filter changes the list at once, without loading a page', async ({ page }) => {
    await page.goto(roundPage);
    await expect(page.getByRole('heading', { level: 1, name: 'Ilfracombe Community Budget 2025–26' })).toBeVisible();
    await expect(page.getByTestId('pot-total')).toHaveText('£90,000');
    const count = page.getByTestId('proposal-count');
    await expect(count).toHaveText('Showing all 10 proposals.');

    // Wait for the island to wake up, then mark this document: a page load would lose the mark.
    await expect(page.locator('form.filter[data-live="true"]')).toHaveCount(1);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    let navigations = 0;
    page.on('framenavigated', () => navigations++);

    await page.getByLabel('Show proposals for').selectOption({ label: 'Youth' });
    await expect(count).toHaveText('Showing 1 proposal of 10.');
    await expect(page.getByTestId('proposal-list').getByRole('link', { name: 'Friday night youth club at the Lantern' })).toBeVisible();
    await expect(page.getByTestId('proposal-list').getByRole('link', { name: 'Community minibus to Barnstaple hospital' })).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(navigations).toBe(0);
    expect(page.url()).not.toContain('area=');
  });

  test('the same filter works as a plain form with JavaScript turned off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(roundPage);
    await page.getByLabel('Show proposals for').selectOption({ label: 'Environment and green spaces' });
    await page.getByRole('button', { name: 'Show proposals' }).click();
    await expect(page).toHaveURL(/area=environment/);
    await expect(page.getByTestId('proposal-count')).toHaveText('Showing 1 proposal of 10.');
    await expect(page.getByTestId('proposal-list').getByRole('link', { name: 'Community orchard at Bicclescombe Park' })).toBeVisible();
    await context.close();
  });

  test('the round page fits a 320 px wide screen with no sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(roundPage);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test('an unknown page says so, with a way back', async ({ page }) => {
  const res = await page.goto('/neighbourhoods/nowhere');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the list of neighbourhoods' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neighbourhoods' })).toBeVisible();
});
