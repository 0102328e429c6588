import { defineConfig, devices } from '@playwright/test';

// The same release server, this time behind Debian's nginx over https with a
// self-signed certificate, configured by the file the README recommends
// (scripts/deploy/commonpot.nginx.conf). Started by proxy/global-setup.ts.
export const appPort = Number(process.env.COMMONPOT_PROXY_APP_PORT ?? 3207);
export const httpsPort = Number(process.env.COMMONPOT_PROXY_HTTPS_PORT ?? 8443);
export const baseURL = `https://localhost:${httpsPort}`;

export default defineConfig({
  testDir: './proxy/tests',
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './proxy/global-setup.ts',
  globalTeardown: './proxy/global-teardown.ts',
  use: {
    baseURL,
    ignoreHTTPSErrors: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'phone-behind-proxy', use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } } }],
});
