import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquirePortfolioLock, readLockHolder } from '../../../src/core/lock/portfolio-lock';
import { Portfolio } from '../../../src/core/portfolio';
import { ceu, root } from '../../cli/run-cli';
import { removeTempDirs, tempDir } from '../fixtures';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  removeTempDirs();
});

/** Starts a process that takes the lock, and resolves once it holds it. */
async function holdLock(dataDir: string, holder: string, releaseAfterMs?: number): Promise<ChildProcess> {
  const args = [path.join(__dirname, 'hold-lock.ts'), dataDir, holder];
  if (releaseAfterMs !== undefined) args.push(String(releaseAfterMs));
  // node --import tsx: one process, so its pid is the holder's and SIGKILL reaches it.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  return child;
}

function portfolioDir(): string {
  const dataDir = path.join(tempDir(), 'portfolio');
  Portfolio.open({ dataDir }).close();
  return dataDir;
}

describe('one writer per portfolio', () => {
  it('refuses a ceu write while the app has the portfolio open, naming the app; reads still work', async () => {
    const dataDir = portfolioDir();
    await holdLock(dataDir, 'app');

    const write = ceu(['sample', '--data-dir', dataDir]);
    expect(write.code).toBe(1);
    expect(write.stderr.trim()).toBe(
      'ceu: CEU Portfolio (the app) has this portfolio open; close it and try again.',
    );
    const read = ceu(['status', '--data-dir', dataDir]);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
  }, 60_000);

  it('refuses ceu restore while the app has the portfolio open, changing nothing', async () => {
    const dataDir = portfolioDir();
    const backup = path.join(tempDir(), 'backup.ceubackup');
    expect(ceu(['backup', '--data-dir', dataDir, '--out', backup]).code).toBe(0);
    await holdLock(dataDir, 'app');
    const restore = ceu(['restore', backup, '--data-dir', dataDir]);
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim()).toBe(
      'ceu: CEU Portfolio (the app) has this portfolio open; close it and try again.',
    );
    expect(fs.existsSync(path.join(dataDir, 'previous'))).toBe(false);
  }, 60_000);

  it('names the other ceu command and its process when it does not finish in time', async () => {
    const dataDir = portfolioDir();
    const holder = await holdLock(dataDir, 'cli:import');
    const write = ceu(['sample', '--data-dir', dataDir]);
    expect(write.code).toBe(1);
    expect(write.stderr.trim()).toBe(
      `ceu: Another ceu command (import, pid ${holder.pid}) is writing to this portfolio; wait for it to finish and try again.`,
    );
  }, 60_000);

  it('lets a second ceu writer wait for the first instead of interleaving', async () => {
    const dataDir = portfolioDir();
    await holdLock(dataDir, 'cli:import', 1500);
    const write = ceu(['sample', '--data-dir', dataDir]);
    expect(write.stderr).toBe('');
    expect(write.code).toBe(0);
    expect(readLockHolder(dataDir)).toBeNull();
  }, 60_000);

  it('recovers the lock of a holder killed without a chance to release it', async () => {
    const dataDir = portfolioDir();
    const holder = await holdLock(dataDir, 'app');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));

    // The dead holder stops refreshing the lock; within seconds it counts as abandoned.
    let lock = null;
    for (let attempt = 0; attempt < 100 && lock === null; attempt++) {
      lock = await acquirePortfolioLock(dataDir, { holder: 'cli:test', waitMs: 0 }).catch(
        (error: unknown) => {
          expect((error as { code?: string }).code).toBe('PORTFOLIO_IN_USE');
          return new Promise<null>((resolve) => setTimeout(() => resolve(null), 200));
        },
      );
    }
    expect(lock).not.toBeNull();
    expect(readLockHolder(dataDir)).toMatchObject({ holder: 'cli:test', pid: process.pid });
    await lock!.release();
  }, 60_000);
});
