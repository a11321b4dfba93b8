import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('a deleted activity goes to the trash: Undo brings it back, and so does the trash page', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Medication safety' }]);
  await page.goto(`${harness.url}#/activities`);
  const table = page.getByRole('table', { name: 'Activities' });
  await expect(table.getByText('Medication safety')).toBeVisible();

  const moveToTrash = async () => {
    await page.getByRole('button', { name: 'Delete Medication safety' }).click();
    await page
      .getByRole('dialog', { name: 'Move this activity to the trash?' })
      .getByRole('button', { name: 'Move to trash' })
      .click();
    await expect(table.getByText('Medication safety')).toBeHidden();
  };

  // Delete, then Undo from the toast.
  await moveToTrash();
  await expect(page.getByText('Moved to the trash')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByText('Medication safety')).toBeVisible();

  // Delete again, then restore it from the trash page.
  await moveToTrash();
  await page.getByRole('link', { name: 'Trash' }).click();
  const trashed = page.getByRole('table', { name: 'Activities in the trash' });
  await expect(trashed.getByText('Medication safety')).toBeVisible();
  await shot('20-trash');
  await trashed.getByRole('button', { name: 'Restore Medication safety' }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();

  // It counts again on the dashboard.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: /CMA/ }).first()).toContainText(/\b3 of 60\b/);
});
