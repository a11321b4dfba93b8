import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

const updateChoice = (dataDir: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
      updates: { check: unknown };
    }
  ).updates.check;

test('update checks are asked once, off until the person says yes, and changeable from the Portfolio menu', async ({
  app: page,
  dataDir,
  shot,
}) => {
  await seedPortfolio(page);
  const question = page.getByRole('region', { name: 'Check for new versions?' });
  await expect(question).toContainText('Nothing about your portfolio is ever sent.');
  await shot('33-updates-question');
  await question.getByRole('button', { name: 'No, thanks' }).click();
  await expect(question).toBeHidden();
  expect(updateChoice(dataDir)).toBe(false);
  // Asked once: not again after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible();
  await expect(question).toBeHidden();

  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByRole('menuitem', { name: 'Update checks…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update checks' });
  await expect(dialog.getByText('Update checks are off. Nothing is sent.')).toBeVisible();
  await dialog.getByRole('switch', { name: 'Check for new versions once a day' }).click();
  await expect(dialog.getByText('Update checks are on.')).toBeVisible();
  expect(updateChoice(dataDir)).toBe(true);
  await shot('34-updates-settings');
});
