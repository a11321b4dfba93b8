import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { certificateProblemSchema } from '../../../src/api/contract';
import type { CertificateProblem } from '../../../src/core/packet';
import { placementMatrix } from '../../../src/core/packet/certificate-pdf';
import type { EmbeddedSourcePage } from '../../../src/core/packet/certificate-pdf';
import { sniffCertificate } from '../../../src/core/packet/certificate-image';
import { embedPacketFonts } from '../../../src/core/packet/fonts';
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
    expect(sniffCertificate(new Uint8Array())).toBe('empty');
    expect(sniffCertificate(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffCertificate(bytes('junk before %PDF-1.4'))).toBe('pdf');
    expect(sniffCertificate(bytes('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heif');
    expect(sniffCertificate(bytes('\xff\xd8\xff\xe0'))).toBe('image');
  });
});

describe('the contract', () => {
  it('reports problems in the shape of the API schema', () => {
    expectTypeOf<CertificateProblem>().toEqualTypeOf<z.infer<typeof certificateProblemSchema>>();
  });
});
