import { expect, Browser, Page } from '@playwright/test';

// Steps several journeys share.

// A demo account signed in on a fresh phone (390x844), with or without JavaScript.
export async function signedIn(browser: Browser, javaScriptEnabled: boolean, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(`${email.split('@')[0].replace('.', ' ')} commonpot demo`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  return page;
}

// An officer on a round's review page gives every waiting proposal a verdict
// (feasible), chooses the ballot rules and opens voting.
export async function openVotingWith(officer: Page, round: string, rule: string, numberLabel: RegExp, n: string) {
  await officer.goto(`${round}/review`);
  if ((await officer.getByTestId('round-phase').textContent()) === 'Proposals open') {
    await officer.getByRole('button', { name: 'Close proposals and start the review' }).click();
  }
  await expect(officer.getByTestId('round-phase')).toHaveText('Proposals being checked');
  const waiting = officer.getByRole('row').filter({ hasText: 'Waiting for review' });
  while ((await waiting.count()) > 0) {
    await waiting.first().getByRole('link').click();
    await officer.getByLabel('Feasible: it goes on the ballot').check();
    await officer.getByRole('button', { name: 'Save review' }).click();
    await expect(officer.getByTestId('proposal-status')).toHaveText('On the ballot');
    await officer.goto(`${round}/review`);
  }
  await officer.getByLabel(rule).check();
  await officer.getByLabel(numberLabel).fill(n);
  await officer.getByRole('button', { name: 'Save ballot rules' }).click();
  await expect(officer.getByRole('status')).toContainText('The ballot rules have been saved');
  await officer.getByRole('button', { name: 'Finish the review and open voting' }).click();
  await expect(officer.getByTestId('round-phase')).toHaveText('Voting open');
  // The rules are frozen now: the form is gone.
  await expect(officer.getByRole('heading', { name: 'Ballot rules' })).toHaveCount(0);
}
