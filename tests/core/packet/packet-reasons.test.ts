import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PacketProblemsError, buildPacket, checkCertificates } from '../../../src/core/packet';
import type { CertificateProblem, PacketSource } from '../../../src/core/packet';
import { UserError } from '../../../src/core/errors';
import {
  CertificateReadError,
  describeReadError,
  reasons,
} from '../../../src/core/packet/certificate-errors';
import { translator } from '../../../src/domain/i18n/translator';
import { makeDamagedCorpus, survivorText } from '../../fixtures/certificates/corpus-damaged';
import type { DamagedName } from '../../fixtures/certificates/corpus-damaged';
import { makeCorpus } from '../../fixtures/certificates/make-corpus';
import type { Corpus, CorpusFile, CorpusName } from '../../fixtures/certificates/make-corpus';
import { pdfText, qpdfCheck } from './pdf-tools';
import { makeSource } from './sample-source';

/**
 * Every reason a holder sees for an unreadable certificate is plain words: what is wrong
 * and what to do, never a program's error text.
 */

let dir: string;
let corpus: Corpus;
let damaged: Record<DamagedName, CorpusFile>;

/** Each damaged file, and the reason it must get. */
const expected: Record<Exclude<DamagedName, 'missingTrailer' | 'brokenXref'>, string> = {
  pdfCutOff: reasons.pdfCutOff,
  garbageAfterHeader: reasons.pdfPageListDamaged,
  garbageAfterHeaderUnended: reasons.pdfCutOff,
  brokenPageTree: reasons.pdfPageListDamaged,
  pageTreeNotATree: reasons.pdfPageListDamaged,
  pageMissing: reasons.pdfNoPages,
  unreadablePageContent: reasons.pdfPageUnreadable,
  jpegCutOff: reasons.imageDamaged,
  jpegHeaderOnly: reasons.imageDamaged,
  jpegSignatureThenGarbage: reasons.imageDamaged,
  heicGarbage: reasons.heicDamaged,
  heicBoxesGarbled: reasons.heicDamaged,
  heicCutOff: reasons.heicDamaged,
  wordDocument: reasons.notReadable,
};
const unreadable = Object.keys(expected) as Array<keyof typeof expected>;

/** Program text that must never reach the holder. */
const programText = [
  /undefined/i,
  /\bnull\b/,
  /NaN/,
  /Cannot read/i,
  /TypeError|RangeError|SyntaxError/,
  /Error:/,
  /\bError\b/,
  /instance of/i,
  /is not a function/i,
  /ENOENT|EACCES|errno/i,
  /\bat \S+ \(/, // a stack frame
  /\.[cm]?[jt]s:\d+/, // a source position
  /\[object /,
  /Vips|libheif|heif_|pdf-lib/i,
  /\/tmp\/|\\Users\\/, // a path
];

/** What to do: every reason tells the holder their next step. */
const nextStep = /download|scan|photograph|take the photo|type (it|the password)|attach|ask the provider/i;

function expectPlainWords(reason: string): void {
  for (const pattern of programText) expect(reason, `"${reason}" contains ${pattern}`).not.toMatch(pattern);
  expect(reason).toMatch(nextStep);
  expect(reason).toMatch(/[.)]$/);
}

function damagedFile(name: string, bytes: Uint8Array): CorpusFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    name,
    path: '',
    bytes,
    sha256,
    fileName: `${name}.bin`,
    mediaType: 'application/octet-stream',
    size: bytes.length,
  };
}

function sourceWith(names: DamagedName[], options: Partial<PacketSource['options']> = {}): PacketSource {
  const files = { ...corpus, ...damaged } as unknown as Corpus;
  return makeSource(
    files,
    names.map((name) => ({ title: `${name} course`, files: [name as unknown as CorpusName] })),
    options,
  );
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ceu-packet-reasons-'));
  corpus = await makeCorpus(dir);
  const made = await makeDamagedCorpus();
  damaged = Object.fromEntries(
    Object.entries(made).map(([name, bytes]) => [name, damagedFile(name, bytes)]),
  ) as Record<DamagedName, CorpusFile>;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reasons for damaged certificates', () => {
  it('name what is wrong in plain words, with what to do, for every kind of damage', async () => {
    const problems = await checkCertificates(sourceWith(unreadable));
    const by = new Map<string, CertificateProblem>(problems.map((problem) => [problem.fileName, problem]));
    for (const name of unreadable) {
      const problem = by.get(`${name}.bin`);
      expect(problem, `${name} should be reported`).toBeDefined();
      expect(problem!.reason, name).toBe(expected[name]);
      expect(problem!.needsPassword).toBe(false);
    }
    expect(problems).toHaveLength(unreadable.length);
  });

  it('every reason the packet can give is plain words', () => {
    for (const reason of Object.values(reasons)) expectPlainWords(reason);
  });

  it('an unexpected program error becomes the general reason, not its text', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'Pages')");
    const general = { reason: reasons.unknown, reasonCode: 'unknown', needsPassword: false };
    expect(describeReadError(error)).toEqual(general);
    expect(describeReadError('raw string')).toEqual(general);
  });

  it('each reason carries its catalog key, so the window can say it in Spanish', () => {
    const error = new CertificateReadError(reasons.pdfCutOff);
    expect(describeReadError(error)).toMatchObject({ reasonCode: 'pdfCutOff' });
    expect(translator('es')('unreadable.pdfCutOff')).toMatch(/^El PDF está incompleto/);
  });

  it('say the file is missing from the store without the file system’s error', async () => {
    const source = sourceWith(['pdfCutOff']);
    source.readCertificate = async (sha256) => {
      const error = new Error(`ENOENT: no such file or directory, open '/tmp/ceu/certificates/${sha256}'`);
      throw Object.assign(error, { code: 'ENOENT' });
    };
    const [problem] = await checkCertificates(source);
    expect(problem!.reason).toBe(reasons.missingFromStore);
  });

  it('pass on the certificate store’s own words, which are already written for the holder', async () => {
    const source = sourceWith(['pdfCutOff']);
    const words = 'The certificate file 0a1b2c3d4e5f… has been changed or damaged on disk. Attach it again.';
    source.readCertificate = async () => {
      throw new UserError('NOT_FOUND', words);
    };
    const [problem] = await checkCertificates(source);
    expect(problem!.reason).toBe(words);
  });

  it('PDFs with a broken cross-reference table or no trailer are repaired and go in', async () => {
    const source = sourceWith(['missingTrailer', 'brokenXref']);
    expect(await checkCertificates(source)).toEqual([]);
    const file = path.join(dir, 'repaired.pdf');
    await writeFile(file, (await buildPacket(source)).bytes);
    const text = pdfText(file);
    expect(text).toContain(survivorText.missingTrailer);
    expect(text).toContain(survivorText.brokenXref);
  });

  it('placeholder pages and the refusal carry the same plain words', async () => {
    const refused = await buildPacket(sourceWith(['garbageAfterHeader'])).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(PacketProblemsError);
    expect((refused as Error).message).toContain(reasons.pdfPageListDamaged);
    expect((refused as Error).message).not.toMatch(/undefined|Cannot read/);

    const built = await buildPacket(sourceWith(unreadable, { allowPlaceholders: true }));
    expect(built.problems).toHaveLength(unreadable.length);
    for (const problem of built.problems) expectPlainWords(problem.reason);
    const file = path.join(dir, 'placeholders.pdf');
    await writeFile(file, built.bytes);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text.match(/Certificate not included/g)).toHaveLength(unreadable.length);
    for (const pattern of programText.slice(0, 11)) expect(text).not.toMatch(pattern);
    expect(text).toContain('Download the certificate again from the provider, or scan the paper copy');
  });
});
