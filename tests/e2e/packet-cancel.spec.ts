import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

/**
 * Cancelling a packet export half-way: the job stops on its worker, the page says so,
 * and nothing is left in the folder the person chose (no packet, no temporary file).
 */
test('cancelling an export stops it and leaves no file behind', async ({
  app: page,
  harness,
  outDir,
  dataDir,
  shot,
}) => {
  // Large phone-style photos take the packet long enough to cancel: about a second of work.
  const photo = path.join(outDir, 'photo.jpg');
  execFileSync('convert', ['-size', '2400x1800', 'xc:', '+noise', 'Random', '-quality', '85', photo]);
  const base = fs.readFileSync(photo);
  fs.rmSync(photo);
  // Bytes after the end of a JPEG are ignored by decoders: each copy is a different certificate.
  const photos = Array.from({ length: 8 }, (_, n) =>
    Buffer.concat([base, Buffer.from(`copy ${n}`)]).toString('base64'),
  );

  await seedPortfolio(page, [
    {
      title: 'Clinical skills day',
      credits: [{ amount: 6, unit: 'aama_ceu', category: 'clinical' }],
      certificates: photos.map((base64, n) => ({ fileName: `photo-${n}.jpg`, base64 })),
    },
  ]);
  // Their page images were made as they were added; without them the packet decodes every
  // photo again (as after a restore), which keeps it busy long enough to cancel.
  fs.rmSync(path.join(dataDir, 'prepared-images'), { recursive: true, force: true });

  await page.goto(`${harness.url}#/packet`);
  await harness.answerNextSave(path.join(outDir, 'CMA packet.pdf'));
  await page.getByRole('button', { name: /^Export packet/ }).click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  const cancel = page.getByRole('button', { name: 'Cancel export' });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'No file was saved' })).toBeVisible();
  await shot('19-packet-export-cancelled');
  expect(fs.readdirSync(outDir)).toEqual([]);

  // The next export runs to the end: a cancel leaves nothing stuck.
  await harness.answerNextSave(path.join(outDir, 'CMA packet.pdf'));
  await page.getByRole('button', { name: /^Export packet/ }).click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Packet saved' })).toBeVisible({ timeout: 60_000 });
  expect(fs.readdirSync(outDir)).toEqual(['CMA packet.pdf']);
});
