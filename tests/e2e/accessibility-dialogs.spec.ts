import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/domain/i18n/languages';
import { type MessageKey, type MessageValues, translator } from '../../src/domain/i18n/translator';
import { expect, test } from './fixtures';

// Each test has its own harness and data folder: the two workers may share this file's tests.
test.describe.configure({ mode: 'parallel' });

/**
 * axe-core over every dialog, confirmation and error state the screens open, and over the
 * setup steps of an empty portfolio, in both languages and both colour schemes. The names
 * come from the catalogs themselves, so the same walk runs in English and in Spanish.
 */

type Found = { place: string; rule: string; targets: string[] };

async function audit(page: Page, place: string, found: Found[]): Promise<void> {
  // Let Mantine's transitions finish so axe measures the final colours.
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  for (const violation of result.violations) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    found.push({
      place,
      rule: `${violation.id} (${violation.impact})`,
      targets: violation.nodes
        .slice(0, 6)
        .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`),
    });
  }
}

const report = (found: Found[]) =>
  found.map((f) => `${f.place}: ${f.rule} at ${f.targets.join(' | ')}`).join('\n');

async function closeDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function dialogsOfTheSample(
  page: Page,
  url: string,
  language: Language,
  found: Found[],
): Promise<void> {
  const t = translator(language) as (key: MessageKey, values?: MessageValues) => string;
  const portfolioMenu = async (item: string) => {
    await page.getByRole('button', { name: t('portfolioMenu.button'), exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };

  await page.getByRole('button', { name: t('setup.loadSample') }).click();
  await expect(page.getByRole('region', { name: t('sample.bannerTitle') })).toBeVisible({ timeout: 30_000 });

  for (const [item, title] of [
    [t('language.menu'), t('language.title')],
    [t('backups.menuItem'), t('backups.title')],
    [t('updates.menu'), t('updates.settingsTitle')],
    [t('portfolioMenu.cleanUp'), t('portfolioMenu.cleanUpTitle')],
  ] as const) {
    await portfolioMenu(item);
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await audit(page, title, found);
    await closeDialog(page, dialog);
  }

  await portfolioMenu(t('portfolioMenu.check'));
  const verify = page.getByRole('dialog');
  await expect(verify).toBeVisible({ timeout: 30_000 });
  await expect(verify.getByRole('button').last()).toBeEnabled({ timeout: 30_000 });
  await audit(page, 'check my portfolio', found);
  await closeDialog(page, verify);

  await page
    .getByRole('region', { name: t('sample.bannerTitle') })
    .getByRole('button', { name: t('sample.clear') })
    .click();
  const clear = page.getByRole('dialog', { name: t('sample.confirmTitle') });
  await expect(clear).toBeVisible();
  await audit(page, 'clear the sample?', found);
  await clear.getByRole('button', { name: t('sample.cancel') }).click();

  await page.goto(`${url}#/credentials`);
  await page.getByRole('button', { name: t('credentials.add.button') }).click();
  const add = page.getByRole('dialog', { name: t('credentials.add.title') });
  await expect(add).toBeVisible();
  await audit(page, 'add a credential', found);
  await closeDialog(page, add);

  await page.goto(`${url}#/credential/1`);
  await page.getByRole('button', { name: t('credentials.page.edit'), exact: true }).click();
  const edit = page.getByRole('dialog');
  await expect(edit).toBeVisible();
  await audit(page, 'edit credential', found);
  await closeDialog(page, edit);

  await page.getByRole('button', { name: t('credentials.page.moreActions') }).click();
  await page.getByRole('menuitem', { name: t('renewals.record') }).click();
  const renew = page.getByRole('dialog');
  await expect(renew).toBeVisible();
  await audit(page, 'record a renewal', found);
  await closeDialog(page, renew);

  await page.getByRole('button', { name: t('credentials.page.moreActions') }).click();
  await page.getByRole('menuitem', { name: t('credentials.page.delete') }).click();
  const trash = page.getByRole('dialog');
  await expect(trash).toBeVisible();
  await audit(page, 'delete credential?', found);
  await closeDialog(page, trash);

  // An activity with a certificate: its preview opened larger, then the delete question.
  await page.goto(`${url}#/activities`);
  await page.getByRole('row').nth(1).getByRole('button').first().click();
  await expect(page.getByRole('form').first()).toBeVisible();
  const larger = page.getByRole('button', {
    name: new RegExp(t('certificates.openLarger', { label: '' }).trim()),
  });
  if ((await larger.count()) > 0) {
    await larger.first().click();
    const preview = page.getByRole('dialog');
    await expect(preview).toBeVisible();
    await audit(page, 'certificate preview', found);
    await closeDialog(page, preview);
  }
  await page.getByRole('button', { name: t('activityForm.delete') }).click();
  const deleting = page.getByRole('dialog', { name: t('activityForm.trashTitle') });
  await expect(deleting).toBeVisible();
  await audit(page, 'delete activity?', found);
  await closeDialog(page, deleting);

  // A changed form left: the leave-without-saving question.
  await page.getByRole('textbox', { name: t('activityForm.notes') }).fill('changed');
  await page
    .getByRole('button', { name: t('common.cancel') })
    .last()
    .click();
  const leave = page.getByRole('dialog', { name: t('activityForm.leaveTitle') });
  await expect(leave).toBeVisible();
  await audit(page, 'leave without saving?', found);
  await leave.getByRole('button', { name: t('activityForm.discard') }).click();
  await expect(leave).toBeHidden();

  // The rule packs: one pack's rules, and the editor for a new one, empty and with its errors.
  await page.goto(`${url}#/rule-packs`);
  await page
    .getByRole('button', { name: t('rulePacks.card.view') })
    .first()
    .click();
  const rules = page.getByRole('dialog');
  await expect(rules).toBeVisible();
  await audit(page, 'a rule pack’s rules', found);
  await closeDialog(page, rules);
  await page.getByRole('button', { name: t('rulePacks.newPack') }).click();
  const editor = page.getByRole('dialog', { name: t('rulePacks.editor.newTitle') });
  await expect(editor).toBeVisible();
  await audit(page, 'new rule pack', found);
  await editor.getByRole('button', { name: t('rulePacks.editor.create') }).click();
  await expect(
    editor.getByRole('alert').filter({ hasText: t('rulePacks.editor.needsFixing') }),
  ).toBeVisible();
  await audit(page, 'new rule pack with errors', found);
  await closeDialog(page, editor);

  // A new activity saved empty: every field's error shown at once.
  await page.goto(`${url}#/activity/new`);
  await page.getByRole('button', { name: t('activityForm.save') }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await audit(page, 'new activity with errors', found);
}

async function setupOfAnEmptyPortfolio(page: Page, language: Language, found: Found[]): Promise<void> {
  const t = translator(language) as (key: MessageKey, values?: MessageValues) => string;
  const name = page.getByRole('textbox', { name: new RegExp(t('holder.fullName')) });
  await page.getByRole('button', { name: t('setup.continue') }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'setup with errors', found);
  await name.fill('Ana Ruiz');
  await page.getByRole('button', { name: t('setup.continue') }).click();
  await expect(page.getByRole('heading', { name: t('setup.addCredential') })).toBeFocused();
  await audit(page, 'setup: add your credential', found);
}

for (const language of ['en', 'es'] as const) {
  test.describe(language === 'en' ? 'in English' : 'in Spanish', () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'es-US' });
    for (const scheme of ['light', 'dark'] as const) {
      test(`setup's steps and errors pass axe (${scheme})`, async ({ app: page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const found: Found[] = [];
        await setupOfAnEmptyPortfolio(page, language, found);
        expect(found, report(found)).toEqual([]);
      });
      test(`every dialog and error state passes axe (${scheme})`, async ({ app: page, harness }) => {
        test.setTimeout(240_000);
        await page.emulateMedia({ colorScheme: scheme });
        const found: Found[] = [];
        await dialogsOfTheSample(page, harness.url, language, found);
        expect(found, report(found)).toEqual([]);
      });
    }
  });
}
