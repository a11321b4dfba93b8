import { describe, expect, it } from 'vitest';
import { detectMediaType, extensionFor } from '../../../src/core/certificates/detect-type';
import { avifBytes, heicBytes, jpegBytes, pdfBytes, pngBytes, webpBytes } from '../fixtures';

const text = (s: string) => new TextEncoder().encode(s);

describe('detectMediaType', () => {
  it('recognises each accepted type from real files', async () => {
    expect(detectMediaType(await pdfBytes())).toBe('application/pdf');
    expect(detectMediaType(await jpegBytes())).toBe('image/jpeg');
    expect(detectMediaType(await pngBytes())).toBe('image/png');
    expect(detectMediaType(await webpBytes())).toBe('image/webp');
    expect(detectMediaType(heicBytes('heic'))).toBe('image/heic');
    expect(detectMediaType(heicBytes('heix', ['mif1', 'heix']))).toBe('image/heic');
    expect(detectMediaType(heicBytes('mif1', ['mif1', 'heic']))).toBe('image/heic');
  });

  it('accepts a PDF whose header comes after some junk bytes, as PDF readers do', () => {
    expect(detectMediaType(text(`${'\n'.repeat(300)}%PDF-1.4\n`))).toBe('application/pdf');
    expect(detectMediaType(text(`${' '.repeat(1100)}%PDF-1.4\n`))).toBeNull();
  });

  it('refuses text, HTML, Word documents, MP4 video and truncated headers', () => {
    expect(detectMediaType(text('Certificate of completion'))).toBeNull();
    expect(detectMediaType(text('<!DOCTYPE html><title>Sign in</title>'))).toBeNull();
    expect(detectMediaType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBeNull();
    expect(detectMediaType(heicBytes('isom', ['isom', 'mp41']))).toBeNull();
    expect(detectMediaType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectMediaType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });

  // AVIF files list the "mif1" brand too, but the packet's HEIC decoder cannot read them.
  it('does not take an AVIF image for HEIC', async () => {
    expect(detectMediaType(await avifBytes())).not.toBe('image/heic');
  });
});

describe('extensionFor', () => {
  it('gives the usual extension for each type', () => {
    expect(extensionFor('application/pdf')).toBe('pdf');
    expect(extensionFor('image/jpeg')).toBe('jpg');
    expect(extensionFor('image/png')).toBe('png');
    expect(extensionFor('image/heic')).toBe('heic');
    expect(extensionFor('image/webp')).toBe('webp');
  });
});
