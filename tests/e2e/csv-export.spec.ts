import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('the activity log is saved as a CSV spreadsheet from the Portfolio menu', async ({
  app: page,
  harness,
}) => {
  await seedPortfolio(page, [
    {
      title: 'Infección y asepsia, parte 1',
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    },
    {
      title: 'Coding update',
      credits: [
        { amount: 1, unit: 'aama_ceu', category: 'administrative' },
        { amount: 1, unit: 'aama_ceu', category: 'general' },
      ],
    },
  ]);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-e2e-csv-'));
  const target = path.join(outDir, 'log.csv');
  await harness.answerNextSave(target);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByRole('menuitem', { name: 'Export activity log (CSV)…' }).click();
  await expect(page.getByText('Activity log saved')).toBeVisible();
  await expect(page.getByText(`3 rows, one per credit: ${target}`)).toBeVisible();
  const text = fs.readFileSync(target, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Completed on,Title,Provider,/);
  expect(lines).toHaveLength(4);
  expect(lines.filter((line) => line.includes('"Infección y asepsia, parte 1"'))).toHaveLength(1);
  expect(lines.filter((line) => line.startsWith('2025-05-01,Coding update,'))).toHaveLength(2);
  fs.rmSync(outDir, { recursive: true, force: true });
});

test('the activity log prints with the system dialog, without the sidebar and buttons', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Medication safety' }]);
  await page.goto(`${harness.url}#/activities`);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print…' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print…' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Activities' }).getByText('Medication safety')).toBeVisible();
  await shot('36-activities-print');
});
