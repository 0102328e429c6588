import { test, expect, Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Every page of the demo, as each kind of person sees it, checked by axe-core for WCAG 2.2
// A and AA at a phone's size and a laptop's, with a screenshot of each at phone size for
// review (test-results/screenshots, not committed). Runs before the journeys change the
// demo (files run in name order). A visitor's tour is 18 pages, each loaded, checked and
// photographed whole at twice the phone's pixels: on a cold CI machine that passes 30 s, so
// these tours get two minutes, and the photographs (for people, not for the verdict) are
// taken only outside CI.

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
];
const SHOTS = join(__dirname, '..', 'test-results', 'screenshots');

type Visit = { who: string | null; pages: string[] };

const VISITS: Visit[] = [
  {
    who: null,
    pages: [
      '/',
      '/neighbourhoods/ilfracombe',
      '/neighbourhoods/ilfracombe/rounds/2027-28',
      '/neighbourhoods/ilfracombe/rounds/2026-27',
      '/neighbourhoods/ilfracombe/rounds/2026-27/vote',
      '/neighbourhoods/ilfracombe/rounds/2025-26',
      '/neighbourhoods/ilfracombe/rounds/2025-26/results',
      '/neighbourhoods/ilfracombe/rounds/2025-26/ledger',
      '/neighbourhoods/ilfracombe/rounds/2025-26/decision',
      '/neighbourhoods/ilfracombe/rounds/2025-26/decision/print',
      '/neighbourhoods/ilfracombe/rounds/2024-25',
      '/neighbourhoods/castle-vale/rounds/2027',
      '/neighbourhoods/castle-vale/rounds/2025',
      '/proposals/1',
      'FUNDED_PROPOSAL',
      '/sign-in',
      '/sign-up',
      '/forgot-password',
      '/privacy',
      '/accessibility',
      '/cookies',
      '/help',
      '/neighbourhoods/ilfracombe/help',
      '/feedback',
      '/groups/ilfracombe-sea-cadets',
      '/no-such-page',
    ],
  },
  {
    who: 'resident.ilfracombe@demo.invalid',
    pages: [
      '/account',
      '/account/proposals',
      '/neighbourhoods/ilfracombe/rounds/2027-28/propose',
      '/neighbourhoods/ilfracombe/rounds/2026-27/vote',
      '/groups/new',
    ],
  },
  { who: 'group.ilfracombe@demo.invalid', pages: ['/groups/ilfracombe-sea-cadets'] },
  {
    who: 'officer.ilfracombe@demo.invalid',
    pages: [
      '/neighbourhoods/ilfracombe/rounds/2027-28/review',
      '/neighbourhoods/ilfracombe/rounds/2026-27/review',
      '/neighbourhoods/ilfracombe/rounds/2026-27/close-voting',
      '/neighbourhoods/ilfracombe/rounds/2026-27/paper',
      '/neighbourhoods/ilfracombe/rounds/2026-27/voids',
      '/neighbourhoods/ilfracombe/rounds/2026-27/reopen',
      '/neighbourhoods/ilfracombe/rounds/2027-28/pot',
      '/neighbourhoods/ilfracombe/rounds/2026-27/pot',
      '/neighbourhoods/ilfracombe/codes',
      '/neighbourhoods/ilfracombe/groups',
      '/neighbourhoods/ilfracombe/new-round',
      '/neighbourhoods/ilfracombe/rounds/2027-28/settings',
      '/neighbourhoods/ilfracombe/help/edit',
      '/feedback/messages',
      'FUNDED_PROPOSAL',
    ],
  },
  { who: 'councillor.castle-vale@demo.invalid', pages: ['/neighbourhoods/castle-vale/rounds/2026/decision/draft', 'DECISION_PREVIEW'] },
  {
    who: 'admin@demo.invalid',
    pages: [
      '/admin/roles',
      '/admin/neighbourhoods',
      '/admin/neighbourhoods/new',
      '/admin/neighbourhoods/ilfracombe/edit',
      '/admin/accounts?q=demo',
      '/admin/accounts/1',
      '/admin/audit?what=round',
    ],
  },
];

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(`${email.split('@')[0].replace('.', ' ')} commonpot demo`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

// A proposal the demo funded and that has delivery updates.
async function fundedProposal(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/neighbourhoods/ilfracombe/rounds/2024-25/delivery.json');
  const updates = await res.json();
  return `/proposals/${updates[0].proposal_id}`;
}

async function violations(page: Page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v: any) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 3).map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  }, TAGS);
}

for (const size of SIZES) {
  for (const visit of VISITS) {
    test(`axe finds no WCAG 2.2 A/AA problem for ${visit.who ?? 'a visitor'} at ${size.width}×${size.height}`, async ({ browser }) => {
      test.setTimeout(120_000);
      // axe is injected as an inline script, which the pages' Content-Security-Policy
      // rightly refuses; the test browser is told to let its own tool in.
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, bypassCSP: true });
      const page = await context.newPage();
      if (visit.who) await signIn(page, visit.who);
      const found: string[] = [];
      for (const path of visit.pages) {
        let url = path === 'FUNDED_PROPOSAL' ? await fundedProposal(page) : path;
        if (path === 'DECISION_PREVIEW') {
          // The last look exists only for a saved draft: the count's own result is one.
          await page.goto('/neighbourhoods/castle-vale/rounds/2026/decision/draft');
          await page.getByRole('button', { name: 'Check and preview the decision' }).click();
          await expect(page.getByTestId('preview-banner')).toBeVisible();
          url = new URL(page.url()).pathname;
        }
        await page.goto(url);
        const problems = await violations(page);
        for (const p of problems) found.push(`${url}: ${p.rule} (${p.impact}) ${p.help}\n    ${p.where.join('\n    ')}`);
        if (size.name === 'phone' && !process.env.CI) {
          mkdirSync(SHOTS, { recursive: true });
          const name = `${visit.who?.split('@')[0] ?? 'visitor'}${url.replace(/[^a-z0-9]+/gi, '_')}.png`;
          await page.screenshot({ path: join(SHOTS, name), fullPage: true });
        }
      }
      expect(found, found.join('\n')).toEqual([]);
      await context.close();
    });
  }
}

// Tabs forward until the focused element matches, as a keyboard user would.
async function tabTo(page: Page, describe: string, matches: () => boolean) {
  for (let k = 0; k < 150; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

test('a resident votes with the keyboard alone: tab through the ballot, choose, send', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await tabTo(page, 'the email field', () => (document.activeElement as HTMLInputElement)?.type === 'email');
  await page.keyboard.type('group.ilfracombe@demo.invalid');
  await tabTo(page, 'the password field', () => (document.activeElement as HTMLInputElement)?.type === 'password');
  await page.keyboard.type('group ilfracombe commonpot demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account$/);
  await page.goto('/neighbourhoods/ilfracombe/rounds/2026-27/vote');
  await expect(page.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  // The skip link comes first and takes focus to the page's content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const focusIsVisible = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return s.outlineStyle !== 'none' || s.boxShadow !== 'none' || s.backgroundColor !== 'rgba(0, 0, 0, 0)';
  });
  expect(focusIsVisible).toBe(true);
  await tabTo(page, 'the minibus tick box', () => {
    const el = document.activeElement as HTMLInputElement;
    return el?.type === 'checkbox' && (el.labels?.[0]?.textContent ?? '').includes('Community minibus');
  });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('ballot-total')).toContainText('£21,000 of £100,000 chosen');
  await tabTo(page, 'the send button', () => (document.activeElement?.textContent ?? '').includes('Send my vote'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  await context.close();
});

test("switching to Welsh changes the ballot page's words and its lang, and back", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/neighbourhoods/ilfracombe/rounds/2026-27/vote');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(/\/rounds\/2026-27\/vote$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pleidleisio: Ilfracombe Community Budget 2026–27');
  await expect(page.getByRole('button', { name: 'Anfon fy mhleidlais' })).toBeVisible();
  await expect(page.getByLabel('Cod pleidleisio', { exact: true })).toBeVisible();
  // Awake, the island keeps to Welsh in the running total.
  await expect(page.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  await page.getByLabel(/Community minibus/).check();
  await expect(page.getByTestId('ballot-total')).toHaveText("£21,000 o £100,000 wedi'i ddewis. £79,000 ar ôl.");
  // The round page in Welsh: Welsh months, and Welsh counting ("8 o gynigion").
  await page.goto('/neighbourhoods/ilfracombe/rounds/2024-25');
  await expect(page.getByTestId('shortlist-count')).toHaveText("8 o gynigion wedi'u gwirio gan swyddogion ac ar y papur pleidleisio:");
  await expect(page.locator('main')).toContainText('Gorffennaf 2024');
  await expect(page.locator('main')).not.toContainText('July');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('shortlist-count')).toHaveText('8 proposals checked by officers and on the ballot:');
  await expect(page.locator('main')).toContainText('July 2024');
  await page.goto('/neighbourhoods/ilfracombe/rounds/2026-27/vote');
  await expect(page.getByRole('button', { name: 'Send my vote' })).toBeVisible();
  await context.close();
});

test('the ballot and proposal forms fit a 320 px screen with no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signIn(page, 'resident.ilfracombe@demo.invalid');
  for (const path of ['/neighbourhoods/ilfracombe/rounds/2026-27/vote', '/neighbourhoods/ilfracombe/rounds/2027-28/propose']) {
    await page.goto(path);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${path} scrolls sideways by ${sideways}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
