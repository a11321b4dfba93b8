import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { certificatePdf, cprCardPhoto } from './certificate-files';
import { expect, test } from './fixtures';
import { chooseActivityBasics, chooseOption, typeDate } from './form-helpers';

/**
 * The whole path a new user takes, in the real UI: name → credential → two activities
 * with certificates (file picker and drag and drop) → dashboard → packet → the PDF
 * itself → restart and everything is still there.
 */

/** Drops files onto an element the way a person dragging from the desktop does. */
async function dropFiles(
  page: Page,
  target: ReturnType<Page['getByRole']>,
  files: { name: string; type: string; bytes: Buffer }[],
) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, bytes: [...f.bytes] })),
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('a new user records credit with certificates and exports a packet that survives a restart', async ({
  app: page,
  harness,
  restart,
  outDir,
  dataDir,
  shot,
}) => {
  // First run: who they are.
  await expect(page.getByRole('heading', { name: 'Welcome to CEU Portfolio' })).toBeVisible();
  await page.getByLabel('Your name as printed on certificates').fill('Jordan A. Rivera');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Their credential, from the rule pack picker.
  await expect(page.getByRole('combobox', { name: 'Credential', exact: true })).toBeVisible();
  await chooseOption(page, 'Credential', /CMA/);
  await typeDate(page, 'Certified on', '2024-03-15');
  await shot('02-setup-credential');
  await page.getByRole('button', { name: 'Finish' }).click();

  // The dashboard, before any activity.
  const cma = page.getByRole('region', { name: /CMA/ }).first();
  await expect(cma).toBeVisible();
  await shot('03-dashboard-empty');

  // Activity 1: an online course with its PDF certificate, through the file picker.
  await page.getByRole('link', { name: 'Add activity' }).first().click();
  await expect(page.getByRole('form', { name: 'New activity' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Course title' }).fill('Medical coding update 2025');
  await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('AAMA e-Learning Center');
  await page.getByRole('combobox', { name: 'Approving body' }).fill('AAMA');
  await page.getByRole('combobox', { name: 'Approving body' }).press('Escape');
  await typeDate(page, 'Completed on', '2025-06-01');
  await page.getByRole('textbox', { name: 'Length in minutes' }).fill('120');
  await page.getByRole('textbox', { name: 'Credit 1 amount' }).fill('2');
  await chooseActivityBasics(page);
  const pdf = await certificatePdf([
    'Jordan A. Rivera',
    'Medical coding update 2025',
    '2 AAMA CEUs (administrative)',
    'Completed 2025-06-01',
  ]);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'coding-update.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('list', { name: 'Attached certificates' })).toContainText('coding-update.pdf');
  await shot('04-activity-with-pdf');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('form', { name: 'New activity' })).toBeHidden();

  // Activity 2: a CPR card, its photo dropped onto the drop zone.
  await page.goto(`${harness.url}#/activity/new`);
  await expect(page.getByRole('form', { name: 'New activity' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Course title' }).fill('BLS Provider (CPR) card');
  await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('American Heart Association');
  await chooseOption(page, 'Kind of activity', 'CPR card');
  // The rules set a CPR card's credit: the form says so, read only, and asks its validity.
  await expect(page.getByRole('alert').filter({ hasText: 'Set by the rules' })).toContainText(
    'CMA: each CPR card counts as 4 clinical points, whatever is entered below. Only cards valid at least 24 months count.',
  );
  await page.getByRole('textbox', { name: 'Valid for (months)' }).fill('24');
  await chooseOption(page, 'Delivery', 'In person');
  await typeDate(page, 'Completed on', '2025-02-10');
  await page.getByRole('textbox', { name: 'Credit 1 amount' }).fill('4');
  await chooseOption(page, 'Credit 1 unit', /^AAMA CEUs/);
  await chooseOption(page, 'Credit 1 category', 'Clinical');
  await dropFiles(page, page.getByRole('button', { name: 'Attach certificates' }), [
    { name: 'cpr-card.jpg', type: 'image/jpeg', bytes: await cprCardPhoto() },
  ]);
  await expect(page.getByRole('list', { name: 'Attached certificates' })).toContainText('cpr-card.jpg');
  // The photo's page image for the packet was made as it came in (one photo, one image).
  expect(fs.readdirSync(path.join(dataDir, 'prepared-images'))).toEqual([
    expect.stringMatching(/^[0-9a-f]{64}\.v1\.jpg$/),
  ]);
  await shot('05-activity-with-photo');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('form', { name: 'New activity' })).toBeHidden();

  // The dashboard shows the credit.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(cma).toContainText(/\b[1-9]\d* of 60\b/);
  const counted = Number(/\b(\d+) of 60\b/.exec((await cma.textContent()) ?? '')![1]);
  expect(counted).toBeGreaterThanOrEqual(2);
  await shot('06-dashboard-with-credit');

  await page.getByRole('link', { name: 'Activities' }).click();
  await expect(
    page.getByRole('table', { name: 'Activities' }).getByText('Medical coding update 2025'),
  ).toBeVisible();
  await shot('07-activities');

  // The packet, saved where the "dialog" says.
  await page.getByRole('link', { name: 'Export packet' }).click();
  const target = path.join(outDir, 'CMA packet.pdf');
  await harness.answerNextSave(target);
  // Progress events reach the page through the preload's window.api.on, as in the app.
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenProgress: unknown[] }).seenProgress = seen;
    (window as unknown as { api: { on(name: string, listener: (payload: unknown) => void): void } }).api.on(
      'jobProgress',
      (payload) => seen.push((payload as { progress: unknown }).progress),
    );
  });
  await page.getByRole('button', { name: /^Export packet/ }).click();
  // The pre-flight check: 2 activities are far from 60 points, and the list says so
  // with a way to fix it, before any file is chosen.
  const openItems = page.getByRole('alert').filter({ hasText: /still open/ });
  await expect(openItems).toContainText('CMA: the requirements are not met yet');
  await expect(openItems.getByRole('link', { name: 'See what is missing' })).toBeVisible();
  expect(await harness.asked()).toEqual([]);
  await shot('08-packet-open-items');
  await openItems.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Packet saved' })).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('status').filter({ hasText: /Its cover lists (one|\d+) open items?\./ }),
  ).toBeVisible();
  const progress = await page.evaluate(
    () => (window as unknown as { seenProgress: { done: number; total: number }[] }).seenProgress,
  );
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
  await shot('08b-packet-saved');
  const [asked] = await harness.asked();
  expect(asked).toMatchObject({ kind: 'save', answer: target });
  // After saving: open the packet, or show it in its folder (the system's own programs).
  await page.getByRole('button', { name: 'Open the packet' }).click();
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect
    .poll(async () => (await harness.asked()).slice(1))
    .toEqual([
      { kind: 'openFile', path: target },
      { kind: 'showInFolder', path: target },
    ]);

  // The PDF itself: valid, the right pages, the right words.
  execFileSync('qpdf', ['--check', target]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [target]).toString())![1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  const text = execFileSync('pdftotext', ['-layout', target, '-']).toString();
  expect(text).toContain('Jordan A. Rivera');
  expect(text).toMatch(/EXPORTED WITH \d+ OPEN ITEMS?/);
  expect(text).toContain('CMA');
  expect(text).toContain('Medical coding update 2025');
  expect(text).toContain('BLS Provider (CPR) card');
  expect(text).toMatch(/Exhibit 1\b/);
  expect(text).toMatch(/Exhibit 2\b/);
  expect(fs.statSync(target).size).toBeGreaterThan(1000);

  // Close the app and open it again on the same data folder: everything is still there.
  const again = await restart();
  await page.goto(again.url);
  await expect(page.getByRole('region', { name: /CMA/ }).first()).toContainText(`${counted} of 60`);
  await page.getByRole('link', { name: 'Activities' }).click();
  await expect(
    page.getByRole('table', { name: 'Activities' }).getByText('Medical coding update 2025'),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Activities' }).getByText('BLS Provider (CPR) card'),
  ).toBeVisible();
  await shot('09-after-restart');
});
