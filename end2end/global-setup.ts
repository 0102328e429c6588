import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { baseURL, port } from './playwright.config';

// Starts the built server on a fresh SQLite database with the demo data, and waits
// until it answers.
export default async function globalSetup() {
  const root = resolve(__dirname, '..');
  const binary = process.env.COMMONPOT_BIN ?? join(root, 'target', 'release', 'commonpot');
  const dir = mkdtempSync(join(tmpdir(), 'commonpot-e2e-'));
  // Letters land here as files; journeys read links from them (steps.ts, linkInOutbox).
  const outbox = join(dir, 'outbox');
  process.env.COMMONPOT_E2E_OUTBOX = outbox;
  const server = spawn(binary, ['serve', '--demo'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite://${join(dir, 'e2e.db')}`,
      COMMONPOT_ADDR: `127.0.0.1:${port}`,
      COMMONPOT_OUTBOX: outbox,
      COMMONPOT_PUBLIC_URL: baseURL,
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? join(root, 'target', 'site'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
  writeFileSync(join(tmpdir(), `commonpot-e2e-${port}.pid`), String(server.pid));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(baseURL + '/');
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error(`the server did not answer at ${baseURL} within 60 s`);
}
