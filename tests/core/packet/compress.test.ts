import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { compressWithZlib, deflate } from '../../../src/core/packet/compress';

describe('compression of packet streams', () => {
  it('gives Flate data that inflates to the same bytes, no larger than zlib with its default window', () => {
    const text = 'q BT 0 0 0 rg /F1 9 Tf 1 0 0 1 36 20 Tm <00120034005600780012> Tj ET Q\n';
    for (const size of [0, 1, 77, 300, 5_000, 70_000, 400_000]) {
      const bytes = Buffer.from(text.repeat(Math.ceil(size / text.length) + 1).slice(0, size), 'latin1');
      const compressed = deflate(bytes);
      expect(inflateSync(compressed).equals(bytes)).toBe(true);
      expect(compressed.length).toBeLessThanOrEqual(deflateSync(bytes).length + 2);
    }
  });
});

describe('compressWithZlib', () => {
  it("replaces the document's flateStream: same dictionary, FlateDecode, contents that inflate back", async () => {
    const doc = await PDFDocument.create();
    compressWithZlib(doc.context);
    const stream = doc.context.flateStream('CMap ÿ text', { Type: 'CMap' });
    expect(stream).toBeInstanceOf(PDFRawStream);
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect(stream.dict.get(PDFName.of('Type'))).toBe(PDFName.of('CMap'));
    expect(inflateSync(stream.getContents()).equals(Buffer.from('CMap ÿ text', 'latin1'))).toBe(true);
  });
});
