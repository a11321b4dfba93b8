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

test.describe('in Spanish', () => {
  test.use({ locale: 'es-US' });

  test('the trash speaks the system’s language', async ({ app: page, harness, shot }) => {
    await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
    await page.evaluate(async () => {
      const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<unknown>> }).api;
      await api.deleteActivity!({ id: 1 });
    });
    await page.goto(`${harness.url}#/trash`);
    await expect(page.getByRole('heading', { name: 'Papelera' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(
      page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Actividades' }),
    ).toBeVisible();
    const trashed = page.getByRole('table', { name: 'Actividades en la papelera' });
    await expect(trashed).toContainText('Sin certificados');
    await shot('21-trash-es');
    await trashed.getByRole('button', { name: 'Restaurar Seguridad de medicamentos' }).click();
    await expect(page.getByText('La papelera está vacía')).toBeVisible();
    await expect(page).toHaveTitle('Papelera — CEU Portfolio');
  });
});
