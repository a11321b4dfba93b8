import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readCertificateFile } from '../../../src/core/reading/read-certificate';
import { heicBytes, removeTempDirs, tempDir } from '../fixtures';

afterAll(removeTempDirs);

const lines = [
  'Certificate of Completion',
  'Awarded to: Priya Shah',
  'Date of Completion: March 3, 2026',
  '2 AAMA CEUs Clinical',
];

async function pagePng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="700"><rect width="100%" height="100%" fill="#ffffff"/>${lines
    .map(
      (l, i) =>
        `<text x="80" y="${140 + i * 120}" font-family="DejaVu Sans" font-size="56" fill="#111">${l}</text>`,
    )
    .join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function expectFields(fields: Awaited<ReturnType<typeof readCertificateFile>>['fields']): void {
  expect(fields.holderName?.value).toBe('Priya Shah');
  expect(fields.completedOn?.value).toBe('2026-03-03');
  expect(fields.credits?.value).toEqual([{ amount: 2, unit: 'aama_ceu', category: 'clinical' }]);
}

describe('readCertificateFile by OCR (offline, English data from node_modules)', () => {
  it('reads a photo stored sideways with an EXIF orientation', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'photo.jpg');
    const sideways = await sharp(await pagePng())
      .rotate(-90)
      .toBuffer();
    fs.writeFileSync(
      file,
      await sharp(sideways).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer(),
    );
    const read = await readCertificateFile(file);
    expect(read.mediaType).toBe('image/jpeg');
    expectFields(read.fields);
    // Nothing was written next to the program (tesseract.js's default cache).
    expect(fs.existsSync('eng.traineddata')).toBe(false);
  }, 60_000);

  it('reads a scanned PDF whose page is only a picture', async () => {
    const dir = tempDir();
    const doc = await PDFDocument.create();
    const png = await doc.embedPng(await pagePng());
    const page = doc.addPage([800, 350]);
    page.drawImage(png, { x: 0, y: 0, width: 800, height: 350 });
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, await doc.save());
    const read = await readCertificateFile(file);
    expect(read.pages).toBe(1);
    expectFields(read.fields);
  }, 60_000);

  it('reads a real HEIC photo (the iPhone’s format), a PNG scan and a WebP', async () => {
    const dir = tempDir();
    const png = path.join(dir, 'scan.png');
    fs.writeFileSync(png, await pagePng());
    const heic = path.join(dir, 'photo.heic');
    execFileSync('heif-enc', ['-q', '90', '-o', heic, png], { stdio: ['ignore', 'ignore', 'pipe'] });
    const webp = path.join(dir, 'photo.webp');
    fs.writeFileSync(webp, await sharp(png).webp({ quality: 90 }).toBuffer());
    for (const [file, mediaType] of [
      [heic, 'image/heic'],
      [png, 'image/png'],
      [webp, 'image/webp'],
    ] as const) {
      const read = await readCertificateFile(file);
      expect(read.mediaType, file).toBe(mediaType);
      expectFields(read.fields);
    }
  }, 120_000);

  it('refuses a file that is not a certificate type, saying which types it reads', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.docx');
    fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 not a certificate'));
    await expect(readCertificateFile(file)).rejects.toThrow(/PDF|JPEG|PNG/);
  });

  it('refuses a HEIC file it cannot decode with what to do', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'photo.heic');
    fs.writeFileSync(file, heicBytes());
    await expect(readCertificateFile(file)).rejects.toThrow('share or export it as JPEG');
  });
});
