import { expect, test } from './fixtures';
import { typeDate } from './form-helpers';
import { seedPortfolio } from './seed';

test('a yearly training is duplicated with a new date: same course and credit, no certificate', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Annual OSHA training' }]);
  await page.goto(`${harness.url}#/activities`);
  const table = page.getByRole('table', { name: 'Activities' });
  await table.getByText('Annual OSHA training').click();
  await expect(page.getByRole('form', { name: 'Edit activity' })).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate' }).click();

  const form = page.getByRole('form', { name: 'New activity' });
  await expect(form).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'A copy of “Annual OSHA training”' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Course title' })).toHaveValue('Annual OSHA training');
  await expect(page.getByRole('textbox', { name: 'Completed on' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Credit 1 amount' })).toHaveValue('3');
  await shot('37-activity-duplicate');
  await typeDate(page, 'Completed on', '2026-05-01');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(form).toBeHidden();
  await page.goto(`${harness.url}#/activities`);
  await expect(table.getByText('Annual OSHA training')).toHaveCount(2);
});
