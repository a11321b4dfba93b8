import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PacketProblemsError, buildPacket, checkCertificates, writePacket } from '../../../src/core/packet';
import type { JobProgress } from '../../../src/domain/job';
import { makeCorpus, secretText, userPassword } from '../../fixtures/certificates/make-corpus';
import type { Corpus, CorpusName } from '../../fixtures/certificates/make-corpus';
import { filesIn, pdfPageCount, pdfText, qpdfCheck } from './pdf-tools';
import { defaultActivities, makeSource } from './sample-source';

let dir: string;
let corpus: Corpus;

const broken: CorpusName[] = ['truncated', 'zeroByte', 'notAPdf', 'truncatedJpeg', 'userPassword'];
const readable: CorpusName[] = ['letter', 'aes256', 'rc4', 'aes128', 'orientation6', 'heic', 'webp'];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ceu-packet-problems-'));
  corpus = await makeCorpus(dir);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function emptyDir(name: string): Promise<string> {
  const target = path.join(dir, name);
  await mkdir(target, { recursive: true });
  return target;
}

describe('certificates that cannot be read', () => {
  it('are each reported once with a reason, and readable ones (owner-encrypted included) are not', async () => {
    const source = makeSource(corpus, defaultActivities([...readable, ...broken]));
    const problems = await checkCertificates(source);
    expect(problems.map((problem) => problem.fileName).sort()).toEqual(
      broken.map((name) => corpus[name].fileName).sort(),
    );
    const by = (name: CorpusName) =>
      problems.find((problem) => problem.certificateSha256 === corpus[name].sha256)!;
    expect(by('truncated').reason).toMatch(/incomplete/i);
    expect(by('zeroByte').reason).toMatch(/empty/i);
    expect(by('notAPdf').reason).toMatch(/neither a PDF nor an image/i);
    expect(by('truncatedJpeg').reason).toMatch(/damaged or incomplete/i);
    expect(by('userPassword')).toMatchObject({ needsPassword: true });
    expect(by('userPassword').reason).toMatch(/password/i);
    for (const problem of problems.filter((p) => p.certificateSha256 !== corpus.userPassword.sha256))
      expect(problem.needsPassword).toBe(false);
    expect(by('truncated').activityTitle).toMatch(/^truncated course/);
  });

  it('say so when the password given is wrong, and pass when it is right', async () => {
    const wrong = makeSource(corpus, defaultActivities(['userPassword']), {
      passwords: { [corpus.userPassword.sha256]: 'not-it' },
    });
    const [problem] = await checkCertificates(wrong);
    expect(problem).toMatchObject({ needsPassword: true });
    expect(problem!.reason).toMatch(/password given .* not correct/i);
    const right = makeSource(corpus, defaultActivities(['userPassword']), {
      passwords: { [corpus.userPassword.sha256]: userPassword },
    });
    expect(await checkCertificates(right)).toEqual([]);
  });

  it('a password given for an owner-only PDF does no harm', async () => {
    const source = makeSource(corpus, defaultActivities(['aes256']), {
      passwords: { [corpus.aes256.sha256]: 'whatever' },
    });
    expect(await checkCertificates(source)).toEqual([]);
  });

  it('stop the build with PacketProblemsError, and writePacket writes nothing', async () => {
    const source = makeSource(corpus, defaultActivities([...readable, ...broken]));
    const error = await buildPacket(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PacketProblemsError);
    expect((error as PacketProblemsError).problems).toHaveLength(broken.length);
    const target = await emptyDir('refused');
    await expect(writePacket(path.join(target, 'packet.pdf'), source)).rejects.toBeInstanceOf(
      PacketProblemsError,
    );
    expect(await filesIn(target)).toEqual([]);
  });

  it('become placeholder pages that say which certificate is missing and why, when allowed', async () => {
    const source = makeSource(corpus, defaultActivities([...readable, ...broken]), {
      allowPlaceholders: true,
    });
    const built = await buildPacket(source);
    expect(built.problems).toHaveLength(broken.length);
    const file = path.join(dir, 'placeholders.pdf');
    await writeFile(file, built.bytes);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text.match(/Certificate not included/g)).toHaveLength(broken.length);
    for (const name of broken) {
      expect(text).toContain(`File: ${corpus[name].fileName}`);
      expect(text).toContain(corpus[name].sha256);
    }
    expect(text).toContain('protected with a password');
    expect(text).toContain(secretText.aes256);
    // Never silent: the cover and the list after the log name every placeholder, and the
    // log marks the credit whose proof is missing.
    const open = Number(/EXPORTED WITH (\d+) OPEN ITEMS/.exec(text)?.[1]);
    expect(open).toBeGreaterThanOrEqual(broken.length);
    for (const name of broken) {
      const line = `Placeholder page instead of the certificate “${corpus[name].fileName}”`;
      expect(text.split(line).length - 1, name).toBeGreaterThanOrEqual(1);
    }
    expect(text).toContain('Open items');
    expect(text).toContain('Certificate missing: a placeholder page stands in its exhibit');
  });
});

describe('building', () => {
  it('gives byte-for-byte the same file for the same inputs and date', async () => {
    const names: CorpusName[] = [
      'letter',
      'aes128',
      'rotated90',
      'orientation3',
      'heic',
      'pngAlpha',
      'formField',
    ];
    const first = await buildPacket(makeSource(corpus, defaultActivities(names)));
    const second = await buildPacket(makeSource(corpus, defaultActivities(names)));
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(second.bytes))).toBe(0);
    const other = makeSource(corpus, defaultActivities(names));
    other.preparedOn = '2026-11-25';
    const third = await buildPacket(other);
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(third.bytes))).not.toBe(0);
  });

  it('reports progress that only moves forward and ends complete', async () => {
    const events: JobProgress[] = [];
    await buildPacket(makeSource(corpus, defaultActivities(readable)), {
      onProgress: (progress) => events.push(progress),
    });
    expect(events.length).toBeGreaterThan(readable.length);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
    const last = events[events.length - 1]!;
    expect(last.done).toBe(last.total);
    const stages = new Set(events.map((event) => event.stage));
    expect(stages).toContain('Checking certificates');
    expect(stages).toContain('Adding exhibits');
  });

  it('can be cancelled part way, with an AbortError, leaving no file behind', async () => {
    const controller = new AbortController();
    const source = makeSource(corpus, defaultActivities(readable));
    const target = await emptyDir('cancelled');
    let progressAfterAbort = 0;
    const promise = writePacket(path.join(target, 'packet.pdf'), source, {
      signal: controller.signal,
      onProgress(progress) {
        if (controller.signal.aborted) progressAfterAbort += 1;
        if (progress.stage === 'Adding exhibits' && progress.done > readable.length + 2) controller.abort();
      },
    });
    const error = await promise.catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(progressAfterAbort).toBeLessThanOrEqual(1);
    expect(await filesIn(target)).toEqual([]);
  });

  it('can be cancelled while certificates are being checked', async () => {
    const controller = new AbortController();
    let progressAfterAbort = 0;
    const error = await buildPacket(makeSource(corpus, defaultActivities(readable)), {
      signal: controller.signal,
      onProgress(progress) {
        if (controller.signal.aborted) progressAfterAbort += 1;
        if (progress.stage === 'Checking certificates' && progress.done >= 2) controller.abort();
      },
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(progressAfterAbort).toBe(0);
  });

  it('reads several certificates at once, yet gives the same problems and bytes as one at a time', async () => {
    const names = [...readable, ...broken];
    const byHash = new Map(Object.values(corpus).map((file) => [file.sha256, file.bytes]));
    let reading = 0;
    let mostAtOnce = 0;
    // Each file takes its own time, so reads finish in another order than they started.
    const slowly = async (sha256: string) => {
      reading += 1;
      mostAtOnce = Math.max(mostAtOnce, reading);
      await new Promise((resolve) => setTimeout(resolve, parseInt(sha256.slice(0, 2), 16) % 23));
      reading -= 1;
      return byHash.get(sha256)!;
    };
    const options = { allowPlaceholders: true };
    const slow = await buildPacket(makeSource(corpus, defaultActivities(names), options, slowly));
    const fast = await buildPacket(makeSource(corpus, defaultActivities(names), options));
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(4);
    expect(Buffer.compare(Buffer.from(slow.bytes), Buffer.from(fast.bytes))).toBe(0);
    expect(slow.problems).toEqual(fast.problems);
    const checked = await checkCertificates(makeSource(corpus, defaultActivities(names), {}, slowly));
    expect(checked).toEqual(fast.problems);
  });

  it('rejects at once when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await buildPacket(makeSource(corpus, defaultActivities(readable)), {
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
  });

  it('stops early for a preview when maxPages is reached', async () => {
    const names: CorpusName[] = ['twentyPages', 'letter', 'a4', 'landscape'];
    const full = await buildPacket(makeSource(corpus, defaultActivities(names)));
    const preview = await buildPacket(makeSource(corpus, defaultActivities(names)), { maxPages: 8 });
    expect(preview.pageCount).toBeLessThan(full.pageCount);
    expect(preview.pageCount).toBeGreaterThanOrEqual(8);
  });

  it('carries the exhibit label onto every page of a long course description', async () => {
    const source = makeSource(corpus, [{ title: 'Outside CPR course', files: ['letter'], approved: false }]);
    source.activities[0]!.description = 'Adult, child and infant CPR, AED use and choking relief. '.repeat(
      120,
    );
    const file = path.join(dir, 'long-description.pdf');
    const built = await buildPacket(source);
    await writeFile(file, built.bytes);
    const pages = Array.from({ length: built.pageCount }, (_, i) => pdfText(file, i + 1));
    const labelled = pages.filter((text) => text.includes('Exhibit 1 — Outside CPR course'));
    // The description runs over two pages, then the certificate: all three carry the label.
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    expect(pages.some((text) => text.includes('Course description (continued)'))).toBe(true);
  });

  it('writes the file in place of an old one, with nothing temporary left over', async () => {
    const target = await emptyDir('written');
    const file = path.join(target, 'packet.pdf');
    await writeFile(file, 'old contents');
    const written = await writePacket(file, makeSource(corpus, defaultActivities(['letter', 'webp'])));
    expect(written.path).toBe(file);
    expect(await filesIn(target)).toEqual(['packet.pdf']);
    const bytes = await readFile(file);
    expect(bytes.length).toBe(written.size);
    expect(pdfPageCount(file)).toBe(written.pageCount);
  });
});
