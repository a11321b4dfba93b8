/**
 * `npm run bench -- intake`: field-by-field accuracy of certificate reading on the corpus
 * in scripts/reading-corpus (text PDFs and photos made from the same certificates), the
 * share of high-confidence values that are wrong, and the time per file next to
 * `pdftotext` and the `tesseract` program. Prints figures; asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCertificateFile } from '../src/core/reading/read-certificate';
import { corpusCertificates, type Truth } from './reading-corpus/certificates';
import { writeCorpus } from './reading-corpus/make-corpus';

const fieldNames: (keyof Truth)[] = [
  'holderName',
  'title',
  'provider',
  'completedOn',
  'credits',
  'durationMinutes',
  'approvingBody',
  'approvalNumber',
  'certificateNumber',
  'kind',
];

interface Tally {
  right: number;
  total: number;
  high: number;
  highWrong: number;
  perField: Record<string, { right: number; total: number }>;
}

const newTally = (): Tally => ({
  right: 0,
  total: 0,
  high: 0,
  highWrong: 0,
  perField: Object.fromEntries(fieldNames.map((f) => [f, { right: 0, total: 0 }])),
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function available(program: string): boolean {
  return spawnSync('which', [program]).status === 0;
}

export async function runIntakeBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-intake-'));
  const certificates = corpusCertificates();
  const files = await writeCorpus(dir, certificates);
  const tallies = { pdf: newTally(), photo: newTally() };
  const times = {
    pdf: [] as number[],
    photo: [] as number[],
    pdftotext: [] as number[],
    tesseract: [] as number[],
  };
  const misses: string[] = [];
  for (const file of files) {
    const truth = certificates.find((c) => c.id === file.id)!.truth;
    const started = performance.now();
    const read = await readCertificateFile(file.path);
    times[file.type].push(performance.now() - started);
    const tally = tallies[file.type];
    for (const name of fieldNames) {
      const field = read.fields[name];
      const right = JSON.stringify(field?.value ?? null) === JSON.stringify(truth[name]);
      tally.total += 1;
      tally.perField[name]!.total += 1;
      if (right) {
        tally.right += 1;
        tally.perField[name]!.right += 1;
      } else
        misses.push(
          `${path.basename(file.path)} ${name}: read ${JSON.stringify(field?.value ?? null)}, true ${JSON.stringify(truth[name])}`,
        );
      if (field && field.confidence >= 0.9) {
        tally.high += 1;
        if (!right) tally.highWrong += 1;
      }
    }
  }
  if (available('pdftotext')) {
    for (const file of files.filter((f) => f.type === 'pdf')) {
      const started = performance.now();
      execFileSync('pdftotext', ['-layout', file.path, '-']);
      times.pdftotext.push(performance.now() - started);
    }
  }
  if (available('tesseract')) {
    for (const file of files.filter((f) => f.type === 'photo')) {
      const started = performance.now();
      execFileSync('tesseract', [file.path, '-', '-l', 'eng'], { stdio: ['ignore', 'pipe', 'ignore'] });
      times.tesseract.push(performance.now() - started);
    }
  }

  console.log(
    `\nCertificate reading (${files.length} files: ${times.pdf.length} text PDFs, ${times.photo.length} photos)`,
  );
  for (const type of ['pdf', 'photo'] as const) {
    const t = tallies[type];
    const goal = type === 'pdf' ? 95 : 85;
    console.log(
      `  ${type === 'pdf' ? 'Text PDFs' : 'Photos'}: ${pct(t.right, t.total)} of fields right (goal ≥ ${goal}%)`,
    );
    for (const name of fieldNames) {
      const f = t.perField[name]!;
      console.log(`    ${name.padEnd(18)} ${pct(f.right, f.total).padStart(6)}  (${f.right}/${f.total})`);
    }
    console.log(
      `    confidence ≥ 0.9 but wrong: ${pct(t.highWrong, t.high)} of ${t.high} values (goal < 2%)`,
    );
  }
  const pdfMedian = median(times.pdf);
  const photoMedian = median(times.photo);
  const pdftotext = median(times.pdftotext);
  const tesseract = median(times.tesseract);
  console.log(
    `  Text PDF read, median: ${pdfMedian.toFixed(1)} ms` +
      (times.pdftotext.length
        ? `; pdftotext ${pdftotext.toFixed(1)} ms (ratio ${(pdfMedian / pdftotext).toFixed(2)}×, goal ≤ 3×)`
        : '; pdftotext not installed'),
  );
  console.log(
    `  Photo OCR, median: ${photoMedian.toFixed(0)} ms` +
      (times.tesseract.length
        ? `; tesseract ${tesseract.toFixed(0)} ms (ratio ${(photoMedian / tesseract).toFixed(2)}×, goal ≤ 1.5×)`
        : '; tesseract program not installed'),
  );
  if (process.env.CEU_BENCH_VERBOSE === '1') for (const miss of misses) console.log(`    miss: ${miss}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
