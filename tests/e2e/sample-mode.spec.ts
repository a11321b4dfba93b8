import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test('the sample stays a sample: a banner on every page, SAMPLE on its packet, cleared in one step, never under a real name', async ({
  app: page,
  harness,
  shot,
}) => {
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  const banner = page.getByRole('region', { name: 'This is the sample portfolio' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await shot('35-sample-banner');
  for (const link of ['Activities', 'Credentials', 'Trash', 'Export packet']) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(banner).toBeVisible();
  }

  // Its packet says SAMPLE on every page.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-e2e-sample-'));
  const target = path.join(outDir, 'sample.pdf');
  await harness.answerNextSave(target);
  await page.getByRole('button', { name: /^Export packet/ }).click();
  const anyway = page.getByRole('button', { name: 'Export anyway' });
  const saved = page.getByRole('status').filter({ hasText: 'Packet saved' });
  await expect(anyway.or(saved)).toBeVisible({ timeout: 60_000 });
  if (await anyway.isVisible()) await anyway.click();
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target]).toString())![1]);
  const text = execFileSync('pdftotext', [target, '-']).toString();
  expect(text.split('SAMPLE — invented data').length - 1).toBe(pages);

  // Cleared in one step: back to the welcome steps, for the person's own name.
  await banner.getByRole('button', { name: 'Clear the sample and start my own' }).click();
  await page
    .getByRole('dialog', { name: 'Clear the sample?' })
    .getByRole('button', { name: 'Clear the sample' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Your name as printed on certificates').fill('Ana Lucía Pérez');
  await page.getByRole('button', { name: 'Continue' }).click();
  // With a name typed, the sample is no longer offered, and the app refuses it anyway.
  await expect(page.getByRole('button', { name: 'Load a sample portfolio' })).toBeHidden();
  const refused = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<unknown>> }).api;
    return api.loadSamplePortfolio!();
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const counts = await page.evaluate(async () => {
    const api = (
      window as unknown as { api: Record<string, (input?: unknown) => Promise<{ value: unknown[] }>> }
    ).api;
    return [(await api.listActivities!()).value.length, (await api.listCredentials!()).value.length];
  });
  expect(counts).toEqual([0, 0]);
  fs.rmSync(outDir, { recursive: true, force: true });
});
