import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { placementMatrix } from '../../../src/core/packet/certificate-pdf';
import type { EmbeddedSourcePage } from '../../../src/core/packet/certificate-pdf';
import { certificateKind } from '../../../src/core/packet/certificate-image';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { drawBox, drawRule, pdfNumber, showText, writePageContents } from '../../../src/core/packet/draw';
import { encodesByCharacter } from '../../../src/core/packet/font-encoding';
import { embedPacketFonts, findFontsDirectory, unshaped } from '../../../src/core/packet/fonts';
import { planPacket } from '../../../src/core/packet/plan';
import { Typesetter, cleanText } from '../../../src/core/packet/text';
import type { Corpus, CorpusFile } from '../../fixtures/certificates/make-corpus';
import { makeSource } from './sample-source';

/** A corpus stand-in: the plan only needs names and hashes, not bytes. */
const fakeCorpus = new Proxy({} as Corpus, {
  get: (_target, name: string): CorpusFile => ({
    name,
    path: `/nowhere/${name}`,
    bytes: new Uint8Array(),
    sha256: name
      .padEnd(64, '0')
      .slice(0, 64)
      .replace(/[^0-9a-f]/g, 'a'),
    fileName: `${name}.pdf`,
    mediaType: 'application/pdf',
    size: 1,
  }),
});

describe('what goes into the packet', () => {
  it('logs counted and partly counted activities by completion date, numbering exhibits in that order', () => {
    const source = makeSource(fakeCorpus, [
      { title: 'Later course', files: ['letter'] },
      { title: 'Not counted course', files: ['a4'], outcome: 'not_counted' },
      { title: 'Partly course', files: ['landscape'], outcome: 'partly' },
      { title: 'No certificate course', files: [] },
    ]);
    source.activities[0]!.completedOn = '2025-05-01';
    source.activities[2]!.completedOn = '2024-01-01';
    source.activities[3]!.completedOn = '2024-06-01';
    const plan = planPacket(source);
    expect(plan.logged.map((entry) => entry.activity.title)).toEqual([
      'Partly course',
      'No certificate course',
      'Later course',
    ]);
    expect(plan.logged.map((entry) => entry.exhibit?.number ?? null)).toEqual([1, null, 2]);
    expect(plan.notCounted.map((entry) => entry.activity.title)).toEqual([
      'Partly course',
      'Not counted course',
    ]);
    expect(plan.certificates.map((planned) => planned.certificate.fileName)).toEqual([
      'landscape.pdf',
      'letter.pdf',
    ]);
  });

  it('asks for a course description for outside credit on a pack with an approved-provider rule only', () => {
    const source = makeSource(fakeCorpus, [
      { title: 'Approved', files: ['letter'], approved: true },
      { title: 'Outside', files: ['a4'], approved: false },
    ]);
    expect(planPacket(source).exhibits.map((exhibit) => exhibit.describe)).toEqual([false, true]);
    const custom = { ...source, pack: { ...source.pack, id: 'custom-bls', approvedProviders: null } };
    expect(planPacket(custom).exhibits.map((exhibit) => exhibit.describe)).toEqual([false, false]);
  });
});

describe('typesetting', () => {
  it('wraps long titles, breaks CJK between characters and measures with the fallback font', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedPacketFonts(doc, '李小龙');
    expect(fonts.fallback).not.toBeNull();
    const type = new Typesetter(fonts);
    const style = { size: 10 };
    const lines = type.wrap(
      'Infection control and standard precautions for medical assistants in ambulatory care',
      style,
      150,
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(type.width(line, style)).toBeLessThanOrEqual(150);
    const cjk = type.wrap('李'.repeat(40), style, 100);
    expect(cjk.length).toBeGreaterThan(3);
    expect(cjk.join('')).toBe('李'.repeat(40));
    expect(type.runs('Nguyễn 李', 'regular').map((run) => run.font)).toEqual([fonts.regular, fonts.fallback]);
    expect(type.fit('A very long name that will not fit', style, 60)).toMatch(/…$/);
  });

  it('embeds the fallback font only when some text needs it', async () => {
    const doc = await PDFDocument.create();
    expect((await embedPacketFonts(doc, 'José Nguyễn Zoë Ørsted')).fallback).toBeNull();
  });

  it('cleans control characters and joins lines unless asked to keep them', () => {
    expect(cleanText('a\tb\u0007c\r\nd')).toBe('a bc d');
    expect(cleanText('a\r\nb', true)).toBe('a\nb');
  });
});

describe('encoding text one character at a time', () => {
  /** Every character of the ranges encoded one at a time (CJK sampled), and real names. */
  function sample(): string {
    const ranges: Array<[number, number, number]> = [
      [0x20, 0x7e, 1],
      [0xa0, 0x2ff, 1],
      [0x370, 0x52f, 1],
      [0x1e00, 0x1eff, 1],
      [0x2010, 0x2027, 1],
      [0x2030, 0x205e, 1],
      [0x20a0, 0x20cf, 1],
      [0x2100, 0x21ff, 1],
      [0x2460, 0x27bf, 7],
      [0x3000, 0x30ff, 3],
      [0x3400, 0x9fff, 97],
      [0xf900, 0xfaff, 13],
      [0xff01, 0xffef, 5],
    ];
    let text = 'Nguyễn Thị Minh Khai · Zoë Ørsted · São Paulo · Ελληνικά · Москва · 李小龙 · “fi ffl” — 1½ ';
    for (const [from, to, step] of ranges) {
      for (let codePoint = from; codePoint <= to; codePoint += step) {
        if (codePoint !== 0x2044) text += String.fromCodePoint(codePoint);
      }
    }
    return text.normalize('NFC');
  }

  it.each(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'DroidSansFallbackFull.ttf'])(
    '%s: gives the same glyphs and widths as laying out the whole string',
    (file) => {
      const font = fontkit.create(readFileSync(path.join(findFontsDirectory(), file)));
      if (!('layout' in font)) throw new Error(`${file} is a collection`);
      const text = sample();
      expect(encodesByCharacter(text)).toBe(true);
      const whole = font.layout(text, unshaped).glyphs;
      const characters = Array.from(text).flatMap((character) => font.layout(character, unshaped).glyphs);
      expect(characters.map((glyph) => glyph.id)).toEqual(whole.map((glyph) => glyph.id));
      const width = (glyphs: typeof whole) => glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
      expect(width(characters)).toBe(width(whole));
    },
  );

  it('leaves scripts that are shaped in context, and joiners, to fontkit', () => {
    for (const text of ['שלום', 'مرحبا', 'हिन्दी', '한국어', 'e\u0301', '👩\u200d⚕️', '1⁄2'])
      expect(encodesByCharacter(text), text).toBe(false);
    expect(encodesByCharacter('Jose Nguyễn, CMA (AAMA) — 李小龙')).toBe(true);
  });
});

describe('drawing on packet pages', () => {
  it('writes numbers without exponents, to a thousandth of a point (scales finer)', () => {
    expect(pdfNumber(12)).toBe('12');
    expect(pdfNumber(0.1 + 0.2)).toBe('0.3');
    expect(pdfNumber(1234.56789)).toBe('1234.568');
    expect(pdfNumber(-0.0001)).toBe('0');
    expect(pdfNumber(1e-7)).toBe('0');
    expect(pdfNumber(0.123456789, 6)).toBe('0.123457');
  });

  it('writes each drawing, in order, as the page content with its colours and fonts', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedPacketFonts(doc, 'Exhibit');
    const page = doc.addPage([612, 792]);
    drawBox(page, { x: 10, y: 20, width: 30.5, height: 40 }, { fill: rgb(0.09, 0.2, 0.36) });
    drawBox(
      page,
      { x: 1, y: 2, width: 3, height: 4 },
      { fill: rgb(1, 1, 1), border: { color: rgb(0.7, 0.31, 0.02), width: 1, dash: [4, 3] } },
    );
    drawRule(page, { x: 0, y: 44 }, { x: 612, y: 44 }, { thickness: 0.5, color: rgb(0.78, 0.81, 0.85) });
    showText(page, fonts.bold, 'Exhibit', { x: 52, y: 740.25, size: 10, color: rgb(0.11, 0.13, 0.16) });
    showText(page, fonts.bold, 'Exhibit', { x: 52, y: 700, size: 10, color: rgb(0.11, 0.13, 0.16) });
    writePageContents(doc);
    const contents = page.node.Contents();
    expect(contents).toBeInstanceOf(PDFRawStream);
    const text = Buffer.from(decodePDFRawStream(contents as PDFRawStream).decode()).toString('latin1');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('q 0.09 0.2 0.36 rg 10 20 30.5 40 re f Q');
    expect(lines[1]).toBe('q 1 1 1 rg 0.7 0.31 0.02 RG 1 w [4 3] 0 d 1 2 3 4 re B Q');
    expect(lines[2]).toBe('q 0.78 0.81 0.85 RG 0.5 w 0 44 m 612 44 l S Q');
    expect(lines[3]).toMatch(
      /^q BT 0\.11 0\.13 0\.16 rg \/\S+ 10 Tf 1 0 0 1 52 740\.25 Tm <[0-9A-F]{28}> Tj ET Q$/,
    );
    // One font entry per page and font, however often it is used.
    const fontsOnPage = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    expect(fontsOnPage.keys()).toHaveLength(1);
  });
});

describe('placing a turned PDF page upright', () => {
  const page = (rotation: 0 | 90 | 180 | 270): EmbeddedSourcePage => {
    const turned = rotation === 90 || rotation === 270;
    return {
      ref: undefined as never,
      box: { left: 0, bottom: 0, right: 200, top: 100 },
      rotation,
      displayWidth: turned ? 100 : 200,
      displayHeight: turned ? 200 : 100,
    };
  };
  const apply = (m: number[], x: number, y: number) => [
    m[0]! * x + m[2]! * y + m[4]!,
    m[1]! * x + m[3]! * y + m[5]!,
  ];

  it.each([0, 90, 180, 270] as const)(
    '/Rotate %i: the page fills the box at (10, 20) and its top-left shows top-left',
    (rotation) => {
      const source = page(rotation);
      const m = placementMatrix(source, 2, 10, 20);
      const corners = [
        [0, 0],
        [200, 0],
        [0, 100],
        [200, 100],
      ].map(([x, y]) => apply(m, x!, y!));
      const xs = corners.map(([x]) => x!);
      const ys = corners.map(([, y]) => y!);
      expect([Math.min(...xs), Math.min(...ys)]).toEqual([10, 20]);
      expect([Math.max(...xs) - 10, Math.max(...ys) - 20]).toEqual([
        source.displayWidth * 2,
        source.displayHeight * 2,
      ]);
      // A clockwise /Rotate turns the content's top-left corner to this displayed corner.
      const expected = { 0: [10, 220], 90: [210, 420], 180: [410, 20], 270: [10, 20] }[rotation];
      expect(apply(m, 0, 100)).toEqual(expected);
    },
  );
});

describe('recognising files', () => {
  it('knows PDFs, HEIF photos and empty files by their bytes', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(certificateKind(new Uint8Array())).toBe('empty');
    expect(certificateKind(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(certificateKind(bytes('junk before %PDF-1.4'))).toBe('pdf');
    expect(certificateKind(bytes('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heif');
    expect(certificateKind(bytes('\xff\xd8\xff\xe0'))).toBe('image');
    // As the certificate store decides: a HEIF brand among the compatible ones is HEIF.
    expect(certificateKind(bytes('\0\0\0\x18ftypisom\0\0\0\0mif1heic'))).toBe('heif');
  });
});
