import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { port } from './playwright.config';

export default async function globalTeardown() {
  const pidFile = join(tmpdir(), `commonpot-e2e-${port}.pid`);
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(pidFile, { force: true });
}
