import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each test has its own harness and data folder: the two workers may share this file's tests.
test.describe.configure({ mode: 'parallel' });

/**
 * axe-core over every screen and open dialog of the sample portfolio, in both
 * languages and both colour schemes: no critical or serious violation anywhere.
 * One page per run, moving between screens, so the whole pass stays short.
 */

type Found = { screen: string; rule: string; impact: string; targets: string[] };

async function audit(page: Page, screen: string, found: Found[]): Promise<void> {
  // Let Mantine's transitions finish so axe measures the final colours.
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  for (const violation of result.violations) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    found.push({
      screen,
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 8).map((node) => {
        // For contrast, the colours measured say at once which theme colour to change.
        const data = node.any[0]?.data as
          { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        const colours = data?.fgColor
          ? ` [${data.fgColor} on ${data.bgColor}, ${data.contrastRatio}:1]`
          : ` [${node.failureSummary?.replace(/\s+/g, ' ')}]`;
        return `${node.target.join(' ')}${colours}`;
      }),
    });
  }
}

function report(found: Found[]): string {
  return found.map((f) => `${f.screen}: ${f.rule} (${f.impact}) at ${f.targets.join(' | ')}`).join('\n');
}

const words = {
  en: {
    sample: 'Load a sample portfolio',
    activities: 'Activities',
    rulePacks: 'Rule packs',
    packet: 'Export packet',
    portfolio: 'Portfolio',
    recordAudit: 'Record an audit',
  },
  es: {
    sample: /Cargar un portafolio de ejemplo/i,
    activities: 'Actividades',
    rulePacks: 'Reglas',
    packet: 'Exportar paquete',
    portfolio: 'Portafolio',
    recordAudit: 'Registrar una auditoría',
  },
} as const;

async function walk(page: Page, url: string, lang: 'en' | 'es', found: Found[]): Promise<void> {
  const w = words[lang];
  await audit(page, 'welcome', found);
  await page.getByRole('button', { name: w.sample }).click();
  await expect(
    page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first(),
  ).toBeVisible({
    timeout: 30_000,
  });
  await audit(page, 'dashboard', found);

  await page.getByRole('button', { name: w.portfolio }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await audit(page, 'portfolio menu', found);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: w.activities }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await audit(page, 'activities', found);

  await page.getByRole('row').nth(1).getByRole('button').first().click();
  await expect(page.getByRole('form').first()).toBeVisible();
  await audit(page, 'activity', found);

  await page.goto(`${url}#/activity/new`);
  await expect(page.getByRole('form').first()).toBeVisible();
  await audit(page, 'new activity', found);

  await page.goto(`${url}#/credentials`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'credentials', found);
  await page.getByRole('link', { name: /CMA/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'credential', found);

  await page.getByRole('link', { name: w.rulePacks }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'rule packs', found);

  await page.goto(`${url}#/drafts`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'drafts', found);

  await page.goto(`${url}#/plan`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'plan', found);

  await page.goto(`${url}#/trash`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'trash', found);

  await page.getByRole('link', { name: w.packet }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'packet', found);

  await page.goto(`${url}#/audits`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, 'audits', found);
  await page.getByRole('button', { name: w.recordAudit }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit(page, 'audit form', found);
  await page.keyboard.press('Escape');

  await page.goto(`${url}#/activities`);
  await page.getByRole('row').nth(1).getByRole('checkbox').check();
  await expect(
    page
      .getByRole('region')
      .filter({ has: page.getByRole('combobox') })
      .last(),
  ).toBeVisible();
  await audit(page, 'activities with a selection', found);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test(`every screen in English passes axe (${scheme})`, async ({ app: page, harness }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: Found[] = [];
      await walk(page, harness.url, 'en', found);
      expect(found, report(found)).toEqual([]);
    });
  });
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-US' });
  for (const scheme of ['light', 'dark'] as const) {
    test(`every screen in Spanish passes axe (${scheme})`, async ({ app: page, harness }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: Found[] = [];
      await walk(page, harness.url, 'es', found);
      expect(found, report(found)).toEqual([]);
    });
  }
});
