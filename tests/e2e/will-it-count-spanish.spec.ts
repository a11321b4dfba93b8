import AxeBuilder from '@axe-core/playwright';
import { type MessageKey, type MessageValues, translator } from '../../src/domain/i18n/translator';
import { expect, test } from './fixtures';
import { chooseOption, typeDate } from './form-helpers';
import { seedPortfolio } from './seed';

test.use({ locale: 'es-US' });

const t = translator('es') as (key: MessageKey, values?: MessageValues) => string;

test('in Spanish, the form says what an activity would count for, and names a missing field in Spanish', async ({
  app: page,
  harness,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/activity/new`);
  await expect(page.getByRole('form', { name: t('activityForm.newName') })).toBeVisible();
  const answer = page.getByRole('list', { name: t('willItCount.title') });

  await page.getByRole('textbox', { name: t('activityForm.provider'), exact: true }).fill('Relias');
  await typeDate(page, t('activityForm.completedOn'), '2026-06-10');
  await page.getByRole('textbox', { name: t('activityForm.amountOf', { number: 1 }) }).fill('2');
  await chooseOption(page, t('activityForm.unitOf', { number: 1 }), /^CEU de la AAMA/);
  await chooseOption(page, t('activityForm.categoryOf', { number: 1 }), t('vocabulary.categories.clinical'));
  await expect(answer).toContainText(t('willItCount.counts'));
  await expect(answer).toContainText(/CMA: suma 2 puntos de clínica → 2 de 60 puntos\./);

  // Saving without a title: the field says what is missing, in Spanish.
  await page.getByRole('button', { name: t('activityForm.save') }).click();
  await expect(page.getByText('Falta el título del curso.')).toBeVisible();
  await answer.scrollIntoViewIfNeeded();
  await shot('45-will-it-count-spanish');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
});
