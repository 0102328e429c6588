import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpsPort } from '../proxy.config';

export default async function globalTeardown() {
  const marker = join(tmpdir(), `commonpot-proxy-${httpsPort}.dir`);
  let dir = '';
  try {
    dir = readFileSync(marker, 'utf8');
  } catch {
    return;
  }
  for (const pidFile of ['nginx.pid.spawned', 'app.pid']) {
    try {
      process.kill(Number(readFileSync(join(dir, pidFile), 'utf8')), 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  rmSync(marker, { force: true });
  rmSync(dir, { recursive: true, force: true });
}
