import { expect, test } from './fixtures';
import { chooseActivityBasics, typeDate } from './form-helpers';
import { seedPortfolio } from './seed';

test('the activity form warns of likely slips before saving, and still saves', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/activity`);
  const warnings = page.getByRole('status').filter({ hasText: 'Check before you save' });

  await typeDate(page, 'Completed on', '2024-01-10');
  await expect(warnings).toContainText('before you earned your CMA');

  const nextYear = new Date().getFullYear() + 1;
  await typeDate(page, 'Completed on', `${nextYear}-01-10`);
  await expect(warnings).toContainText('is after today');
  await expect(warnings).not.toContainText('before you earned');

  await page.getByRole('textbox', { name: 'Credit 1 amount' }).fill('55');
  await expect(warnings).toContainText('55 points is more than one activity usually gives');
  await shot('39-activity-warnings');

  await typeDate(page, 'Completed on', '2025-06-01');
  await page.getByRole('textbox', { name: 'Credit 1 amount' }).fill('2');
  await expect(warnings).toHaveCount(0);

  // A warning never blocks: a far-future date still saves when the person insists.
  await typeDate(page, 'Completed on', `${nextYear}-01-10`);
  await page.getByRole('textbox', { name: 'Course title' }).fill('Infection control');
  await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('Relias');
  await chooseActivityBasics(page);
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('form', { name: 'New activity' })).toBeHidden();
});
