import { expect, Browser, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

// The path of the newest link beginning `prefix` in a letter to `to`, as the person would
// find it in their inbox (the server's outbox folder), waiting up to ten seconds.
export async function linkInOutbox(to: string, prefix: string): Promise<string> {
  const outbox = process.env.COMMONPOT_E2E_OUTBOX;
  if (!outbox) throw new Error('global-setup did not say where the outbox is');
  for (let tries = 0; tries < 100; tries++) {
    let names: string[] = [];
    try {
      names = readdirSync(outbox).filter((n) => n.endsWith('.eml')).sort().reverse();
    } catch {
      // no letter yet
    }
    for (const name of names) {
      // Quoted-printable: soft line breaks joined, =XX decoded.
      const text = readFileSync(join(outbox, name), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
      if (!text.includes(`To: ${to}`)) continue;
      const at = text.indexOf(prefix);
      if (at >= 0) return text.slice(at).split(/\s/)[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no letter to ${to} with a link ${prefix}`);
}

// The demo's voting codes, derived as in server/src/seed/demo_people.rs.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function demoCode(slug: string, i: number): string {
  const digest = createHash('sha256').update(`commonpot demo code ${slug} ${i}`).digest();
  let n = digest.readBigUInt64LE(0);
  let code = '';
  for (let k = 0; k < 12; k++) {
    code += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
