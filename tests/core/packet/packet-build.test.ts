import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PDFRef } from '@cantoo/pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPacket } from '../../../src/core/packet';
import type { PacketSource } from '../../../src/core/packet';
import { makeCorpus, secretText, userPassword } from '../../fixtures/certificates/make-corpus';
import type { Corpus, CorpusName } from '../../fixtures/certificates/make-corpus';
import { markers, pdfFonts, pdfImages, pdfOutline, pdfPageCount, pdfText, qpdfCheck } from './pdf-tools';
import type { OutlineItem } from './pdf-tools';
import { defaultActivities, holderName, makeSource } from './sample-source';
import type { SampleActivity } from './sample-source';

let dir: string;
let corpus: Corpus;

const mainNames: CorpusName[] = [
  'letter',
  'a4',
  'landscape',
  'rotated90',
  'rotated270',
  'twentyPages',
  'objectStreams',
  'noObjectStreams',
  'aes128',
  'aes256',
  'rc4',
  'userPassword',
  'formField',
  'heic',
  'bigPhoto',
];

/** Everything that must come out upright: each EXIF orientation, each image format, turned PDFs. */
const uprightNames: CorpusName[] = [
  'orientation1',
  'orientation2',
  'orientation3',
  'orientation4',
  'orientation5',
  'orientation6',
  'orientation7',
  'orientation8',
  'cmyk',
  'progressive',
  'pngAlpha',
  'png16',
  'webp',
  'heic',
  'bigPhoto',
  'rotated90',
  'rotated270',
  'landscape',
  'a4',
];

let mainSource: PacketSource;
let mainFile: string;
let mainPages: number;
let mainOutline: OutlineItem[];
let uprightFile: string;
let uprightOutline: OutlineItem[];

function exhibitItems(outline: OutlineItem[]): OutlineItem[] {
  return outline.find((item) => item.title === 'Exhibits')?.kids ?? [];
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ceu-packet-build-'));
  corpus = await makeCorpus(dir);

  const samples: SampleActivity[] = defaultActivities(mainNames);
  samples.push({
    title: 'Old workshop outside the cycle',
    files: ['letter'],
    outcome: 'not_counted',
    reasons: ['Completed before the cycle started.'],
  });
  samples.push({
    title: 'Partly counted conference',
    files: ['a4'],
    outcome: 'partly',
    points: 4,
    reasons: ['Only 30 points may come from outside providers.'],
  });
  samples.push({ title: 'CPR card front and back', files: ['orientation1', 'png16'], points: 4 });
  mainSource = makeSource(corpus, samples, { passwords: { [corpus.userPassword.sha256]: userPassword } });
  const built = await buildPacket(mainSource);
  mainFile = path.join(dir, 'main-packet.pdf');
  await writeFile(mainFile, built.bytes);
  mainPages = built.pageCount;
  mainOutline = pdfOutline(mainFile);

  const upright = defaultActivities(uprightNames).map((sample) => ({ ...sample, approved: true }));
  const uprightBuilt = await buildPacket(
    makeSource(corpus, upright, { includeManifest: false, includeNotCounted: false }),
  );
  uprightFile = path.join(dir, 'upright-packet.pdf');
  await writeFile(uprightFile, uprightBuilt.bytes);
  uprightOutline = pdfOutline(uprightFile);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the packet as a PDF', () => {
  it('passes qpdf --check and has the page count pdfinfo sees', () => {
    expect(qpdfCheck(mainFile)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfPageCount(mainFile)).toBe(mainPages);
    // 20 pages of transcript alone, plus the written sections and other exhibits.
    expect(mainPages).toBeGreaterThan(40);
  });

  it("prints the holder's name in every script, on the cover and in every footer", () => {
    const cover = pdfText(mainFile, 1);
    expect(cover).toContain(holderName);
    expect(cover).toContain('CMA (AAMA) — Certified Medical Assistant');
    expect(cover).toContain('CMA-1234567');
    expect(cover).toContain('M-448812');
    expect(cover).toContain('Jan 31, 2022 to Jan 31, 2027');
    expect(cover).toContain('November 24, 2026');
    expect(cover).toContain(mainSource.evaluation.headline);
    const all = pdfText(mainFile);
    for (const word of ['José', 'Nguyễn', 'Zoë', 'Ørsted', '李']) expect(all).toContain(word);
    for (const page of [1, 3, Math.floor(mainPages / 2), mainPages]) {
      const text = pdfText(mainFile, page);
      expect(text).toContain(`Page ${page} of ${mainPages}`);
      expect(text).toContain(holderName);
    }
  });

  it('labels each exhibit page "Exhibit N — title", numbered as in the log', () => {
    const exhibits = exhibitItems(mainOutline);
    expect(exhibits.length).toBe(mainNames.length + 2);
    const log = pdfText(mainFile, 3) + pdfText(mainFile, 4);
    for (const [i, exhibit] of exhibits.entries()) {
      const label = exhibit.title;
      expect(label).toMatch(new RegExp(`^Exhibit ${i + 1} — `));
      expect(pdfText(mainFile, exhibit.page!).replace(/\s+/g, ' ')).toContain(label.replace(/\s+/g, ' '));
      const title = label.replace(/^Exhibit \d+ — /, '');
      expect(log.replace(/\s+/g, ' ')).toContain(title.split(' ').slice(0, 2).join(' '));
    }
  });

  it('keeps the text of owner-encrypted (AES-128, AES-256, RC4), user-password and form certificates', () => {
    const all = pdfText(mainFile);
    for (const secret of Object.values(secretText)) expect(all).toContain(secret);
  });

  it('places PDF certificates as vector pages, not pictures', () => {
    const letter = exhibitItems(mainOutline).find((item) => item.title.includes('letter course'))!;
    expect(pdfText(mainFile, letter.page!)).toContain('Letter portrait certificate');
    expect(pdfImages(mainFile).filter((image) => image.page === letter.page)).toEqual([]);
    const fonts = pdfFonts(mainFile, letter.page!).map((font) => font.name);
    expect(fonts).toContain('Helvetica');
  });

  it('writes an outline with each section and each exhibit', () => {
    const titles = mainOutline.map((item) => item.title);
    expect(titles).toEqual([
      'Cover',
      'Compliance summary',
      'Activity log',
      'Activities not counted',
      'Attestation',
      'Exhibits',
      'Certificate manifest',
    ]);
    expect(mainOutline[0]!.page).toBe(1);
    expect(mainOutline.find((item) => item.title === 'Certificate manifest')!.page).toBe(mainPages);
    const pages = exhibitItems(mainOutline).map((item) => item.page!);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });

  it('links each activity-log row to the first page of its exhibit', async () => {
    const doc = await PDFDocument.load(await readFile(mainFile));
    const pages = doc.getPages();
    const targets: number[] = [];
    const logPage = mainOutline.find((item) => item.title === 'Activity log')!.page!;
    const afterLog = mainOutline.find((item) => item.title === 'Activities not counted')!.page!;
    for (let pageIndex = logPage - 1; pageIndex < afterLog - 1; pageIndex++) {
      const annots = pages[pageIndex]!.node.lookup(PDFName.of('Annots'));
      if (!(annots instanceof PDFArray)) continue;
      for (let i = 0; i < annots.size(); i++) {
        const annot = annots.lookup(i, PDFDict);
        if (annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
        const dest = annot.lookup(PDFName.of('Dest'), PDFArray);
        const ref = dest.get(0) as PDFRef;
        targets.push(pages.findIndex((page) => page.ref === ref) + 1);
      }
    }
    const exhibitPages = exhibitItems(mainOutline).map((item) => item.page);
    // The log rows are in completion order, the exhibits too: the same pages in the same order.
    expect(targets).toEqual(exhibitPages);
    const log = pdfText(mainFile, 3);
    expect(log).toContain(`p. ${exhibitPages[0]}`);
  });

  it('sets the document metadata from the inputs, not the clock', async () => {
    const doc = await PDFDocument.load(await readFile(mainFile), { updateMetadata: false });
    expect(doc.getTitle()).toBe(`Recertification packet — CMA (AAMA) — ${holderName}`);
    expect(doc.getAuthor()).toBe(holderName);
    expect(doc.getCreator()).toBe('CEU Portfolio');
    expect(doc.getSubject()).toContain('CMA (AAMA) recertification');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
  });

  it('draws its own text only in embedded subset fonts (never the standard 14)', () => {
    const firstExhibit = exhibitItems(mainOutline)[0]!.page!;
    for (let page = 1; page < firstExhibit; page++) {
      for (const font of pdfFonts(mainFile, page)) {
        expect(font.embedded).toBe(true);
        expect(font.name).toMatch(/^CEUAA[A-C]\+(NotoSans-Regular|NotoSans-Bold|DroidSansFallback)$/);
      }
    }
  });

  it('shrinks a 6000x4000 photo to about 200 dpi and keeps the packet small', async () => {
    const images = pdfImages(mainFile);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(2000);
    const size = (await stat(mainFile)).size;
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });

  it('adds a course description before each certificate of outside credit', () => {
    const outside = mainSource.activities.filter(
      (activity) => activity.approvingBody !== 'AAMA' && activity.id <= mainNames.length,
    );
    expect(outside.length).toBeGreaterThan(0);
    const all = pdfText(mainFile).replace(/\s+/g, ' ');
    for (const activity of outside) expect(all).toContain(activity.description.replace(/\s+/g, ' '));
    const exhibit = exhibitItems(mainOutline).find((item) => item.title.endsWith(outside[0]!.title))!;
    expect(pdfText(mainFile, exhibit.page!)).toContain('Course description');
  });

  it('lists activities not counted, with the reasons', () => {
    const section = mainOutline.find((item) => item.title === 'Activities not counted')!;
    const text = pdfText(mainFile, section.page!).replace(/\s+/g, ' ');
    expect(text).toContain('Old workshop outside the cycle');
    expect(text).toContain('Completed before the cycle started.');
    expect(text).toContain('Partly counted');
    expect(text).toContain('Only 30 points may come from outside providers.');
  });

  it('lists each file in the manifest with its type, size and SHA-256', () => {
    const text = pdfText(mainFile, mainPages - 1) + pdfText(mainFile, mainPages);
    for (const name of ['letter', 'heic', 'bigPhoto'] as const) {
      expect(text).toContain(corpus[name].fileName);
      expect(text).toContain(corpus[name].sha256);
    }
    expect(text).toContain('image/heic');
  });

  it('has the summary table and the attestation', () => {
    const summary = pdfText(mainFile, 2);
    for (const words of [
      'Administrative',
      'Clinical',
      'General',
      'From AAMA-approved providers',
      'Total',
      mainSource.evaluation.confirmNote,
    ]) {
      expect(summary).toContain(words);
    }
    const attestation = mainOutline.find((item) => item.title === 'Attestation')!;
    const text = pdfText(mainFile, attestation.page!).replace(/\s+/g, ' ');
    expect(text).toContain(`I, ${holderName}, attest that`);
    expect(text).toContain('Signature');
  });
});

describe('images and turned pages come out upright', () => {
  it('as 8-bit RGB JPEGs without masks, whatever the source (CMYK, 16-bit, alpha, HEIC, WebP)', () => {
    const images = pdfImages(uprightFile);
    expect(images.length).toBe(uprightNames.filter((name) => !/rotated|landscape|a4/.test(name)).length);
    for (const image of images) {
      expect(image).toMatchObject({ type: 'image', color: 'rgb', bitsPerComponent: 8, encoding: 'jpeg' });
    }
  });

  it.each(uprightNames)('%s: red marker top-left, green marker top-right', async (name) => {
    const exhibit = exhibitItems(uprightOutline).find((item) => item.title.includes(`— ${name} course`));
    expect(exhibit).toBeDefined();
    const { red, green } = await markers(uprightFile, exhibit!.page!, dir);
    expect(red.count).toBeGreaterThan(3);
    expect(green.count).toBeGreaterThan(0);
    expect(red.x).toBeLessThan(0.5);
    expect(red.y).toBeLessThan(0.5);
    expect(green.x).toBeGreaterThan(0.5);
    expect(green.y).toBeLessThan(0.5);
  });
});
