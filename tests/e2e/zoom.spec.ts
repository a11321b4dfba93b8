import type { Page } from '@playwright/test';
import { type MessageKey, type MessageValues, translator } from '../../src/domain/i18n/translator';
import { expect, test } from './fixtures';

/**
 * The app at 200% zoom: a 1366-pixel screen zoomed to 200% gives pages 683 CSS pixels
 * wide, which is what Electron's View > Zoom In does. Every screen of the sample must be
 * usable there: nothing wider than the window (tables scroll inside their own frame), the
 * navigation behind its button, and the main actions reachable. Reduced motion too.
 */

const screens = [
  'dashboard',
  'activities',
  'activity/1',
  'activity/new',
  'credentials',
  'credential/1',
  'rule-packs',
  'packet',
  'audits',
  'trash',
];

/** How far the page itself is wider than the window (0 when it fits). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const language of ['en', 'es'] as const) {
  test.describe(language === 'en' ? 'in English' : 'in Spanish', () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'es-US', reducedMotion: 'reduce' });
    test(`every screen of the sample works at 200% zoom (${language})`, async ({
      app: page,
      harness,
      shot,
    }) => {
      test.setTimeout(120_000);
      const t = translator(language) as (key: MessageKey, values?: MessageValues) => string;
      await page.setViewportSize({ width: 683, height: 384 });
      await expect(await pageOverflow(page), 'welcome').toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: t('setup.loadSample') }).click();
      await expect(page.getByRole('region', { name: t('sample.bannerTitle') })).toBeVisible({
        timeout: 30_000,
      });

      const wide: string[] = [];
      for (const screen of screens) {
        await page.goto(`${harness.url}#/${screen}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForTimeout(200);
        const overflow = await pageOverflow(page);
        if (overflow > 0) wide.push(`${screen}: ${overflow}px wider than the window`);
        if (screen === 'activities' || screen === 'credential/1')
          await shot(`zoom-200-${language}-${screen.replace('/', '-')}`);
      }
      expect(wide).toEqual([]);

      // The navigation folds behind a named button, and opens from the keyboard.
      const showNavigation = page.getByRole('button', { name: t('shell.showNavigation') });
      await expect(showNavigation).toBeVisible();
      await showNavigation.focus();
      await page.keyboard.press('Enter');
      const activities = page.getByRole('navigation').getByRole('link', { name: t('nav.activities') });
      await expect(activities).toBeVisible();
      await activities.click();
      await expect(page.getByRole('heading', { level: 1, name: t('pages.activities') })).toBeVisible();
      // The portfolio menu stays in reach in the header.
      await page.getByRole('button', { name: t('portfolioMenu.button'), exact: true }).click();
      await expect(page.getByRole('menu')).toBeVisible();
    });
  });
}
