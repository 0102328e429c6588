import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appPort, httpsPort, baseURL } from '../proxy.config';

// A fresh demo database, the release server on 127.0.0.1 believing only 127.0.0.1 as a
// proxy, a self-signed certificate, and nginx with the README's configuration in front.
export default async function globalSetup() {
  const root = resolve(__dirname, '..', '..');
  const binary = process.env.COMMONPOT_BIN ?? join(root, 'target', 'release', 'commonpot');
  const dir = mkdtempSync(join(tmpdir(), 'commonpot-proxy-'));
  // nginx's workers may run as another user: they need to reach their temp folders.
  chmodSync(dir, 0o755);
  const outbox = join(dir, 'outbox');
  process.env.COMMONPOT_E2E_OUTBOX = outbox;
  process.env.COMMONPOT_PROXY_DIR = dir;

  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });

  const server = spawn(binary, ['serve', '--demo'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite://${join(dir, 'proxy.db')}`,
      COMMONPOT_ADDR: `127.0.0.1:${appPort}`,
      COMMONPOT_OUTBOX: outbox,
      COMMONPOT_PUBLIC_URL: baseURL,
      COMMONPOT_TRUSTED_PROXIES: '127.0.0.1',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? join(root, 'target', 'site'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(join(dir, 'app.pid'), String(server.pid));

  // The recommended site, with this machine's names, ports and certificate.
  const site = readFileSync(join(root, 'scripts', 'deploy', 'commonpot.nginx.conf'), 'utf8')
    .replaceAll('commonpot.example.org', 'localhost')
    .replace('listen 80;', 'listen 127.0.0.1:8080;')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/ssl_certificate .*;/, `ssl_certificate ${join(dir, 'cert.pem')};`)
    .replace(/ssl_certificate_key .*;/, `ssl_certificate_key ${join(dir, 'key.pem')};`)
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`);
  writeFileSync(join(dir, 'site.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(join(dir, 'nginx.conf'), `
${asRoot ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${join(dir, 'nginx-access.log')};
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'site.conf')};
}
`);
  const nginxBinary = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  const nginx = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(join(dir, 'nginx.pid.spawned'), String(nginx.pid));
  writeFileSync(join(tmpdir(), `commonpot-proxy-${httpsPort}.dir`), dir);

  const deadline = Date.now() + 60_000;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}: see ${join(dir, 'nginx-error.log')}`);
    try {
      const res = await fetch(baseURL + '/healthz');
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  nginx.kill();
  throw new Error(`nothing answered at ${baseURL} within 60 s`);
}
