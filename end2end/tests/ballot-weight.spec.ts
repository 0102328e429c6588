import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Page weight: everything a phone downloads for the ballot page on a first visit
// (empty cache), as served over the wire, compressed. The budget is 140 KB in all and
// under 20 KB for the page's HTML. The report is printed and kept in test-results/.

const ballotPage = '/neighbourhoods/ilfracombe/rounds/2026-27/vote';
const KB = 1024;

test('the ballot page weighs under 140 KB compressed on a first visit, its HTML under 20 KB', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const seen = new Map<string, { url: string; type: string; encoding: string }>();
  const bytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    seen.set(e.requestId, { url: e.response.url, type: e.type, encoding: headers['content-encoding'] ?? 'none' });
  });
  // encodedDataLength: the bytes that crossed the network for the response, headers included.
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));

  await page.goto(ballotPage, { waitUntil: 'networkidle' });
  // The island has hydrated: the wasm is in, the running total is live.
  await expect(page.locator('form.ballot[data-live="true"]')).toHaveCount(1);

  const rows = [...seen.entries()]
    .filter(([id]) => bytes.has(id))
    .map(([id, r]) => ({ ...r, bytes: bytes.get(id) ?? 0 }));
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  const html = rows.find((r) => r.type === 'Document');
  const lines = [
    `Ballot page, first visit at 390x844 (${ballotPage}):`,
    ...rows.map((r) => `  ${(r.bytes / KB).toFixed(1).padStart(7)} KB  ${r.type.padEnd(10)} ${r.encoding.padEnd(5)} ${new URL(r.url).pathname}`),
    `  ${(total / KB).toFixed(1).padStart(7)} KB  in all (budget 140 KB); HTML ${((html?.bytes ?? 0) / KB).toFixed(1)} KB (budget 20 KB)`,
  ];
  const report = lines.join('\n');
  console.log(report);
  mkdirSync(join(__dirname, '..', 'test-results'), { recursive: true });
  writeFileSync(join(__dirname, '..', 'test-results', 'page-weight.txt'), report + '\n');

  expect(html, 'the page itself was downloaded').toBeDefined();
  expect(rows.some((r) => r.url.endsWith('.wasm')), 'the island wasm was downloaded').toBe(true);
  for (const r of rows.filter((r) => /\.(wasm|js|css)$/.test(new URL(r.url).pathname))) {
    expect(r.encoding, `${r.url} is served compressed`).toMatch(/^(br|gzip)$/);
  }
  expect(html?.encoding, 'the HTML is served compressed').toMatch(/^(br|gzip)$/);
  expect(html?.bytes ?? Infinity).toBeLessThan(20 * KB);
  expect(total).toBeLessThanOrEqual(140 * KB);
  await context.close();
});
