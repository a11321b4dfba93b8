import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A holder, a CMA credential and one activity, through the app's own API. */
async function seed(page: Page) {
  await page.evaluate(async () => {
    type Result = { ok: boolean; value?: { id: number }; error?: unknown };
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<Result>> }).api;
    const must = async (result: Promise<Result>) => {
      const answer = await result;
      if (!answer.ok) throw new Error(`Seeding failed: ${JSON.stringify(answer.error)}`);
      return answer.value!;
    };
    await must(api.saveHolder!({ fullName: 'Jordan A. Rivera' }));
    const credential = await must(
      api.saveCredential!({ credential: { rulePackId: 'aama-cma', certifiedOn: '2024-03-15' } }),
    );
    await must(
      api.saveActivity!({
        activity: {
          title: 'Medication safety',
          provider: 'AAMA e-Learning Center',
          kind: 'online_course',
          delivery: 'online',
          completedOn: '2025-05-01',
          credits: [{ amount: 3, unit: 'aama_ceu', category: 'clinical' }],
          credentialIds: [credential.id],
        },
      }),
    );
  });
  await page.reload();
}

test('a deleted activity goes to the trash: Undo brings it back, and so does the trash page', async ({
  app: page,
  harness,
  shot,
}) => {
  await seed(page);
  await page.goto(`${harness.url}#/activities`);
  const table = page.getByRole('table', { name: 'Activities' });
  await expect(table.getByText('Medication safety')).toBeVisible();

  // Delete, then Undo from the toast.
  await page.getByRole('button', { name: 'Delete Medication safety' }).click();
  await page
    .getByRole('dialog', { name: 'Move this activity to the trash?' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(table.getByText('Medication safety')).toBeHidden();
  await expect(page.getByText('Moved to the trash')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByText('Medication safety')).toBeVisible();

  // Delete again, then restore it from the trash page.
  await page.getByRole('button', { name: 'Delete Medication safety' }).click();
  await page
    .getByRole('dialog', { name: 'Move this activity to the trash?' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(table.getByText('Medication safety')).toBeHidden();
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
