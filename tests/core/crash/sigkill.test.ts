import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../src/core/portfolio';
import { restorePortfolio } from '../../../src/core/backup';
import { exportPortfolio } from '../../../src/core/exchange';
import { loadSamplePortfolio } from '../../../src/core/sample';
import { defaultSampleDir } from '../../../src/core/sample/default-sample-dir';
import { removeTempDirs, tempDir } from '../fixtures';

/**
 * Writers killed with SIGKILL at random moments (a fixed seed, a bounded number of
 * rounds): after each kill the portfolio opens, passes SQLite's integrity check, holds
 * every record the writer reported saved, and no file sits half-written under a final
 * name (every file named by a hash has exactly those bytes).
 */
const root = path.resolve(__dirname, '../../..');
const child = path.join(__dirname, 'crash-child.ts');
const rounds = 6;

afterAll(() => removeTempDirs());

/** A small seeded generator (mulberry32): the same kill times on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the writer, waits until it is working, lets it run `ms`, then kills it. Returns what it reported. */
async function runAndKill(args: string[], ms: number): Promise<string[]> {
  // Node itself with tsx's loader: the tsx command would run the script in a grandchild
  // that a kill of the command does not reach.
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  const started = Date.now();
  while (!out.includes('ready\n')) {
    if (proc.exitCode !== null) throw new Error(`The writer stopped before it started: ${err}`);
    if (Date.now() - started > 60_000) throw new Error('The writer did not start within a minute.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, ms));
  proc.kill('SIGKILL');
  await exited;
  expect(err, 'the writer failed on its own before it was killed').toBe('');
  // A line cut by the kill was not reported whole: only complete lines count.
  return out
    .split('\n')
    .slice(0, -1)
    .filter((line) => line !== 'ready');
}

/** The checks every kill must pass. */
function checkIntact(dataDir: string): Portfolio {
  const db = new Database(path.join(dataDir, 'portfolio.db'), { readonly: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
  const certificates = path.join(dataDir, 'certificates');
  for (const name of fs.readdirSync(certificates)) {
    if (!/^[0-9a-f]{64}$/.test(name)) continue;
    const actual = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(certificates, name)))
      .digest('hex');
    expect(actual, `certificates/${name} holds exactly the bytes its name promises`).toBe(name);
  }
  return Portfolio.open({ dataDir });
}

describe('writers killed at random moments', () => {
  it('keep every activity and certificate they reported saved', async () => {
    const random = seeded(20261204);
    const dataDir = tempDir('ceu-kill-save-');
    const reported = new Map<number, string>();
    for (let round = 0; round < rounds; round++) {
      for (const line of await runAndKill([dataDir, 'save'], 150 + Math.floor(random() * 900))) {
        const [word, id, sha] = line.split(' ');
        expect(word).toBe('saved');
        reported.set(Number(id), sha!);
      }
      const portfolio = checkIntact(dataDir);
      try {
        const byId = new Map(portfolio.listActivities().map((a) => [a.id, a]));
        for (const [id, sha] of reported) {
          expect(
            byId.get(id)?.certificates.map((c) => c.sha256),
            `activity ${id}`,
          ).toEqual([sha]);
          expect(fs.existsSync(portfolio.certificates.pathOf(sha))).toBe(true);
        }
      } finally {
        portfolio.close();
      }
    }
    expect(reported.size).toBeGreaterThan(0);
  });

  it('import all of a file or none of it', async () => {
    const random = seeded(42);
    // A portfolio file with the sample's 21 activities and 22 certificates.
    const source = Portfolio.open({ dataDir: tempDir('ceu-kill-source-') });
    await loadSamplePortfolio(source, defaultSampleDir());
    const exported = await exportPortfolio(source, tempDir('ceu-kill-export-'));
    source.close();
    const file = exported.path;
    const perImport = 21;

    const dataDir = tempDir('ceu-kill-import-');
    let imports = 0;
    for (let round = 0; round < rounds; round++) {
      imports += (await runAndKill([dataDir, 'import', file], 200 + Math.floor(random() * 1500))).length;
      const portfolio = checkIntact(dataDir);
      try {
        const count = portfolio.listActivities().length;
        expect(count % perImport, 'no import is left half-done').toBe(0);
        expect(count).toBeGreaterThanOrEqual(imports * perImport);
      } finally {
        portfolio.close();
      }
    }
  });

  it('write a backup file whole or not at all, never half a file under its name', async () => {
    const random = seeded(99);
    const source = Portfolio.open({ dataDir: tempDir('ceu-kill-backup-') });
    await loadSamplePortfolio(source, defaultSampleDir());
    const dataDir = source.paths.dataDir;
    source.close();
    const target = path.join(tempDir('ceu-kill-backup-out-'), 'portfolio.ceubackup');
    for (let round = 0; round < rounds; round++) {
      await runAndKill([dataDir, 'backup', target], 100 + Math.floor(random() * 700));
      // Whatever is under the final name restores completely.
      if (fs.existsSync(target)) {
        const restored = tempDir('ceu-kill-backup-check-');
        await restorePortfolio(restored, target);
        const check = Portfolio.open({ dataDir: restored });
        expect(check.listActivities()).toHaveLength(21);
        check.close();
      }
      checkIntact(dataDir).close();
    }
    // At least one backup finished in all those rounds, and was checked above.
    expect(fs.existsSync(target)).toBe(true);
  });

  it('move to the trash and back without losing the activity', async () => {
    const random = seeded(7);
    const dataDir = tempDir('ceu-kill-trash-');
    const portfolio = Portfolio.open({ dataDir });
    const credential = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    portfolio.saveActivity({
      title: 'Kept through it all',
      provider: 'Crash test provider',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2025-05-01',
      credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
      credentialIds: [credential.id],
    });
    portfolio.close();
    for (let round = 0; round < rounds; round++) {
      await runAndKill([dataDir, 'trash'], 100 + Math.floor(random() * 600));
      const after = checkIntact(dataDir);
      try {
        const trash = after.listTrash();
        // Either in the list or in the trash: never gone.
        expect(after.listActivities().length + trash.activities.length).toBe(1);
        for (const trashed of trash.activities) after.restoreFromTrash({ kind: 'activity', id: trashed.id });
      } finally {
        after.close();
      }
    }
  });
});
