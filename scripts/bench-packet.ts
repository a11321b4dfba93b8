/**
 * Packet benchmark. Side by side, each the median of several runs:
 *   - qpdf --empty --pages merging 60 one-page certificate PDFs (the reference);
 *   - our "PDF merge only": a packet of just those 60 PDFs with the minimal sections
 *     (cover, summary, activity log, attestation; no manifest, no "not counted");
 *   - preparing each photo's page image at intake (one photo at a time, as they are added);
 *   - our full packet of 100 certificates (the 60 PDFs and 40 phone photos of 3–5 MB, about
 *     12 megapixels) the old way, decoding every photo, and from the images prepared at
 *     intake; each run in a process of its own so its peak memory is the build's alone.
 * Targets: PDF merge within 2x of qpdf, the full packet from prepared images ≤ 1.5 s, peak
 * memory < 1 GB, packet < 40 MB. Prints, never asserts: timings on a shared machine are
 * noisy, so run it when `uptime` shows the machine quiet, a few times, and take the median.
 *
 *   npx tsx scripts/bench-packet.ts      or      npm run bench -- packet
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildPacket } from '../src/core/packet';
import type { PacketSource } from '../src/core/packet';
import { PreparedImageStore } from '../src/core/certificates/prepared-images';
import { certificatePdf } from '../tests/fixtures/certificates/corpus-pdfs';
import { noisyPhoto } from '../tests/fixtures/certificates/corpus-images';
import { cmaPack, credential, holder } from '../tests/core/packet/sample-source';
import type { Activity } from '../src/domain/portfolio';
import type { ActivityStanding, CredentialEvaluation } from '../src/domain/evaluation';

const pdfCount = 60;
const photoCount = 40;
/** Distinct noisy pictures; each is stored several times with a different JPEG comment (distinct files). */
const distinctPhotos = 10;

const targets = { ratio: 2, memoryMb: 1024, packetMb: 40, fromPreparedMs: 1500 };
/** Runs of qpdf and of our PDF merge, taken in turns so both see the same load. */
const mergeRuns = 15;
const warmUpRuns = 20;
/** Full packets of each kind (decoding photos, from prepared images), taken in turns. */
const fullRuns = 5;

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
  return createHash('sha256').update(bytes).digest('hex');
}

export async function makePdfs(dir: string): Promise<BenchFile[]> {
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
  return pdfs;
}

/** Stored as the certificate store keeps them (certificates/<sha256>), where prepared images look for their original. */
async function makePhotos(dir: string): Promise<BenchFile[]> {
  const pictures: Buffer[] = [];
  for (let i = 0; i < distinctPhotos; i++) pictures.push(await noisyPhoto(4000, 3000, 16 + (i % 5) * 2, 86));
  const photos: BenchFile[] = [];
  mkdirSync(certificatesDir(dir), { recursive: true });
  for (let i = 0; i < photoCount; i++) {
    const bytes = withComment(pictures[i % distinctPhotos]!, `bench photo ${i + 1}`);
    const hash = await sha256(bytes);
    const file = path.join(certificatesDir(dir), hash);
    await writeFile(file, bytes);
    photos.push({
      path: file,
      fileName: `photo-${i + 1}.jpg`,
      mediaType: 'image/jpeg',
      size: bytes.length,
      sha256: hash,
    });
  }
  return photos;
}

const certificatesDir = (dir: string) => path.join(dir, 'certificates');
const preparedImagesDir = (dir: string) => path.join(dir, 'prepared-images');

/** The intake step: each photo's page image made and kept, one photo at a time; ms per photo. */
async function prepareAtIntake(dir: string, photos: BenchFile[]): Promise<number[]> {
  const store = new PreparedImageStore(preparedImagesDir(dir), certificatesDir(dir));
  const times: number[] = [];
  for (const photo of photos) {
    // At intake the bytes are in hand: the store has just written them.
    const bytes = readFileSync(photo.path);
    const started = performance.now();
    await store.prepare(photo.sha256, bytes, 'image');
    times.push(performance.now() - started);
  }
  return times;
}

export function sourceFor(files: BenchFile[], minimal = false, preparedIn?: string): PacketSource {
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
    // As the certificate store reads for the packet (readSync): at once, and checked against its hash.
    readCertificate: (hash) => {
      const bytes = readFileSync(byHash.get(hash)!.path);
      if (createHash('sha256').update(bytes).digest('hex') !== hash)
        throw new Error(`${hash} changed on disk`);
      return bytes;
    },
    ...(preparedIn
      ? { preparedImages: new PreparedImageStore(preparedImagesDir(preparedIn), certificatesDir(preparedIn)) }
      : {}),
    preparedOn: '2026-11-24',
    options: {
      includeNotCounted: !minimal,
      includeManifest: !minimal,
      passwords: {},
      allowPlaceholders: false,
    },
  };
}

interface TimedBuild {
  ms: number;
  pageCount: number;
  size: number;
  stages: Record<string, number>;
}

/** Builds a packet, timing the whole and each stage (from the progress events). */
async function timedBuild(source: PacketSource): Promise<TimedBuild> {
  const stages: Record<string, number> = {};
  let stage = '';
  const started = performance.now();
  let since = started;
  const built = await buildPacket(source, {
    onProgress(progress) {
      if (progress.stage === stage) return;
      const now = performance.now();
      if (stage) stages[stage] = (stages[stage] ?? 0) + now - since;
      stage = progress.stage;
      since = now;
    },
  });
  return { ms: performance.now() - started, pageCount: built.pageCount, size: built.bytes.length, stages };
}

/**
 * qpdf's own time, as bash's `time` measures it: spawning from this (large) process
 * would add the cost of forking it, which has nothing to do with merging.
 */
function qpdfMerge(files: BenchFile[], out: string): number {
  const result = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT=%3R; time qpdf --empty --pages "$@" -- "$0"', out, ...files.map((file) => file.path)],
    { encoding: 'utf8' },
  );
  const seconds = Number(/([\d.]+)\s*$/.exec(result.stderr)?.[1]);
  if (result.status !== 0 || !Number.isFinite(seconds)) throw new Error(`qpdf failed: ${result.stderr}`);
  return seconds * 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function medianStages(builds: TimedBuild[]): Array<[string, number]> {
  return Object.keys(builds[0]!.stages).map((stage) => [
    stage,
    median(builds.map((b) => b.stages[stage] ?? 0)),
  ]);
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

/** This file, to run the full packet again in a process of its own. */
function thisScript(): string {
  if (typeof __filename === 'string') return __filename;
  return fileURLToPath(import.meta.url);
}

const childFlag = '--full-packet-in-child';

/** How a full packet gets its photos: decoding each original (before), or the images prepared at intake. */
type PhotoPath = 'decode' | 'prepared';

/** In the child: one warm-up, then the full packet; prints the figures as JSON. */
async function fullPacketChild(manifest: string, photoPath: PhotoPath): Promise<void> {
  const files = JSON.parse(await readFile(manifest, 'utf8')) as BenchFile[];
  const preparedIn = photoPath === 'prepared' ? path.dirname(manifest) : undefined;
  await buildPacket(sourceFor(files.slice(0, 2)));
  const build = await timedBuild(sourceFor(files, false, preparedIn));
  const maxRssMb = peakMemoryMb();
  process.stdout.write(JSON.stringify({ ...build, maxRssMb }));
}

/**
 * This process's own peak memory. On Linux, getrusage's maxRSS survives exec: a child
 * spawned from the bench (which holds the photos it made) would report the bench's size.
 * VmHWM belongs to this address space alone.
 */
function peakMemoryMb(): number {
  try {
    const kb = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // Not Linux: maxRSS is this process's own there.
  }
  return process.resourceUsage().maxRSS / 1024;
}

function fullPacketInChild(manifest: string, photoPath: PhotoPath): TimedBuild & { maxRssMb: number } {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, thisScript(), childFlag, manifest, photoPath],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  return JSON.parse(output.slice(output.indexOf('{'))) as TimedBuild & { maxRssMb: number };
}

/** The kept images' names and times: a packet from prepared images must leave them as they were. */
function keptImages(dir: string): string {
  const folder = preparedImagesDir(dir);
  return readdirSync(folder)
    .sort()
    .map((name) => `${name}@${statSync(path.join(folder, name)).mtimeMs}`)
    .join(',');
}

export async function runPacketBench(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ceu-bench-packet-'));
  try {
    console.log(
      `Packet bench: ${pdfCount} one-page PDFs merged by qpdf and by us, then packets of ${pdfCount + photoCount} certificates…`,
    );
    // The PDF merge is measured before the photos are made, so that making them (both
    // cores busy for a while) does not weigh on the figures.
    const pdfs = await makePdfs(dir);

    // The first builds in a process pay for compiling the code and parsing the fonts, once
    // per session in the app: shown apart, then both sides are measured warmed up.
    const firstBuild = await timedBuild(sourceFor(pdfs, true));
    for (let i = 0; i < warmUpRuns; i++) {
      qpdfMerge(pdfs, path.join(dir, 'warm.pdf'));
      await buildPacket(sourceFor(pdfs, true));
    }

    const load = os.loadavg()[0]!.toFixed(2);
    const qpdfTimes: number[] = [];
    const merges: TimedBuild[] = [];
    for (let i = 0; i < mergeRuns; i++) {
      qpdfTimes.push(qpdfMerge(pdfs, path.join(dir, 'qpdf.pdf')));
      merges.push(await timedBuild(sourceFor(pdfs, true)));
    }
    const qpdfSize = (await readFile(path.join(dir, 'qpdf.pdf'))).length;

    console.log(`  making ${photoCount} photos of 3–5 MB for the full packet…`);
    const photos = await makePhotos(dir);
    const photoSizes = photos.map((photo) => photo.size);
    console.log(
      `  photos ${mb(Math.min(...photoSizes))}–${mb(Math.max(...photoSizes))} MB (4000x3000, ${distinctPhotos} distinct pictures)`,
    );
    console.log(`  preparing each photo's page image at intake, one at a time…`);
    const intakeTimes = await prepareAtIntake(dir, photos);
    const keptBefore = keptImages(dir);
    const keptSizes = readdirSync(preparedImagesDir(dir)).map(
      (name) => statSync(path.join(preparedImagesDir(dir), name)).size,
    );
    const manifest = path.join(dir, 'files.json');
    await writeFile(manifest, JSON.stringify([...pdfs, ...photos]));
    const decoded: Array<TimedBuild & { maxRssMb: number }> = [];
    const fromPrepared: Array<TimedBuild & { maxRssMb: number }> = [];
    for (let i = 0; i < fullRuns; i++) {
      decoded.push(fullPacketInChild(manifest, 'decode'));
      fromPrepared.push(fullPacketInChild(manifest, 'prepared'));
    }
    const keptUntouched = keptImages(dir) === keptBefore;

    const qpdfMs = median(qpdfTimes);
    const mergeMs = median(merges.map((build) => build.ms));
    const fullMs = median(decoded.map((build) => build.ms));
    const preparedMs = median(fromPrepared.map((build) => build.ms));
    const intakeMs = median(intakeTimes);
    const ratio = mergeMs / qpdfMs;
    const merge = merges[0]!;
    const full = decoded[0]!;
    const fast = fromPrepared[0]!;
    const peak = (builds: Array<{ maxRssMb: number }>) => Math.max(...builds.map((build) => build.maxRssMb));
    const peakMb = Math.max(peak(decoded), peak(fromPrepared));
    const row = (name: string, time: string, vs: string, pages: number, size: number, note = '') =>
      console.log(
        `  ${name.padEnd(42)}${time.padStart(9)}${vs.padStart(9)}${String(pages).padStart(7)}${`${mb(size)} MB`.padStart(10)}  ${note}`,
      );

    console.log('');
    console.log(
      `  Medians of ${mergeRuns} runs (qpdf and our merge in turns) and of ${fullRuns} full packets of each kind (in turns); load average ${load} when starting, ${os.loadavg()[0]!.toFixed(2)} at the end`,
    );
    console.log(
      `  ${''.padEnd(42)}${'time'.padStart(9)}${'vs qpdf'.padStart(9)}${'pages'.padStart(7)}${'size'.padStart(10)}`,
    );
    row(`qpdf --empty --pages, ${pdfCount} PDFs`, ms(qpdfMs), '1.00x', pdfCount, qpdfSize);
    row(
      `ours, PDF merge only (${pdfCount} PDFs)`,
      ms(mergeMs),
      `${ratio.toFixed(2)}x`,
      merge.pageCount,
      merge.size,
      `target ≤ ${targets.ratio}x: ${verdict(ratio <= targets.ratio)}`,
    );
    console.log(
      `  intake: one photo's page image prepared and kept: median ${ms(intakeMs)} per photo (${ms(Math.min(...intakeTimes))}–${ms(Math.max(...intakeTimes))}, ${photoCount} photos one at a time); kept images ${mb(Math.min(...keptSizes))}–${mb(Math.max(...keptSizes))} MB`,
    );
    row(
      `full packet, photos decoded (before)`,
      ms(fullMs),
      `${(fullMs / qpdfMs).toFixed(0)}x`,
      full.pageCount,
      full.size,
      `size target < ${targets.packetMb} MB: ${verdict(full.size / 2 ** 20 < targets.packetMb)}`,
    );
    row(
      `full packet, prepared at intake (after)`,
      ms(preparedMs),
      `${(preparedMs / qpdfMs).toFixed(0)}x`,
      fast.pageCount,
      fast.size,
      `goal ≤ ${targets.fromPreparedMs / 1000} s: ${verdict(preparedMs <= targets.fromPreparedMs)} (${(preparedMs / targets.fromPreparedMs).toFixed(2)} of the goal; ${(fullMs / preparedMs).toFixed(1)}x faster than decoding)`,
    );
    console.log(
      `  (${pdfCount} PDFs + ${photoCount} photos of ${mb(Math.min(...photoSizes))}–${mb(Math.max(...photoSizes))} MB; both packets the same size: ${fast.size === full.size ? 'yes' : 'NO'}; kept images left as they were by every build from them: ${keptUntouched ? 'yes' : 'NO'})`,
    );
    console.log(
      `  peak memory of a full-packet build (its own process, peak RSS): ${peak(decoded).toFixed(0)} MB decoding photos, ${peak(fromPrepared).toFixed(0)} MB from prepared images   target < ${targets.memoryMb} MB: ${verdict(peakMb < targets.memoryMb)}`,
    );
    console.log(`  where the time goes (medians):`);
    console.log(
      `    PDF merge:   ${medianStages(merges)
        .map(([stage, time]) => `${stage} ${ms(time)}`)
        .join(' · ')}`,
    );
    console.log(
      `    full packet, photos decoded:   ${medianStages(decoded)
        .map(([stage, time]) => `${stage} ${ms(time)}`)
        .join(' · ')}`,
    );
    console.log(
      `    full packet, prepared images:  ${medianStages(fromPrepared)
        .map(([stage, time]) => `${stage} ${ms(time)}`)
        .join(' · ')}`,
    );
    console.log(
      `    the first PDF merge in a fresh process (compiling code, parsing fonts): ${ms(firstBuild.ms)}`,
    );
    console.log(
      `    qpdf fastest ${ms(Math.min(...qpdfTimes))}, our merge fastest ${ms(Math.min(...merges.map((b) => b.ms)))} (${(Math.min(...merges.map((b) => b.ms)) / Math.min(...qpdfTimes)).toFixed(2)}x)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf(childFlag);
if (child >= 0) {
  fullPacketChild(process.argv[child + 1]!, process.argv[child + 2] as PhotoPath).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[1] && /bench-packet\.[cm]?[jt]s$/.test(process.argv[1])) {
  runPacketBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
