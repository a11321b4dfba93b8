import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import sharp from 'sharp';

/** A one-page certificate PDF with the facts a reviewer checks. */
export async function certificatePdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([792, 612]);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: 744,
    height: 564,
    borderColor: rgb(0.1, 0.35, 0.45),
    borderWidth: 4,
  });
  page.drawText('Certificate of Completion', {
    x: 200,
    y: 500,
    size: 30,
    font: bold,
    color: rgb(0.1, 0.35, 0.45),
  });
  lines.forEach((line, i) => page.drawText(line, { x: 120, y: 430 - i * 32, size: 18, font }));
  doc.setCreationDate(new Date('2025-06-01T00:00:00Z'));
  doc.setModificationDate(new Date('2025-06-01T00:00:00Z'));
  return Buffer.from(await doc.save());
}

/** A phone photo of a CPR card: a JPEG, as a person would drop it in. */
export async function cprCardPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="560">
    <rect width="900" height="560" fill="#c9d6df"/>
    <rect x="60" y="50" width="780" height="460" rx="28" fill="#fffdf6" stroke="#b22222" stroke-width="8"/>
    <text x="110" y="150" font-family="sans-serif" font-size="54" font-weight="bold" fill="#b22222">BLS / CPR Provider</text>
    <text x="110" y="240" font-family="sans-serif" font-size="36" fill="#222">Jordan A. Rivera</text>
    <text x="110" y="310" font-family="sans-serif" font-size="30" fill="#222">Issued 2025-02-10 · Valid 2 years</text>
    <text x="110" y="370" font-family="sans-serif" font-size="30" fill="#222">American Heart Association</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
