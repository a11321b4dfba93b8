/**
 * Packet benchmark: builds a packet of 100 certificates (60 one-page PDFs and 40 phone
 * photos of 3–5 MB) and, in the same run, merges the same 60 PDFs with qpdf as the
 * reference. Prints figures against the targets; never asserts (timings on a shared
 * machine are noisy).
 *
 *   npx tsx scripts/bench-packet.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPacket } from '../src/core/packet';
import type { PacketSource } from '../src/core/packet';
import { certificatePdf } from '../tests/fixtures/certificates/corpus-pdfs';
import { noisyPhoto } from '../tests/fixtures/certificates/corpus-images';
import { cmaPack, credential, holder } from '../tests/core/packet/sample-source';
import type { Activity } from '../src/domain/portfolio';
import type { ActivityStanding, CredentialEvaluation } from '../src/domain/evaluation';

const pdfCount = 60;
const photoCount = 40;
/** Distinct noisy pictures; each is stored several times with a different JPEG comment (distinct files). */
const distinctPhotos = 10;

const targets = { ratio: 2, memoryMb: 1024, packetMb: 40 };

interface BenchFile {
  path: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A JPEG with a comment segment after SOI: the same picture, different bytes. */
function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

async function makeFiles(dir: string): Promise<{ pdfs: BenchFile[]; photos: BenchFile[] }> {
  const pdfs: BenchFile[] = [];
  for (let i = 0; i < pdfCount; i++) {
    const bytes = await certificatePdf(
      [612, 792],
      [
        'Awarded to Jose Nguyen',
        `Continuing education course number ${i + 1}`,
        `${1 + (i % 3)}.0 contact hours`,
      ],
      { useObjectStreams: i % 2 === 0 },
    );
    const file = path.join(dir, `certificate-${i + 1}.pdf`);
    await writeFile(file, bytes);
    pdfs.push({
      path: file,
      fileName: path.basename(file),
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: await sha256(bytes),
    });
  }
  const pictures: Buffer[] = [];
  for (let i = 0; i < distinctPhotos; i++) pictures.push(await noisyPhoto(4000, 3000, 16 + (i % 5) * 2, 86));
  const photos: BenchFile[] = [];
  for (let i = 0; i < photoCount; i++) {
    const bytes = withComment(pictures[i % distinctPhotos]!, `bench photo ${i + 1}`);
    const file = path.join(dir, `photo-${i + 1}.jpg`);
    await writeFile(file, bytes);
    photos.push({
      path: file,
      fileName: path.basename(file),
      mediaType: 'image/jpeg',
      size: bytes.length,
      sha256: await sha256(bytes),
    });
  }
  return { pdfs, photos };
}

function sourceFor(files: BenchFile[]): PacketSource {
  const byHash = new Map(files.map((file) => [file.sha256, file]));
  const categories = ['administrative', 'clinical', 'general'] as const;
  const activities: Activity[] = files.map((file, i) => ({
    id: i + 1,
    title: `Continuing education course ${i + 1}`,
    provider: 'AAMA e-Learning Center',
    providerAddress: '',
    approvingBody: 'AAMA',
    approvalNumber: `AAMA-${2000 + i}`,
    certificateNumber: `C-${i + 1}`,
    kind: 'online_course',
    delivery: 'online',
    completedOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    durationMinutes: 60,
    description: '',
    cost: null,
    notes: '',
    credits: [{ amount: 1, unit: 'aama_ceu', category: categories[i % 3]! }],
    credentialIds: [1],
    certificates: [
      {
        sha256: file.sha256,
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.size,
        addedAt: '2025-01-01T00:00:00Z',
      },
    ],
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  }));
  const standings: ActivityStanding[] = activities.map((activity) => ({
    activityId: activity.id,
    title: activity.title,
    completedOn: activity.completedOn,
    outcome: 'counted',
    earned: 1,
    counted: 1,
    countedByCategory: { [activity.credits[0]!.category]: 1 },
    approvedProvider: true,
    reasons: [],
  }));
  const counted = standings.length;
  const evaluation: CredentialEvaluation = {
    credentialId: 1,
    rulePackId: cmaPack.id,
    rulePackVersion: cmaPack.version,
    credential: 'CMA',
    name: cmaPack.name,
    body: 'AAMA',
    pointName: 'points',
    asOf: '2026-11-24',
    cycle: { start: '2022-01-31', end: '2027-01-31', from: 'certified_on' },
    status: 'complete',
    headline: 'Complete: ready to apply.',
    daysLeft: 68,
    required: 60,
    earned: counted,
    counted,
    stillNeeded: 0,
    categories: categories.map((key) => ({
      key,
      label: key,
      min: 10,
      max: null,
      earned: 1,
      counted: 1,
      stillNeeded: 0,
    })),
    approvedProviders: {
      label: 'AAMA-approved providers',
      min: 30,
      counted,
      stillNeeded: 0,
      outsideLeftOut: 0,
    },
    pace: null,
    activities: standings,
    deadlines: [],
    needs: [],
    fees: [],
    confirmNote: cmaPack.confirmNote,
    source: cmaPack.source,
    lastChecked: cmaPack.lastChecked,
    unverified: [],
  };
  return {
    holder,
    credential,
    pack: cmaPack,
    evaluation,
    activities,
    readCertificate: async (hash) => readFile(byHash.get(hash)!.path),
    preparedOn: '2026-11-24',
    options: { includeNotCounted: true, includeManifest: true, passwords: {}, allowPlaceholders: false },
  };
}

/** Builds a packet, timing each stage from the progress events. */
async function timedBuild(
  source: PacketSource,
): Promise<{ pageCount: number; bytes: Uint8Array; stages: Map<string, number> }> {
  const stages = new Map<string, number>();
  let stage = '';
  let since = performance.now();
  const built = await buildPacket(source, {
    onProgress(progress) {
      if (progress.stage === stage) return;
      const now = performance.now();
      if (stage) stages.set(stage, (stages.get(stage) ?? 0) + now - since);
      stage = progress.stage;
      since = now;
    },
  });
  return { pageCount: built.pageCount, bytes: built.bytes, stages };
}

/** Samples RSS while `run` works; resourceUsage().maxRSS gives the process-wide peak too. */
async function measured<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const value = await run();
    return {
      value,
      ms: performance.now() - started,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

function qpdfMerge(files: BenchFile[], out: string): number {
  const started = performance.now();
  execFileSync('qpdf', ['--empty', '--pages', ...files.map((file) => file.path), '--', out]);
  return performance.now() - started;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

export async function runPacketBench(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ceu-bench-packet-'));
  try {
    console.log(`Packet bench: generating ${pdfCount} one-page PDFs and ${photoCount} photos of 3–5 MB…`);
    const generated = performance.now();
    const { pdfs, photos } = await makeFiles(dir);
    const photoSizes = photos.map((photo) => photo.size);
    console.log(
      `  generated in ${ms(performance.now() - generated)}; photos ${mb(Math.min(...photoSizes))}–${mb(Math.max(...photoSizes))} MB (4000x3000, ${distinctPhotos} distinct pictures)`,
    );

    // Warm up fonts and code paths once so neither side pays first-run costs in its figure.
    await buildPacket(sourceFor(pdfs.slice(0, 2)));
    qpdfMerge(pdfs.slice(0, 2), path.join(dir, 'warm.pdf'));

    const qpdfMs = Math.min(
      qpdfMerge(pdfs, path.join(dir, 'qpdf.pdf')),
      qpdfMerge(pdfs, path.join(dir, 'qpdf.pdf')),
    );
    const qpdfSize = (await stat(path.join(dir, 'qpdf.pdf'))).size;
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await measured(() => timedBuild(sourceFor(pdfs))));
    const pdfOnly = runs.reduce((best, run) => (run.ms < best.ms ? run : best));
    const oursPdfMs = pdfOnly.ms;
    const mergeMs =
      (pdfOnly.value.stages.get('Checking certificates') ?? 0) +
      (pdfOnly.value.stages.get('Adding exhibits') ?? 0);
    const ratio = oursPdfMs / qpdfMs;
    const mergeRatio = mergeMs / qpdfMs;

    const full = await measured(() => timedBuild(sourceFor([...pdfs, ...photos])));
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const packetPath = path.join(dir, 'packet.pdf');
    await writeFile(packetPath, full.value.bytes);

    console.log('');
    console.log(`  Merge of the same ${pdfCount} PDFs (the PDF part of the packet)`);
    console.log(`    qpdf --empty --pages:   ${ms(qpdfMs)}  (${mb(qpdfSize)} MB)`);
    console.log(
      `    our whole packet:       ${ms(oursPdfMs)}  (${pdfOnly.value.pageCount} pages: cover, summary, log, manifest, fonts, outline, save)`,
    );
    console.log(`      of which reading and placing the 60 PDFs: ${ms(mergeMs)}`);
    for (const [stage, time] of pdfOnly.value.stages) console.log(`      stage ${stage}: ${ms(time)}`);
    console.log(
      `    ratio, whole packet / qpdf:     ${ratio.toFixed(2)}x   target ≤ ${targets.ratio}x: ${verdict(ratio <= targets.ratio)}`,
    );
    console.log(
      `    ratio, PDF placing only / qpdf: ${mergeRatio.toFixed(2)}x   target ≤ ${targets.ratio}x: ${verdict(mergeRatio <= targets.ratio)}`,
    );
    console.log(`  Full packet: ${pdfCount} PDFs + ${photoCount} photos`);
    console.log(`    time:                   ${ms(full.ms)}  (${full.value.pageCount} pages)`);
    for (const [stage, time] of full.value.stages) console.log(`      stage ${stage}: ${ms(time)}`);
    console.log(
      `    packet size:            ${mb(full.value.bytes.length)} MB   target < ${targets.packetMb} MB: ${verdict(full.value.bytes.length / 2 ** 20 < targets.packetMb)}`,
    );
    console.log(
      `    peak memory:            ${full.peakRssMb.toFixed(0)} MB RSS sampled, ${maxRssMb.toFixed(0)} MB maxRSS (whole run)   target < ${targets.memoryMb} MB: ${verdict(Math.max(full.peakRssMb, maxRssMb) < targets.memoryMb)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /bench-packet\.[cm]?[jt]s$/.test(process.argv[1])) {
  runPacketBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
