import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium headless shell when installed (the engine of chromium, without its windowing layer: what
 * Playwright runs headless by default; twice as fast to load our pages here), else Debian's chromium.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const browserPath = fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium';

/**
 * Browser tests against the real server with a fresh demo database (scripts/e2e-server.mjs) and the built
 * web app (apps/web/dist: `npm run build` first; `npm test` builds it when stale). Debian's chromium, because
 * Playwright's own browser download does not work on our machines.
 */
export default defineConfig({
  testDir: 'apps/web/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: CI shares 2 cores with PostgreSQL and the server; a step rarely needs more than a few seconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:3199',
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browserPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: 'http://localhost:3199/api/health',
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM, not the default SIGKILL, so that e2e-server.mjs drops its database (or temporary DATA_DIR).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
