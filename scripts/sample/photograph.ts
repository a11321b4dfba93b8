import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Turns a drawn certificate into what people really attach: a phone photo of the
 * paper (a little rotated, on a desk, warm light, sometimes stored sideways with an
 * EXIF orientation tag as phones do) or a screenshot. Used only by
 * scripts/make-sample.ts; needs poppler's pdftoppm to render the PDF page.
 */

export function renderPdfPage(pdf: Uint8Array, dpi: number): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-sample-'));
  try {
    const input = path.join(dir, 'page.pdf');
    fs.writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', input, path.join(dir, 'page')], {
      stdio: 'pipe',
    });
    return fs.readFileSync(path.join(dir, 'page.png'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface PhotoOptions {
  /** Degrees the paper is turned on the desk. */
  tilt: number;
  /** Stored turned a quarter with EXIF orientation 6, so viewers must turn it back. */
  exifRotated: boolean;
  /** Longest side of the final photo, in pixels. */
  size: number;
  desk: string;
}

export async function photograph(page: Buffer, options: PhotoOptions): Promise<Buffer> {
  // Warm indoor light on off-white paper, slightly soft focus.
  const paper = await sharp(page)
    .flatten({ background: '#ffffff' })
    .linear([0.97, 0.94, 0.86], [4, 4, 6])
    .blur(0.7)
    .png()
    .toBuffer();
  const onDesk = await sharp(paper)
    .rotate(options.tilt, { background: options.desk })
    .extend({ top: 40, bottom: 60, left: 50, right: 30, background: options.desk })
    .resize({ width: options.size, height: options.size, fit: 'inside' })
    .png()
    .toBuffer();
  const stored = options.exifRotated ? await sharp(onDesk).rotate(270).png().toBuffer() : onDesk;
  const jpeg = sharp(stored).jpeg({ quality: 68, mozjpeg: true });
  return (options.exifRotated ? jpeg.withMetadata({ orientation: 6 }) : jpeg).toBuffer();
}

export async function screenshot(page: Buffer): Promise<Buffer> {
  return sharp(page).png({ palette: true, colors: 48, compressionLevel: 9 }).toBuffer();
}
