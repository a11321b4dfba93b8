import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb, type RGB } from '@cantoo/pdf-lib';
import { format, parseISO } from 'date-fns';
import { formatCredit, formatNumber } from '../../src/domain/units';
import type { SampleActivity } from './sample-content';

/**
 * Draws the sample's certificates as real PDFs, the way course providers issue them:
 * a bordered page with the provider, the holder's name, the course, the date, the
 * credit and category, the approval and certificate numbers. Every one is marked as a
 * sample. Used only by scripts/make-sample.ts.
 */

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const fixedDate = new Date('2026-11-24T00:00:00Z');

async function newDocument(fontsDir: string, title: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const load = (name: string) => doc.embedFont(fs.readFileSync(path.join(fontsDir, name)), { subset: true });
  const fonts = { regular: await load('NotoSans-Regular.ttf'), bold: await load('NotoSans-Bold.ttf') };
  // Fixed metadata keeps the generated files the same from one run to the next.
  doc.setTitle(title);
  doc.setProducer('CEU Portfolio sample generator');
  doc.setCreator('CEU Portfolio sample generator');
  doc.setCreationDate(fixedDate);
  doc.setModificationDate(fixedDate);
  return { doc, fonts };
}

function centered(
  page: PDFPage,
  text: string,
  y: number,
  font: PDFFont,
  size: number,
  color: RGB = rgb(0.1, 0.1, 0.15),
): void {
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color });
}

/** The credit as a certificate prints it: "3 AAMA CEUs, Administrative". */
export function creditLine(activity: SampleActivity): string {
  if (activity.credits.length === 0) return 'Two-year card';
  const categories = activity.credits.map((c) => c.category[0]!.toUpperCase() + c.category.slice(1));
  const unit = activity.credits[0]!.unit;
  const total = activity.credits.reduce((sum, c) => sum + c.amount, 0);
  if (activity.credits.length === 1) return `${formatCredit(total, unit)}, ${categories[0]}`;
  const parts = activity.credits.map((c, i) => `${formatNumber(c.amount)} ${categories[i]!.toLowerCase()}`);
  return `${formatCredit(total, unit)}: ${parts.join(', ')}`;
}

export const longDate = (iso: string) => format(parseISO(iso), 'MMMM d, yyyy');

const sampleMark = 'SAMPLE CERTIFICATE: made up for the CEU Portfolio sample portfolio; not a real record.';

export async function drawCertificatePdf(
  fontsDir: string,
  holderName: string,
  activity: SampleActivity,
): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument(fontsDir, `Certificate of Completion: ${activity.title}`);
  const page = doc.addPage([792, 612]);
  const accent =
    activity.approvingBody === 'AAMA'
      ? rgb(0.05, 0.28, 0.5)
      : activity.approvingBody === 'NHA'
        ? rgb(0.45, 0.12, 0.35)
        : rgb(0.12, 0.4, 0.3);
  page.drawRectangle({ x: 24, y: 24, width: 744, height: 564, borderColor: accent, borderWidth: 6 });
  page.drawRectangle({ x: 38, y: 38, width: 716, height: 536, borderColor: accent, borderWidth: 1.2 });

  centered(page, activity.provider.toUpperCase(), 520, fonts.bold, 16, accent);
  if (activity.providerAddress)
    centered(page, activity.providerAddress, 502, fonts.regular, 9, rgb(0.35, 0.35, 0.4));
  centered(page, 'Certificate of Completion', 440, fonts.bold, 34);
  centered(page, 'This certifies that', 400, fonts.regular, 13);
  centered(page, holderName, 360, fonts.bold, 28, accent);
  page.drawLine({
    start: { x: 220, y: 350 },
    end: { x: 572, y: 350 },
    thickness: 0.8,
    color: rgb(0.5, 0.5, 0.55),
  });
  centered(page, 'has successfully completed', 324, fonts.regular, 13);
  centered(page, activity.title, 292, fonts.bold, activity.title.length > 48 ? 17 : 20);
  centered(page, `on ${longDate(activity.completedOn)}`, 264, fonts.regular, 13);
  centered(page, creditLine(activity), 236, fonts.bold, 14, accent);

  const left = [
    activity.approvingBody ? `Approved by: ${activity.approvingBody}` : 'Approved by: (employer in-service)',
    activity.approvalNumber ? `Approval number: ${activity.approvalNumber}` : '',
    activity.durationMinutes ? `Length: ${activity.durationMinutes} minutes` : '',
  ].filter(Boolean);
  left.forEach((line, i) => page.drawText(line, { x: 70, y: 170 - i * 16, size: 10, font: fonts.regular }));
  page.drawText(`Certificate number: ${activity.certificateNumber}`, {
    x: 470,
    y: 170,
    size: 10,
    font: fonts.regular,
  });
  page.drawLine({
    start: { x: 470, y: 118 },
    end: { x: 700, y: 118 },
    thickness: 0.8,
    color: rgb(0.3, 0.3, 0.3),
  });
  page.drawText('Director of Education', {
    x: 470,
    y: 104,
    size: 9,
    font: fonts.regular,
    color: rgb(0.35, 0.35, 0.4),
  });
  centered(page, sampleMark, 52, fonts.regular, 7.5, rgb(0.55, 0.55, 0.6));
  return doc.save({ useObjectStreams: true });
}

/** A wallet CPR card (3.375 × 2.125 in), front or back. */
export async function drawCprCardPdf(
  fontsDir: string,
  holderName: string,
  activity: SampleActivity,
  side: 'front' | 'back',
): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument(fontsDir, `CPR card (${side})`);
  const page = doc.addPage([243, 153]);
  const red = rgb(0.75, 0.1, 0.12);
  page.drawRectangle({ x: 0, y: 0, width: 243, height: 153, color: rgb(1, 1, 1) });
  if (side === 'front') {
    page.drawRectangle({ x: 0, y: 118, width: 243, height: 35, color: red });
    page.drawText('HEARTLINE CPR TRAINING CENTER', {
      x: 12,
      y: 136,
      size: 8.5,
      font: fonts.bold,
      color: rgb(1, 1, 1),
    });
    page.drawText('BLS Provider: CPR and AED', {
      x: 12,
      y: 124,
      size: 7.5,
      font: fonts.regular,
      color: rgb(1, 1, 1),
    });
    page.drawText(holderName, { x: 12, y: 96, size: 11, font: fonts.bold });
    page.drawText('has successfully completed the cognitive and skills', {
      x: 12,
      y: 82,
      size: 6,
      font: fonts.regular,
    });
    page.drawText('evaluations for adult, child and infant CPR and AED use.', {
      x: 12,
      y: 74,
      size: 6,
      font: fonts.regular,
    });
    page.drawText(`Issued: ${longDate(activity.completedOn)}`, {
      x: 12,
      y: 52,
      size: 7,
      font: fonts.regular,
    });
    const renew = format(
      parseISO(activity.completedOn).setFullYear(parseISO(activity.completedOn).getFullYear() + 2),
      'MMMM yyyy',
    );
    page.drawText(`Recommended renewal: ${renew}`, { x: 12, y: 42, size: 7, font: fonts.regular });
  } else {
    page.drawText('Training Center: Heartline CPR Training Center', {
      x: 12,
      y: 130,
      size: 6.5,
      font: fonts.regular,
    });
    page.drawText(activity.providerAddress, { x: 12, y: 120, size: 6.5, font: fonts.regular });
    page.drawText('Instructor: D. Okafor   Instructor ID: 04418239', {
      x: 12,
      y: 104,
      size: 6.5,
      font: fonts.regular,
    });
    page.drawText(`eCard code: ${activity.certificateNumber}`, { x: 12, y: 88, size: 7, font: fonts.bold });
    page.drawLine({
      start: { x: 12, y: 56 },
      end: { x: 150, y: 56 },
      thickness: 0.6,
      color: rgb(0.2, 0.2, 0.2),
    });
    page.drawText('Holder signature', { x: 12, y: 46, size: 6, font: fonts.regular });
  }
  page.drawText('SAMPLE: not a real card', {
    x: 12,
    y: 12,
    size: 6,
    font: fonts.regular,
    color: rgb(0.5, 0.5, 0.55),
  });
  return doc.save({ useObjectStreams: true });
}

/** A provider portal's transcript page, to be rendered as a screenshot. */
export async function drawTranscriptPdf(
  fontsDir: string,
  holderName: string,
  activity: SampleActivity,
): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument(fontsDir, 'My CE transcript');
  const page = doc.addPage([720, 420]);
  const blue = rgb(0.05, 0.28, 0.5);
  page.drawRectangle({ x: 0, y: 380, width: 720, height: 40, color: blue });
  page.drawText('AAMA e-Learning Center', { x: 20, y: 394, size: 14, font: fonts.bold, color: rgb(1, 1, 1) });
  page.drawText(`Signed in as ${holderName}`, {
    x: 520,
    y: 396,
    size: 9,
    font: fonts.regular,
    color: rgb(1, 1, 1),
  });
  page.drawText('My CE transcript', { x: 20, y: 346, size: 18, font: fonts.bold });
  const columns = [20, 110, 420, 520, 610];
  const header = ['Completed', 'Course', 'Credit', 'Category', 'Certificate'];
  page.drawRectangle({ x: 14, y: 300, width: 692, height: 24, color: rgb(0.92, 0.94, 0.97) });
  header.forEach((h, i) => page.drawText(h, { x: columns[i]!, y: 308, size: 10, font: fonts.bold }));
  const credit = activity.credits[0]!;
  const row = [
    activity.completedOn,
    activity.title,
    `${formatNumber(credit.amount)} CEUs`,
    credit.category,
    activity.certificateNumber,
  ];
  row.forEach((cell, i) =>
    page.drawText(cell, { x: columns[i]!, y: 280, size: i === 1 ? 8.5 : 9.5, font: fonts.regular }),
  );
  page.drawText(
    `Approval number ${activity.approvalNumber} · ${activity.durationMinutes ?? 0} minutes · passed`,
    {
      x: 110,
      y: 266,
      size: 8,
      font: fonts.regular,
      color: rgb(0.4, 0.4, 0.45),
    },
  );
  page.drawLine({
    start: { x: 14, y: 256 },
    end: { x: 706, y: 256 },
    thickness: 0.5,
    color: rgb(0.8, 0.8, 0.85),
  });
  page.drawText('Your transcript updates automatically with AAMA-approved courses.', {
    x: 20,
    y: 230,
    size: 9,
    font: fonts.regular,
  });
  page.drawText('SAMPLE: made up for the CEU Portfolio sample portfolio; not a real transcript.', {
    x: 20,
    y: 20,
    size: 8,
    font: fonts.regular,
    color: rgb(0.55, 0.55, 0.6),
  });
  return doc.save({ useObjectStreams: true });
}
