import { test, expect, Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoCode, linkInOutbox } from './steps';

async function phone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  return { context, page: await context.newPage() };
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? 'with JavaScript' : 'with JavaScript turned off';

  test(`a newcomer creates an account and proves they live in Ilfracombe with the code on their letter, ${how}`, async ({ browser }) => {
    const { context, page } = await phone(browser, javaScriptEnabled);
    await page.goto('/');
    await page.getByRole('link', { name: 'Your account' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('link', { name: 'create an account' }).click();
    await page.getByLabel('Your name').fill('Morwenna Tregear');
    const email = `morwenna.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`;
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Create a password').fill('gull harbour pasty lantern');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByText('You have not shown where you live yet.')).toBeVisible();

    // The address is proven from the letter before anything else.
    await expect(page.getByRole('heading', { name: 'Confirm your email address' })).toBeVisible();
    await page.goto(await linkInOutbox(email, '/account/confirm/'));
    await expect(page.getByText(`Confirm that ${email} is your email address.`)).toBeVisible();
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('status')).toHaveText('Your email address is confirmed');
    await expect(page.getByRole('heading', { name: 'Confirm your email address' })).toHaveCount(0);

    // A postcode outside the neighbourhood: the error summary links to the field, input is kept.
    await page.getByLabel('Neighbourhood').selectOption({ label: 'Ilfracombe' });
    await page.getByLabel('Your postcode').fill('B35 6AB');
    const code = demoCode('ilfracombe', javaScriptEnabled ? 20 : 21);
    await page.getByLabel('Voting code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Verify' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: 'B35 6AB is not in Ilfracombe. Only people who live there can take part' })).toBeVisible();
    await expect(page.getByLabel('Your postcode')).toHaveValue('B35 6AB');
    await expect(page.getByLabel('Voting code')).toHaveValue(code.toLowerCase());

    await page.getByLabel('Your postcode').fill('EX34 9AB');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('status')).toHaveText('You are verified as a resident of Ilfracombe');
    await expect(page.getByText('EX34 9AB, verified with a voting code')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email address').fill(`morwenna.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`);
    await page.getByLabel('Password').fill('gull harbour pasty lantern');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('EX34 9AB, verified with a voting code')).toBeVisible();
    await context.close();
  });
}

test('a resident who forgot the password resets it from the letter and signs in with the new one', async ({ browser }) => {
  const { context, page } = await phone(browser, false);
  const email = 'newcomer@demo.invalid';
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toContainText(`If an account uses ${email}, we have emailed it a link`);

  await page.goto(await linkInOutbox(email, '/account/set-password/'));
  await expect(page.getByText(`This link sets the password of the account ${email}.`)).toBeVisible();
  await page.getByLabel('Create a password').fill('nia newcomer new password');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('nia newcomer new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await context.close();
});

test('a resident downloads their data and then deletes their account, without JavaScript', async ({ browser }) => {
  const { context, page } = await phone(browser, false);
  const email = 'kerensa.leaving@example.org';
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Kerensa Leaving');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill('lighthouse keeper at dusk');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download everything we hold about you (a JSON file)' }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.account.email).toBe(email);
  expect(data.account.name).toBe('Kerensa Leaving');

  await page.getByLabel('Type your password to confirm').fill('not my password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await page.getByLabel('Type your password to confirm').fill('lighthouse keeper at dusk');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toContainText('Your account has been deleted');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('lighthouse keeper at dusk');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await context.close();
});

test('an officer makes a batch of voting codes and can download them', async ({ browser }) => {
  const { context, page } = await phone(browser, false);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('officer.ilfracombe@demo.invalid');
  await page.getByLabel('Password').fill('officer ilfracombe commonpot demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Voting codes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voting codes for Ilfracombe' })).toBeVisible();
  await page.getByLabel('How many codes').fill('12');
  await page.getByRole('button', { name: 'Make codes' }).click();
  await expect(page.getByRole('status')).toContainText('12 voting codes made');
  await expect(page.locator('.code-list li')).toHaveCount(12);
  await expect(page.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('download', 'voting-codes.csv');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
