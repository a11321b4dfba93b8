import { expect, test } from './fixtures';
import { chooseOption, typeDate } from './form-helpers';
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

test('finding activities: search by words, filter, sort by any column', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [
    { title: 'Wound care', credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }] },
    { title: 'Asepsis basics', credits: [{ amount: 5, unit: 'aama_ceu', category: 'general' }] },
    { title: 'Medication safety', credits: [{ amount: 1, unit: 'aama_ceu', category: 'administrative' }] },
  ]);
  await page.goto(`${harness.url}#/activities`);
  const table = page.getByRole('table', { name: 'Activities' });
  const titles = () => table.getByRole('row').locator('td:nth-child(3) button').allInnerTexts();

  await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await titles()).toEqual(['Asepsis basics', 'Medication safety', 'Wound care']);
  // A second click reverses; the credit column sorts largest first.
  await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await titles()).toEqual(['Wound care', 'Medication safety', 'Asepsis basics']);
  await page
    .getByRole('columnheader', { name: /Credit/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Credit/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await titles()).toEqual(['Asepsis basics', 'Wound care', 'Medication safety']);

  await page.getByRole('textbox', { name: 'Search activities' }).fill('safety');
  await expect(table.getByRole('row')).toHaveCount(2);
  expect(await titles()).toEqual(['Medication safety']);
  await page.getByRole('button', { name: 'Clear search' }).click();

  await chooseOption(page, 'Category', 'Clinical');
  expect(await titles()).toEqual(['Wound care']);
  await chooseOption(page, 'Category', 'Any category');

  // None of the seeded activities has a certificate: each needs attention.
  await page.getByRole('checkbox', { name: 'No certificate yet' }).check();
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('checkbox', { name: /Needs attention/ }).check();
  await expect(table.getByRole('row')).toHaveCount(4);
  await shot('38-activities-filtered');
  await chooseOption(page, 'Counts', 'Counts in part or not at all');
  await expect(page.getByText('No activities match', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
});

test('several activities at once: to the trash, and back from it', async ({ app: page, harness }) => {
  await seedPortfolio(page, [
    { title: 'Wound care' },
    { title: 'Asepsis basics' },
    { title: 'Medication safety' },
  ]);
  await page.goto(`${harness.url}#/activities`);
  const table = page.getByRole('table', { name: 'Activities' });
  await page.getByRole('checkbox', { name: 'Select Wound care' }).check();
  await page.getByRole('checkbox', { name: 'Select Asepsis basics' }).check();
  const bulk = page.getByRole('region', { name: 'Change the selected activities' });
  await expect(bulk).toContainText('2 activities selected');
  await bulk.getByRole('button', { name: 'Move 2 to the trash' }).click();
  await expect(page.getByText('2 activities moved to the trash')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByRole('link', { name: 'Trash' }).click();
  for (const title of ['Wound care', 'Asepsis basics'])
    await page.getByRole('button', { name: new RegExp(`Restore ${title}`) }).click();
  await page.getByRole('link', { name: 'Activities' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
});
