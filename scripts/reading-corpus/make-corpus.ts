import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { CorpusCertificate } from './certificates';

export interface CorpusFile {
  id: string;
  type: 'pdf' | 'photo';
  path: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every certificate as a text PDF (three page layouts, some drawn out of order), and every
 * third one also as a phone photo of the printed page: 12 megapixels, turned and marked
 * upright only by EXIF, tilted, blurred or dim.
 */
export async function writeCorpus(dir: string, certificates: CorpusCertificate[]): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const [n, certificate] of certificates.entries()) {
    const pdf = path.join(dir, `${certificate.id}.pdf`);
    fs.writeFileSync(pdf, await pdfOf(certificate.lines, n));
    files.push({ id: certificate.id, type: 'pdf', path: pdf });
    if (n % 3 === 0) {
      const photo = path.join(dir, `${certificate.id}.jpg`);
      fs.writeFileSync(photo, await photoOf(certificate.lines, n));
      files.push({ id: certificate.id, type: 'photo', path: photo });
    }
  }
  return files;
}

export async function pdfOf(lines: string[], n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const landscape = n % 2 === 0;
  const page = doc.addPage(landscape ? [792, 612] : [612, 792]);
  const font = await doc.embedFont(
    [StandardFonts.Helvetica, StandardFonts.TimesRoman, StandardFonts.Courier][n % 3]!,
  );
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const top = page.getHeight() - 90;
  const order = lines.map((_, i) => i);
  // Some generators draw the footer first; reading order must come from the positions.
  if (n % 4 === 1) order.reverse();
  for (const i of order) {
    const size = i === 0 ? 26 : 14;
    const used = i === 0 ? bold : font;
    const width = used.widthOfTextAtSize(lines[i]!, size);
    const x = n % 3 === 2 ? 60 : (page.getWidth() - width) / 2;
    page.drawText(lines[i]!, { x, y: top - i * 40, size, font: used });
  }
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

export async function photoOf(lines: string[], n: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2200" height="1700"><rect width="100%" height="100%" fill="#f7f3e8"/>${lines
    .map(
      (l, i) =>
        `<text x="160" y="${200 + i * 120}" font-family="DejaVu Serif" font-size="${i === 0 ? 80 : l.length > 60 ? 40 : 56}" fill="#1f1f1f">${escapeXml(l)}</text>`,
    )
    .join('')}</svg>`;
  const page = await sharp(Buffer.from(svg)).png().toBuffer();
  // A 12 MP frame (4000 x 3000) with the page filling most of it on a darker table.
  const big = await sharp(page).resize(3600, 2780).toBuffer();
  let photo = sharp(big).extend({ top: 110, bottom: 110, left: 200, right: 200, background: '#5a5148' });
  const variant = n % 4;
  if (variant === 1) photo = photo.rotate(3, { background: '#5a5148' });
  if (variant === 2) photo = photo.blur(2.2);
  if (variant === 3) photo = photo.linear(0.45, 0);
  let jpeg = await photo.jpeg({ quality: 88 }).toBuffer();
  if (variant === 0) {
    // Pixels stored sideways, the way a phone held upright saves them, with EXIF 6 to turn back.
    jpeg = await sharp(await sharp(jpeg).rotate(-90).toBuffer())
      .jpeg({ quality: 88 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
  }
  return jpeg;
}
