import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';

/**
 * Real files and real folders for tests: every test works on its own temporary data
 * folder, and certificate fixtures are small but genuine files of each accepted type.
 */

const made: string[] = [];

export function tempDir(prefix = 'ceu-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir() made; call from afterAll/afterEach. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function hashFile(file: string): string {
  return sha256(fs.readFileSync(file));
}

export async function pdfBytes(text = 'Certificate of Completion'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 700, size: 18, font });
  // A fixed date keeps the bytes (and so the hash) the same on every run.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

const blank = (background: string) => sharp({ create: { width: 16, height: 12, channels: 3, background } });

export async function jpegBytes(background = '#f4efe3'): Promise<Uint8Array> {
  return new Uint8Array(await blank(background).jpeg().toBuffer());
}

/**
 * A phone-sized photo of noise (different for each seed): slow enough to decode that a
 * packet of several of them is still being built when a cancel arrives.
 */
export async function largePhotoBytes(seed: number, width = 2400, height = 1800): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[i] = state & 0xff;
  }
  return new Uint8Array(
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}

export async function pngBytes(background = '#ffffff'): Promise<Uint8Array> {
  return new Uint8Array(await blank(background).png().toBuffer());
}

export async function webpBytes(background = '#eeeeee'): Promise<Uint8Array> {
  return new Uint8Array(await blank(background).webp().toBuffer());
}

/** An AVIF image: a HEIF container with the AV1 codec (major brand "avif"). */
export async function avifBytes(): Promise<Uint8Array> {
  return new Uint8Array(await blank('#dddddd').heif({ compression: 'av1' }).toBuffer());
}

/**
 * The start of a HEIC photo as an iPhone writes it: the ISO-BMFF "ftyp" box with the
 * "heic" major brand. HEVC encoding is not available here (sharp's prebuilt libheif has
 * no HEVC encoder), so this is the part type detection reads, followed by filler.
 */
export function heicBytes(majorBrand = 'heic', compatible = ['mif1', 'heic']): Uint8Array {
  const size = 16 + compatible.length * 4;
  const box = Buffer.alloc(size + 64);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(majorBrand, 8, 'latin1');
  box.writeUInt32BE(0, 12);
  compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'));
  return new Uint8Array(box);
}
