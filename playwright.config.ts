import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the real UI in Debian's Chromium, through the harness
 * (tests/harness): each test starts its own harness on its own temporary data folder.
 * Run `npx electron-vite build` first (`npm run test:e2e` does).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Two browsers at a time, each with its own harness and data folder: on a two-core
  // machine this takes CI's e2e run from about 9 minutes to about 5.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CEU_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
