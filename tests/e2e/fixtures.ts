import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Page, test as base, expect } from '@playwright/test';
import { type HarnessProcess as Harness, launchHarness } from '../harness/harness-process';

export { expect };

export const screenshotsDir = path.resolve('test-results', 'screenshots');

export interface AppFixtures {
  /** This test's own data folder (removed afterwards). */
  dataDir: string;
  /** The harness serving the app on dataDir; `restart()` to start it again on the same folder. */
  harness: Harness;
  restart: () => Promise<Harness>;
  /** The app page, opened, with problems in the browser console collected. */
  app: Page;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
  /** A temporary folder for files the test saves (packets, exports). */
  outDir: string;
}

/**
 * Each test gets its own data folder and harness. The page fails the test if the
 * browser reports a Content-Security-Policy violation or an uncaught error: the UI must
 * work under the policy the app ships with.
 */
export const test = base.extend<
  AppFixtures & { problems: string[]; harnessRef: { current: Harness }; systemLang: string | undefined }
>({
  /** The system language the app is told (`--lang`), as Electron reports a computer's; unset: the browser's. */
  systemLang: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  outDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-e2e-out-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  problems: async ({}, use) => {
    await use([]);
  },
  harnessRef: async ({ dataDir, systemLang }, use) => {
    const ref = { current: await launchHarness({ dataDir, lang: systemLang }) };
    await use(ref);
    await ref.current.close();
  },
  // Always the running harness, also after restart().
  harness: async ({ harnessRef }, use) => {
    await use(new Proxy({} as Harness, { get: (_target, key) => Reflect.get(harnessRef.current, key) }));
  },
  restart: async ({ harnessRef, dataDir, systemLang }, use) => {
    await use(async () => {
      await harnessRef.current.close();
      harnessRef.current = await launchHarness({ dataDir, lang: systemLang });
      return harnessRef.current;
    });
  },
  app: async ({ page, harness, problems }, use) => {
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to (load|execute|connect|apply|create|frame)/i.test(text))
        problems.push(`CSP: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
    await page.goto(harness.url);
    await use(page);
    expect(problems, 'the browser reported no CSP violation and no uncaught error').toEqual([]);
  },
  shot: async ({ page }, use) => {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    await use(async (name) => {
      // Let transitions and lazy previews settle so the picture shows the finished screen.
      await page.waitForTimeout(400);
      // The header is fixed: a full-page picture taken while scrolled would show it mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
    });
  },
});
