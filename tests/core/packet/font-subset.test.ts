import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import fontkit from '@cantoo/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodeTrueTypeSubset } from '../../../src/core/packet/font-subset';
import { embedPacketFonts, findFontsDirectory, unshaped } from '../../../src/core/packet/fonts';

/**
 * The packet's font subsets are written from the font files' bytes (font-subset.ts), not
 * by fontkit's encoder: every glyph must come out exactly as fontkit reads it from the
 * original font, in the same order, and the font files must be left untouched.
 */

/** What these tests read of a fontkit font (its published types do not cover the subset). */
interface Font {
  layout(text: string, features?: object): { glyphs: { id: number }[] };
  createSubset(): {
    glyphs: number[];
    includeGlyph(glyph: number | { id: number }): number;
    encode(): Uint8Array;
  };
  getGlyph(id: number): {
    path: { toSVG(): string };
    advanceWidth: number;
    _decode(): { numberOfContours: number } | null;
  };
  numGlyphs: number;
}
const openFont = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as Font;

const text = 'José Nguyễn Zoë Ørsted 李 Ǻ ḕ ố ự 1234 ½ — Exhibit 12';
const fontFile = (name: string) => readFileSync(path.join(findFontsDirectory(), name));

function subsetsOf(font: Font) {
  const ours = font.createSubset();
  const fontkits = font.createSubset();
  for (const glyph of font.layout(text, unshaped).glyphs) {
    ours.includeGlyph(glyph);
    fontkits.includeGlyph(glyph);
  }
  return { ours, fontkits };
}

/** Big-endian 32-bit sum of the whole file, as TrueType checksums are computed. */
function fileChecksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

describe('TrueType subsets written from the font file', () => {
  for (const name of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'DroidSansFallbackFull.ttf']) {
    it(`${name}: every glyph as in the original, in fontkit's order, composites included`, () => {
      const bytes = fontFile(name);
      const before = createHash('sha256').update(bytes).digest('hex');
      const font = openFont(bytes);
      const { ours, fontkits } = subsetsOf(font);
      const encoded = encodeTrueTypeSubset(bytes, ours);
      fontkits.encode();

      // Composite glyphs pull in their components the same way fontkit's encoder does.
      expect(ours.glyphs).toEqual(fontkits.glyphs);
      const subset = openFont(encoded);
      expect(subset.numGlyphs).toBe(ours.glyphs.length);
      let composites = 0;
      ours.glyphs.forEach((original, id) => {
        if ((font.getGlyph(original)._decode()?.numberOfContours ?? 0) < 0) composites += 1;
        expect(subset.getGlyph(id).path.toSVG()).toBe(font.getGlyph(original).path.toSVG());
        expect(subset.getGlyph(id).advanceWidth).toBe(font.getGlyph(original).advanceWidth);
      });
      expect(composites).toBeGreaterThan(0);

      // The font file itself is never written to (a Buffer's slice is a view, not a copy).
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
      // A well-formed sfnt: version 1.0, tables sorted, whole-file checksum as the spec asks.
      const view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength);
      expect(view.getUint32(0)).toBe(0x00010000);
      const tags = Array.from({ length: view.getUint16(4) }, (_, i) =>
        String.fromCharCode(...encoded.subarray(12 + 16 * i, 16 + 16 * i)),
      );
      expect(tags).toEqual([...tags].sort());
      expect(tags).toEqual(expect.arrayContaining(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']));
      expect(fileChecksum(encoded)).toBe(0xb1b0afba);
    });
  }

  it('is what a packet embeds: FontFile2 streams in that form, one glyph per code pdf-lib wrote', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const fonts = await embedPacketFonts(doc, text);
    const page = doc.addPage();
    page.drawText('José Nguyễn', { font: fonts.regular, size: 12 });
    page.drawText('李', { font: fonts.fallback!, size: 12, y: 40 });
    const saved = await PDFDocument.load(await doc.save());
    const files = saved.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.has(PDFName.of('FontFile2')))
      .map((descriptor) => saved.context.lookup(descriptor.get(PDFName.of('FontFile2'))))
      .map((stream) => {
        if (!(stream instanceof PDFRawStream)) throw new Error('FontFile2 is not a stream');
        return new Uint8Array(inflateSync(stream.getContents()));
      });
    expect(files).toHaveLength(3);
    for (const file of files) {
      expect(new DataView(file.buffer, file.byteOffset).getUint32(0)).toBe(0x00010000);
      expect(fileChecksum(file)).toBe(0xb1b0afba);
    }
  });
});
