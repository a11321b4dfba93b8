/**
 * Backup benchmark, side by side with the standard tools on the same files:
 *   - a .ceubackup archive of a portfolio with 300 certificates (~500 MB of random,
 *     incompressible bytes in minimal PDF wrappers) vs `tar -cf` of the data folder;
 *   - a restore with full verification vs `tar -xf` + `sha256sum -c`;
 *   - the daily snapshot after adding 3 activities: bytes written and time;
 *   - peak memory (max RSS) of each of our jobs, each run in a process of its own.
 * Targets: archive ≤ 1.5× tar, restore ≤ 2× tar + sha256sum, snapshot < 1 s, peak < 300 MB.
 * Prints, never asserts. The portfolio is generated once into the temp folder and reused.
 *
 *   npx tsx scripts/bench-backup.ts      or      npm run bench -- backup
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBackupArchive, restorePortfolio, takeSnapshot } from '../src/core/backup';
import { Portfolio } from '../src/core/portfolio';
import { addCourse } from '../tests/core/backup/backup-fixtures';

const certificateCount = 300;
const totalBytes = 500 * 1024 * 1024;
const runs = 3;
const targets = { archive: 1.5, restore: 2, snapshotMs: 1000, memoryMb: 300 };
const cache = path.join(os.tmpdir(), 'ceu-bench-backup');
const here = fileURLToPath(import.meta.url);
const tsx = path.resolve(path.dirname(here), '..', 'node_modules', '.bin', 'tsx');

function pdfAround(bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    bytes,
    Buffer.from('\n%%EOF\n'),
  ]);
}

/** The portfolio, made once: 300 certificates of 0.6–2.8 MB, ~500 MB in all. */
function portfolioDir(): string {
  const dir = path.join(cache, 'portfolio');
  if (fs.existsSync(path.join(cache, 'done'))) return dir;
  fs.rmSync(cache, { recursive: true, force: true });
  console.log(`Making the portfolio (once) in ${dir}…`);
  const portfolio = Portfolio.open({ dataDir: dir });
  const mean = totalBytes / certificateCount;
  for (let i = 1; i <= certificateCount; i++) {
    const size = Math.round(mean * (0.4 + 1.2 * (((i * 7919) % 300) / 299)));
    addCourse(portfolio, i, pdfAround(crypto.randomBytes(size)));
  }
  portfolio.close();
  const lines = fs
    .readdirSync(path.join(dir, 'certificates'))
    .map((name) => `${name}  certificates/${name}\n`);
  fs.writeFileSync(path.join(cache, 'SHA256SUMS'), lines.join(''));
  fs.writeFileSync(path.join(cache, 'done'), '');
  return dir;
}

/** One job in a process of its own: prints its time and its peak memory as JSON. */
async function child(op: string, args: string[]): Promise<void> {
  const start = performance.now();
  let extra: Record<string, number> = {};
  if (op === 'archive') {
    const portfolio = Portfolio.open({ dataDir: args[0]! });
    await createBackupArchive(portfolio, args[1]!);
    portfolio.close();
  } else if (op === 'restore') {
    await restorePortfolio(args[0]!, args[1]!);
  } else if (op === 'snapshot') {
    const portfolio = Portfolio.open({ dataDir: args[0]! });
    const seed = Number(args[2]);
    for (let i = 0; i < 3; i++)
      addCourse(portfolio, 10_000 + seed * 3 + i, pdfAround(crypto.randomBytes(1_700_000)));
    const t = performance.now();
    const result = await takeSnapshot(portfolio, args[1]!, { now: new Date(Date.UTC(2027, 0, 1 + seed)) });
    extra = {
      snapshotMs: performance.now() - t,
      bytesWritten: result.bytesWritten,
      copied: result.certificatesCopied,
    };
    portfolio.close();
  }
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra })}\n`,
  );
}

function runChild(op: string, args: string[]): { ms: number; maxRssMb: number; [k: string]: number } {
  const r = spawnSync(tsx, [here, '--child', op, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${op} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; maxRssMb: number };
}

function timed(command: string, args: string[], cwd?: string): number {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${command} failed`);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function runBackupBench(): Promise<void> {
  const dir = portfolioDir();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-bench-backup-run-'));
  try {
    const bytes = fs
      .readdirSync(path.join(dir, 'certificates'))
      .reduce((s, n) => s + fs.statSync(path.join(dir, 'certificates', n)).size, 0);
    console.log(
      `\nBackup: ${certificateCount} certificates, ${(bytes / 1024 / 1024).toFixed(0)} MB; median of ${runs} runs, ours in a process of its own`,
    );
    const archive = path.join(work, 'p.ceubackup');
    const ours = { archive: [] as number[], restore: [] as number[], rss: [] as number[] };
    const ref = { archive: [] as number[], archiveSynced: [] as number[], restore: [] as number[] };
    for (let run = 0; run < runs; run++) {
      fs.rmSync(archive, { force: true });
      const a = runChild('archive', [dir, archive]);
      ours.archive.push(a.ms);
      ours.rss.push(a.maxRssMb);
      const tarFile = path.join(work, 'p.tar');
      fs.rmSync(tarFile, { force: true });
      ref.archive.push(timed('tar', ['-cf', tarFile, '-C', dir, 'portfolio.db', 'certificates']));
      // Ours fsyncs the file before renaming it into place; tar leaves it in the page cache.
      fs.rmSync(tarFile, { force: true });
      ref.archiveSynced.push(
        timed('sh', [
          '-c',
          'tar -cf "$1" -C "$2" portfolio.db certificates && sync "$1"',
          'sh',
          tarFile,
          dir,
        ]),
      );

      const into = path.join(work, `restored-${run}`);
      const r = runChild('restore', [into, archive]);
      ours.restore.push(r.ms);
      ours.rss.push(r.maxRssMb);
      fs.rmSync(into, { recursive: true, force: true });
      const out = path.join(work, `extracted-${run}`);
      fs.mkdirSync(out);
      ref.restore.push(
        timed('tar', ['-xf', tarFile, '-C', out]) +
          timed('sha256sum', ['--quiet', '-c', path.join(cache, 'SHA256SUMS')], out),
      );
      fs.rmSync(out, { recursive: true, force: true });
    }
    const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
    console.log(
      `  archive   ours ${f(median(ours.archive))} (hashed, fsynced)   tar -cf ${f(median(ref.archive))}   ratio ${ratio(ours.archive, ref.archive)}x (target <= ${targets.archive}x)`,
    );
    console.log(
      `            tar -cf + sync FILE ${f(median(ref.archiveSynced))}   ratio ${ratio(ours.archive, ref.archiveSynced)}x (the same durability as ours)`,
    );
    console.log(
      `  restore   ours ${f(median(ours.restore))} (every SHA-256, integrity_check)   tar -xf + sha256sum -c ${f(median(ref.restore))}   ratio ${ratio(ours.restore, ref.restore)}x (target <= ${targets.restore}x)`,
    );

    // Daily snapshot: a first one into a fresh backup folder, then 3 activities later.
    const copy = path.join(work, 'portfolio');
    fs.cpSync(dir, copy, { recursive: true });
    const backups = path.join(work, 'backups');
    const first = runChild('snapshot', [copy, backups, '0']);
    ours.rss.push(first.maxRssMb);
    const daily: { snapshotMs: number; bytesWritten: number; copied: number }[] = [];
    for (let day = 1; day <= runs; day++) {
      const d = runChild('snapshot', [copy, backups, String(day)]) as unknown as (typeof daily)[number] & {
        maxRssMb: number;
      };
      daily.push(d);
      ours.rss.push(d.maxRssMb);
    }
    const mid = median(daily.map((d) => d.snapshotMs));
    const written = median(daily.map((d) => d.bytesWritten));
    console.log(
      `  first snapshot ${f(first.snapshotMs!)} (${(first.bytesWritten! / 1024 / 1024).toFixed(0)} MB written)`,
    );
    console.log(
      `  daily snapshot after 3 activities: ${f(mid)} (target < 1 s), ${(written / 1024 / 1024).toFixed(1)} MB written, ${daily[0]!.copied} certificates copied`,
    );
    console.log(
      `  peak memory (max RSS of our processes): ${Math.max(...ours.rss).toFixed(0)} MB (target < ${targets.memoryMb} MB)`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!, process.argv.slice(4)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv[1] === here) {
  runBackupBench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
