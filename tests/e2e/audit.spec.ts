import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('an audit of 3 activities is recorded, answered with a packet of just those, and marked answered', async ({
  app: page,
  harness,
  shot,
}) => {
  const titles = ['Medication safety', 'Phlebotomy update', 'HIPAA refresher', 'Coding basics', 'Asepsis'];
  await seedPortfolio(
    page,
    titles.map((title) => ({ title })),
  );
  await page.goto(`${harness.url}#/audits`);
  await expect(page.getByText('No audits', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Record an audit' }).click();
  const form = page.getByRole('form', { name: 'Record an audit' });
  // Nothing is flagged before the person tries to save; then each missing thing is.
  await expect(form.getByText('Enter the reference number from the audit letter or e-mail.')).toBeHidden();
  await form.getByRole('button', { name: 'Save audit' }).click();
  await expect(form.getByText('Enter the reference number from the audit letter or e-mail.')).toBeVisible();
  await expect(form.getByText('Choose at least one audited activity.')).toBeVisible();

  await form.getByRole('textbox', { name: 'Reference number' }).fill('AAMA-AUD-2027-0042');
  // Escape would close the dialog: leave the date field by clicking the dialog's title.
  await form.getByRole('textbox', { name: 'Answer by' }).fill('2027-01-31');
  await page.getByRole('dialog').getByRole('heading', { name: 'Record an audit' }).click();
  for (const title of ['Medication safety', 'HIPAA refresher', 'Asepsis'])
    await form.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
  await shot('30-audit-form');
  await form.getByRole('button', { name: 'Save audit' }).click();
  await expect(form).toBeHidden();

  const card = page.getByRole('region', { name: /CMA .*Reference AAMA-AUD-2027-0042/ });
  await expect(card).toContainText('3 activities');
  await expect(card).toContainText('Answer by Jan 31, 2027');
  await expect(card).toContainText('Open');

  // The dashboard keeps the deadline in view while the audit is open.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText('An audit is waiting for your answer')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /CMA \(AAMA\) audit AAMA-AUD-2027-0042: answer by Jan 31, 2027/ }),
  ).toBeVisible();
  await shot('31-dashboard-open-audit');
  await page.getByRole('link', { name: /CMA \(AAMA\) audit AAMA-AUD-2027-0042/ }).click();

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-e2e-audit-'));
  const target = path.join(outDir, 'audit.pdf');
  await harness.answerNextSave(target);
  await card.getByRole('button', { name: 'Export the response packet…' }).click();
  // The seeded courses have no certificates: the pre-flight list says so, per activity.
  await expect(card.getByRole('alert')).toContainText('“Asepsis” has no certificate attached.');
  await card.getByRole('button', { name: 'Export anyway' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Packet saved' })).toBeVisible({ timeout: 60_000 });
  const [asked] = await harness.asked();
  expect(asked).toMatchObject({
    kind: 'save',
    request: { defaultName: expect.stringMatching(/^CMA audit response AAMA-AUD-2027-0042 /) },
  });
  const text = execFileSync('pdftotext', ['-layout', target, '-']).toString();
  expect(text).toContain('AUDIT RESPONSE');
  expect(text).toContain('AAMA-AUD-2027-0042');
  expect(text).toContain('January 31, 2027');
  for (const title of ['Medication safety', 'HIPAA refresher', 'Asepsis']) expect(text).toContain(title);
  for (const title of ['Phlebotomy update', 'Coding basics']) expect(text).not.toContain(title);
  await shot('32-audit-exported');

  await card.getByRole('button', { name: 'Mark answered' }).click();
  await expect(card).toContainText('Answered');
  await expect(card.getByRole('button', { name: 'Mark open again' })).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText('An audit is waiting for your answer')).toBeHidden();
  fs.rmSync(outDir, { recursive: true, force: true });
});
