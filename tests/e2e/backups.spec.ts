import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

/** Backups from the Portfolio menu: back up now, restore that backup, undo the restore. */
test('a backup made now restores the portfolio as it was, and the restore can be undone', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Medication safety' }]);
  await page.goto(`${harness.url}#/activities`);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByRole('menuitem', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  await expect(backups.getByText('No backups yet')).toBeVisible();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();
  const list = backups.getByRole('table', { name: 'Backups, newest first' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await shot('23-backups');

  // Something added after the backup…
  await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<unknown>> }).api;
    await api.saveActivity!({
      activity: {
        title: 'Added after the backup',
        provider: 'AAMA e-Learning Center',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-06-01',
        credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
      },
    });
  });

  // …is gone once the backup is restored, and back after the undo.
  await list.getByRole('button', { name: /^Restore the backup made/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace your portfolio with this backup?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Your portfolio was restored' })).toContainText(
    '1 activity',
  );
  await backups.getByRole('button', { name: 'Undo this restore' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Your portfolio was restored' })).toContainText(
    '2 activities',
  );
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('table', { name: 'Activities' }).getByText('Added after the backup'),
  ).toBeVisible();
});
