import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('a file that only pretends to be a PDF is refused, with the reason shown where it was dropped', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/activity/new`);
  await expect(page.getByRole('form', { name: 'New activity' })).toBeVisible();

  await page.locator('input[type=file]').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('These are my notes about the course, saved as text and renamed to .pdf.\n'),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'certificate.pdf' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('One file was not attached');
  await expect(refusal).toContainText(/is not a .*PDF/);
  await expect(refusal).toContainText('its contents were checked, not its name');
  await expect(page.getByRole('list', { name: 'Attached certificates' })).toHaveCount(0);
  await shot('17-refused-file');
});

test('closing the save dialog saves nothing and says so', async ({ app: page, harness, shot }) => {
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/packet`);
  await harness.answerNextSave(null);
  await page.getByRole('button', { name: /^Export packet/ }).click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No file was chosen' })).toBeVisible();
  await shot('18-packet-no-file-chosen');
  expect(await harness.asked()).toEqual([expect.objectContaining({ kind: 'save', answer: null })]);
});
