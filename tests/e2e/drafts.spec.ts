import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { certificatePdf } from './certificate-files';
import { expect, test } from './fixtures';
import { chooseOption } from './form-helpers';
import { seedPortfolio } from './seed';

/**
 * Adding activities from certificate files: dropped (here chosen) files become drafts,
 * read in the background, checked in the activity form beside the certificate, and only
 * counted once confirmed.
 */

interface Course {
  file: string;
  holder: string;
  title: string;
  date: string;
  credit: string;
}

const courses: Course[] = [
  {
    file: 'medication-safety.pdf',
    holder: 'Jordan Rivera',
    title: 'Medication Safety Essentials',
    date: 'October 2, 2026',
    credit: '2 AAMA CEUs (clinical)',
  },
  {
    file: 'coding-update.pdf',
    holder: 'Rivera, Jordan A.',
    title: 'Coding Update for Medical Offices',
    date: 'September 14, 2026',
    credit: '3 AAMA CEUs (administrative)',
  },
  {
    file: 'someone-else.pdf',
    holder: 'Maria Lopez',
    title: 'Vital Signs Review',
    date: 'August 20, 2026',
    credit: '1 AAMA CEU (clinical)',
  },
];

async function certificateFile(course: Course) {
  const buffer = await certificatePdf([
    'This certifies that',
    course.holder,
    'has completed',
    course.title,
    'Provided by: Lakeside Health Academy',
    `Date of completion: ${course.date}`,
    `Approved by the AAMA for ${course.credit}`,
    'Approval number: 123456',
  ]);
  return { name: course.file, mimeType: 'application/pdf', buffer };
}

async function axeFinds(page: Page) {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('three certificates become drafts, are confirmed one by one, and count', async ({
  app: page,
  harness,
  restart,
  shot,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/activities`);
  await expect(page.getByRole('button', { name: 'Add activities from certificates' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(await Promise.all(courses.map(certificateFile)));

  // The queue opens, and every draft is read in the background.
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts from certificates' })).toBeVisible();
  const queue = page.getByRole('list', { name: 'Drafts' });
  const rows = queue.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Ready to check' })).toHaveCount(3, { timeout: 60_000 });
  for (const course of courses) await expect(queue).toContainText(course.title);

  // The certificate made out to someone else says so; the two of the holder's do not.
  await expect(rows.filter({ hasText: 'Vital Signs Review' })).toContainText(
    'The name on the certificate, “Maria Lopez”, is not yours (Jordan A. Rivera).',
  );
  await expect(page.getByText(/is not yours/)).toHaveCount(1);
  await shot('60-drafts-queue');
  expect(await axeFinds(page)).toEqual([]);

  // Nothing counts yet.
  await page.goto(`${harness.url}#/activities`);
  for (const course of courses)
    await expect(page.getByRole('row').filter({ hasText: course.title })).toHaveCount(0);

  // A draft's edits are kept as they are typed, and drafts survive a restart.
  await page.goto(`${harness.url}#/drafts`);
  await page.getByRole('link', { name: `Check and confirm “${courses[0]!.title}”` }).click();
  const form = page.getByRole('form', { name: 'Check the draft' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Course title' })).toHaveValue(courses[0]!.title);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Kept while typing');
  await page.waitForTimeout(1_000);
  await restart();
  await page.goto(`${harness.url}#/drafts`);
  await expect(rows).toHaveCount(3);

  for (const course of courses) {
    await page.getByRole('link', { name: `Check and confirm “${course.title}”` }).click();
    await expect(form).toBeVisible();
    const title = page.getByRole('textbox', { name: 'Course title' });
    await expect(title).toHaveValue(course.title);
    // Read from the certificate, with the words it came from.
    await expect(form).toContainText(new RegExp(`On the certificate: “[^”]*${course.title}”`));
    await expect(page.getByRole('textbox', { name: 'Provider', exact: true })).toHaveValue(
      'Lakeside Health Academy',
    );
    await expect(page.getByRole('region', { name: 'The certificate' })).toBeVisible();
    if (course === courses[0]) {
      await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Kept while typing');
      await shot('61-draft-review');
      expect(await axeFinds(page)).toEqual([]);
    }
    if (course.holder === 'Maria Lopez') {
      await expect(page.getByRole('status').filter({ hasText: 'Worth checking' })).toContainText(
        'The name on the certificate, “Maria Lopez”, is not yours (Jordan A. Rivera).',
      );
    }
    // What was not read stays empty and required: the delivery is never on a certificate.
    await expect(
      page
        .getByRole('textbox', { name: 'Delivery' })
        .or(page.getByRole('combobox', { name: 'Delivery', exact: true })),
    ).toHaveValue('');
    if ((await page.getByRole('combobox', { name: 'Kind of activity', exact: true }).inputValue()) === '')
      await chooseOption(page, 'Kind of activity', 'Online course');
    await chooseOption(page, 'Delivery', 'Online');
    await page.getByRole('button', { name: 'Confirm and save activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Drafts from certificates' })).toBeVisible();
    await expect(queue.getByText(course.title)).toHaveCount(0);
  }
  await expect(page.getByText('No drafts waiting.', { exact: false })).toBeVisible();

  // Counted: in the activity list, and on the dashboard (2 + 3 + 1 AAMA CEUs).
  await page.goto(`${harness.url}#/activities`);
  for (const course of courses)
    await expect(page.getByRole('row').filter({ hasText: course.title })).toContainText('CMA');
  await page.goto(`${harness.url}#/dashboard`);
  await expect(page.getByRole('region', { name: /CMA/ }).first()).toContainText('6 of 60');
  await expect(page.getByRole('button', { name: 'Add activities from certificates' })).toBeVisible();
  await shot('66-dashboard-add-from-certificates');
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-US' });
  test('the queue and a draft pass axe, and fit at 1366 and 1024 pixels', async ({
    app: page,
    harness,
    shot,
  }) => {
    test.setTimeout(120_000);
    await seedPortfolio(page);
    await page.goto(`${harness.url}#/drafts`);
    await page.locator('input[type=file]').setInputFiles([await certificateFile(courses[2]!)]);
    const rows = page.getByRole('list', { name: 'Borradores' }).getByRole('listitem');
    await expect(rows.filter({ hasText: 'Listo para revisar' })).toHaveCount(1, { timeout: 60_000 });
    await expect(rows).toContainText('El nombre del certificado, “Maria Lopez”, no es el suyo');
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(`62-drafts-queue-es-${width}`);
    }
    expect(await axeFinds(page)).toEqual([]);
    await page.getByRole('link', { name: /Revisar y confirmar/ }).click();
    await expect(page.getByRole('form', { name: 'Revisar el borrador' })).toBeVisible();
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0, { timeout: 20_000 });
      await shot(`63-draft-review-es-${width}`);
    }
    expect(await axeFinds(page)).toEqual([]);
  });
});

test('screenshots of the queue and a draft in English at 1366 and 1024 pixels; two drafts joined as front and back', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page);
  await page.goto(`${harness.url}#/drafts`);
  await page
    .locator('input[type=file]')
    .setInputFiles(await Promise.all(courses.slice(0, 2).map(certificateFile)));
  const rows = page.getByRole('list', { name: 'Drafts' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Ready to check' })).toHaveCount(2, { timeout: 60_000 });
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(`64-drafts-queue-en-${width}`);
  }
  await page
    .getByRole('link', { name: /^Check and confirm/ })
    .first()
    .click();
  await expect(page.getByRole('form', { name: 'Check the draft' })).toBeVisible();
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    // Every page preview drawn (beside the form, and in its Certificates section).
    await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0, { timeout: 20_000 });
    await shot(`65-draft-review-en-${width}`);
  }

  // The discard question and the join menu pass axe too.
  await page.goto(`${harness.url}#/drafts`);
  await page.getByRole('button', { name: `Discard “${courses[1]!.title}”` }).click();
  await expect(page.getByRole('dialog', { name: 'Discard this draft?' })).toBeVisible();
  expect(await axeFinds(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Two files of one card (here, two certificates) joined: one draft, read again from both.
  await page.getByRole('button', { name: `Join a back side to “${courses[0]!.title}”` }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await axeFinds(page)).toEqual([]);
  await page.getByRole('menuitem', { name: courses[1]!.title }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('2 files: front and back');
  await expect(rows).toContainText('Ready to check', { timeout: 60_000 });
  await expect(rows).toContainText('medication-safety.pdf + coding-update.pdf');
});
