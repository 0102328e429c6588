import { test, expect, APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as http from 'node:http';
import * as https from 'node:https';
import { baseURL, appPort } from '../../proxy.config';
import { demoCode, linkInOutbox } from '../../tests/steps';

// Commonpot as a council runs it: TLS at nginx, the app behind it, every resident
// arriving from the one address nginx connects from.

const ballotPage = '/neighbourhoods/ilfracombe/rounds/2026-27/vote';
const directURL = `http://127.0.0.1:${appPort}`;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

// One request from a chosen local address (Linux answers on all of 127.0.0.0/8), so
// that one test can be several clients.
function send(url: string, opts: { method?: string; from?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const u = new URL(url);
  const client = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        hostname: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        localAddress: opts.from,
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

function csrfIn(html: string): string {
  const m = html.match(/name="csrf" value="([^"]+)"/);
  if (!m) throw new Error('no form token on the page');
  return m[1];
}

// A failed sign-up (the address is taken) from `from`, to `base`, claiming `forwarded`.
async function failedSignUp(base: string, from: string, forwarded?: string): Promise<number> {
  const extra: Record<string, string> = forwarded ? { 'X-Forwarded-For': forwarded } : {};
  const page = await send(`${base}/sign-up`, { from, headers: extra });
  const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const body = new URLSearchParams({
    csrf: csrfIn(page.body),
    display_name: 'Someone Else',
    email: 'resident.ilfracombe@demo.invalid',
    password: 'a long enough password here',
  }).toString();
  const answer = await send(`${base}/api/sign_up`, {
    method: 'POST',
    from,
    headers: { ...extra, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) },
    body,
  });
  return answer.status;
}

async function form(ctx: APIRequestContext, path: string, fields: Record<string, string>) {
  return ctx.post(path, { form: fields, maxRedirects: 0, headers: { Accept: 'text/html' } });
}

async function csrfOf(ctx: APIRequestContext, path = '/sign-in'): Promise<string> {
  return csrfIn(await (await ctx.get(path)).text());
}

// Sign up, confirm from the letter, prove residence with the household's code, vote:
// every step a plain form post through nginx, as a phone without JavaScript sends it.
async function residentVotes(i: number, proposal: string): Promise<string> {
  const ctx = await playwrightRequest.newContext({ baseURL, ignoreHTTPSErrors: true });
  const email = `neighbour${i}@proxy.example`;
  let csrf = await csrfOf(ctx, '/sign-up');
  const signedUp = await form(ctx, '/api/sign_up', { csrf, display_name: `Neighbour ${i}`, email, password: `harbour lantern number ${i}` });
  expect(signedUp.status(), `sign-up ${i}: ${await signedUp.text()}`).toBe(302);
  const token = (await linkInOutbox(email, '/account/confirm/')).split('/').pop()!;
  csrf = await csrfOf(ctx, '/account');
  const confirmed = await form(ctx, '/api/confirm_email', { csrf, token });
  expect(confirmed.status(), `confirm ${i}`).toBe(302);
  const verified = await form(ctx, '/api/verify_residence', { csrf, neighbourhood: 'ilfracombe', postcode: 'EX34 9AB', code: demoCode('ilfracombe', i) });
  expect(verified.status(), `verify ${i}: ${verified.headers()['location']}`).toBe(302);
  expect(verified.headers()['location']).toBe('/account');
  const cast = await form(ctx, '/api/cast_ballot', { csrf, neighbourhood: 'ilfracombe', round: '2026-27', [`points[${proposal}]`]: '1' });
  expect(cast.status(), `vote ${i}`).toBe(302);
  const receipt = cast.headers()['location'] ?? '';
  expect(receipt, `vote ${i}`).toContain('/vote/receipt/');
  await ctx.dispose();
  return receipt;
}

test.describe.configure({ mode: 'serial' });

test('over https through nginx a resident signs up, confirms, proves where they live and votes, with secure cookies', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Tamsin Behind-Proxy');
  const email = 'tamsin@proxy.example';
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill('gull harbour pasty lantern');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const cookies = await context.cookies();
  for (const name of ['__Host-commonpot_session', '__Host-commonpot_csrf']) {
    const cookie = cookies.find((c) => c.name === name);
    expect(cookie, name).toBeDefined();
    expect(cookie!.secure).toBe(true);
    expect(cookie!.httpOnly).toBe(true);
  }
  await page.goto(await linkInOutbox(email, '/account/confirm/'));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status')).toHaveText('Your email address is confirmed');
  await page.getByLabel('Neighbourhood').selectOption({ label: 'Ilfracombe' });
  await page.getByLabel('Your postcode').fill('EX34 9AB');
  await page.getByLabel('Voting code').fill(demoCode('ilfracombe', 0));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('You are verified as a resident of Ilfracombe')).toBeVisible();
  await page.goto(ballotPage);
  await page.getByLabel(/Community minibus/).check();
  await page.getByRole('button', { name: 'Send my vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your vote has been counted' })).toBeVisible();
  await context.close();
});

test('forty-nine more neighbours behind the same address all sign up and vote', async () => {
  const ctx = await playwrightRequest.newContext({ baseURL, ignoreHTTPSErrors: true });
  const ballot = await (await ctx.get(ballotPage)).text();
  const proposal = ballot.match(/name="points\[(\d+)\]"/)![1];
  await ctx.dispose();
  const receipts: string[] = [];
  // Ten phones at a time, like a busy evening.
  for (let start = 1; start < 50; start += 10) {
    const batch = [];
    for (let i = start; i < Math.min(start + 10, 50); i++) batch.push(residentVotes(i, proposal));
    receipts.push(...(await Promise.all(batch)));
  }
  expect(new Set(receipts).size).toBe(49);
});

test('six wrong passwords for one account: the sixth is refused with 429', async () => {
  const ctx = await playwrightRequest.newContext({ baseURL, ignoreHTTPSErrors: true });
  const csrf = await csrfOf(ctx);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const answer = await ctx.post('/api/sign_in', { form: { csrf, email: 'officer.ilfracombe@demo.invalid', password: `not the password ${i}` }, maxRedirects: 0 });
    statuses.push(answer.status());
  }
  expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
  await ctx.dispose();
});

test('limits count the address nginx saw; an X-Forwarded-For a client made up is ignored', async () => {
  // Through nginx from 127.0.0.5, each time claiming another address: the eleventh
  // failed sign-up is refused, so the claims were not believed.
  const viaProxy: number[] = [];
  for (let i = 0; i < 11; i++) viaProxy.push(await failedSignUp(baseURL, '127.0.0.5', `203.0.113.${i + 1}`));
  expect(viaProxy).toEqual([...Array(10).fill(422), 429]);
  // A neighbour at another address behind the same proxy is not held back by it.
  expect(await failedSignUp(baseURL, '127.0.0.6')).toBe(422);
  // Straight to the app from a peer that is not the trusted proxy: its header is
  // ignored too.
  const direct: number[] = [];
  for (let i = 0; i < 11; i++) direct.push(await failedSignUp(directURL, '127.0.0.2', `198.51.100.${i + 1}`));
  expect(direct).toEqual([...Array(10).fill(422), 429]);
});

test('every answer through the proxy carries the security headers', async () => {
  const ctx = await playwrightRequest.newContext({ baseURL, ignoreHTTPSErrors: true });
  const csrf = await csrfOf(ctx);
  const signedIn = await form(ctx, '/api/sign_in', { csrf, email: 'resident.castle-vale@demo.invalid', password: 'resident castle-vale commonpot demo' });
  expect(signedIn.status()).toBe(302);
  const session = (await ctx.storageState()).cookies.find((c) => c.name === '__Host-commonpot_session')!;
  for (const [what, path, cookie] of [
    ['a public page', '/neighbourhoods/ilfracombe', ''],
    ['the ballot page', ballotPage, ''],
    ['a private page', '/account', `${session.name}=${session.value}`],
  ]) {
    const args = ['-skI', `${baseURL}${path}`];
    if (cookie) args.push('-H', `Cookie: ${cookie}`);
    const head = execFileSync('curl', args, { encoding: 'utf8' });
    console.log(`curl -sI ${what} (${path}):\n${head}`);
    expect(head).toMatch(/^HTTP\/[\d.]+ 200/);
    for (const header of ['strict-transport-security: max-age=31536000', 'content-security-policy: ', 'cache-control: no-store', 'x-frame-options: DENY', 'x-request-id: ']) {
      expect(head.toLowerCase()).toContain(header.toLowerCase());
    }
  }
  // /metrics is not reachable from outside.
  expect((await ctx.get('/metrics')).status()).toBe(404);
  await ctx.dispose();
});

test('a script injected into a page does not run, while the islands still wake', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(ballotPage);
  // The islands' loader carries the response's nonce, so the ballot comes alive.
  await expect(page.locator('form.ballot[data-live="true"]')).toHaveCount(1);
  // What an attacker who slipped markup into a page would add: refused by the policy.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await context.close();
});
