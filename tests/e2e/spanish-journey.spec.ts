import fs from 'node:fs';
import path from 'node:path';
import { type MessageKey, type MessageValues, translator } from '../../src/domain/i18n/translator';
import { certificatePdf } from './certificate-files';
import { chooseActivityBasics } from './form-helpers';
import { expect, test } from './fixtures';

/**
 * The main journey of a new user whose computer speaks Spanish: setup, an activity with
 * its certificate, the dashboard and the packet, every step found by its Spanish words.
 * The packet itself stays in English for the certifying body.
 */
test.use({ locale: 'es-US' });

const t = translator('es') as (key: MessageKey, values?: MessageValues) => string;

test('a new user does the whole journey in Spanish', async ({ app: page, harness, outDir, shot }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(page.getByRole('heading', { name: t('setup.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('textbox', { name: new RegExp(t('holder.fullName')) }).fill('María José Núñez');
  await page.getByRole('button', { name: t('setup.continue') }).click();
  await expect(page.getByRole('heading', { name: t('setup.addCredential') })).toBeFocused();

  await page.getByRole('combobox', { name: t('credentials.form.credential'), exact: true }).click();
  await page.getByRole('option', { name: /CMA/ }).first().click();
  const certified = page.getByRole('textbox', { name: t('credentials.form.certifiedOn'), exact: true });
  // Dates are typed the way the person's locale writes them.
  await certified.fill('15/03/2024');
  await certified.press('Tab');
  await page.keyboard.press('Escape');
  await expect(certified).toHaveValue('15 mar 2024');
  await page.getByRole('button', { name: t('setup.finish') }).click();

  const cma = page.getByRole('region', { name: /CMA/ }).first();
  await expect(cma).toBeVisible();
  await expect(page.getByRole('heading', { name: t('dashboard.hello', { name: 'María' }) })).toBeVisible();
  await shot('40-es-dashboard-empty');

  await page
    .getByRole('link', { name: t('dashboard.addActivity') })
    .first()
    .click();
  const form = page.getByRole('form', { name: t('activityForm.newName') });
  await expect(form).toBeVisible();
  await page
    .getByRole('textbox', { name: t('activityForm.courseTitle') })
    .fill('Actualización de codificación médica');
  await page
    .getByRole('textbox', { name: t('activityForm.provider'), exact: true })
    .fill('AAMA e-Learning Center');
  await page.getByRole('combobox', { name: t('activityForm.approvingBody') }).fill('AAMA');
  await page.getByRole('combobox', { name: t('activityForm.approvingBody') }).press('Escape');
  const completed = page.getByRole('textbox', { name: t('activityForm.completedOn'), exact: true });
  // Numbers month first, as the hint and US certificates write them; shown back in words.
  await completed.fill('6/1/2025');
  await completed.press('Tab');
  await page.keyboard.press('Escape');
  await expect(completed).toHaveValue('1 jun 2025');
  await page.getByRole('textbox', { name: t('activityForm.minutes') }).fill('120');
  await page.getByRole('textbox', { name: t('activityForm.amountOf', { number: 1 }) }).fill('2');
  await chooseActivityBasics(page, {
    kindLabel: t('activityForm.kind'),
    kind: t('vocabulary.kinds.online_course'),
    deliveryLabel: t('activityForm.delivery'),
    delivery: t('activityForm.deliveryOnline'),
    unitLabel: t('activityForm.unitOf', { number: 1 }),
    unit: /^CEU de la AAMA/,
    categoryLabel: t('activityForm.categoryOf', { number: 1 }),
    category: t('vocabulary.categories.administrative'),
  });
  const pdf = await certificatePdf([
    'María José Núñez',
    'Medical coding update',
    '2 AAMA CEUs',
    'Completed 2025-06-01',
  ]);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'codificación.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('list', { name: t('certificates.attached') })).toContainText(
    'codificación.pdf',
  );
  await shot('41-es-activity-1024');
  await page.getByRole('button', { name: t('activityForm.save') }).click();
  await expect(form).toBeHidden();
  // The toast is an alert, so a screen reader says it.
  await expect(page.getByRole('alert').filter({ hasText: t('activityForm.saved') })).toBeVisible();

  await page.getByRole('link', { name: t('nav.dashboard') }).click();
  await expect(cma).toContainText(/\b2 de 60\b/);
  await shot('42-es-dashboard-credit');

  await page.getByRole('link', { name: t('nav.packet') }).click();
  await expect(page.getByRole('heading', { name: t('nav.packet'), level: 1 })).toBeVisible();
  const target = path.join(outDir, 'paquete CMA.pdf');
  await harness.answerNextSave(target);
  await page.getByRole('button', { name: new RegExp(`^${t('nav.packet')}`) }).click();
  await page.getByRole('button', { name: t('preflight.exportAnyway') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('packet.saved') })).toBeVisible({
    timeout: 60_000,
  });
  await shot('43-es-packet-saved');
  const bytes = fs.readFileSync(target);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // No English left on the screens walked: the navigation and headings are all Spanish.
  await expect(page.getByRole('navigation', { name: 'Principal' })).not.toContainText('Activities');
});
