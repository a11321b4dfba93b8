import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupArchive, finishInterruptedRestore } from '../../../src/core/backup';
import { removeTempDirs, tempDir } from '../fixtures';
import { addActivities, allRows, certificateFiles, makePortfolio, openAt } from './backup-fixtures';

afterAll(removeTempDirs);

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Where the child kills itself, in the order restorePortfolio reaches them. */
const beforeTheSwap = ['stage', 'unpacking', 'write-journal'];
const duringTheSwap = [
  'move-old-database',
  'move-old-certificates',
  'move-new-database',
  'move-new-certificates',
  'remove-journal',
];

describe('a restore killed part-way', () => {
  let archive: string;
  let newRows: Record<string, unknown[]>;
  let newFiles: Record<string, string>;
  let oldRows: Record<string, unknown[]>;
  let oldFiles: Record<string, string>;
  let template: string;

  beforeAll(async () => {
    const source = path.join(tempDir(), 'source');
    makePortfolio(source, 6);
    archive = path.join(tempDir(), 'b.ceubackup');
    const portfolio = openAt(source);
    await createBackupArchive(portfolio, archive);
    portfolio.close();
    newRows = allRows(source);
    newFiles = certificateFiles(source);

    template = path.join(tempDir(), 'old');
    const old = openAt(template);
    addActivities(old, 50, 3);
    old.close();
    oldRows = allRows(template);
    oldFiles = certificateFiles(template);
  });

  function killedAt(step: string): string {
    const dataDir = path.join(tempDir(), 'portfolio');
    fs.cpSync(template, dataDir, { recursive: true });
    const child = spawnSync(tsx, [path.join(__dirname, 'restore-child.ts'), dataDir, archive, step], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    // tsx runs the script in a process of its own and passes its death on as a signal or as 128 + 9.
    expect({ signal: child.signal, status: child.status, stderr: child.stderr }).toMatchObject(
      child.signal ? { signal: 'SIGKILL' } : { status: 137, stderr: '' },
    );
    expect(child.stdout).toBe('');
    return dataDir;
  }

  it.each(beforeTheSwap)(
    'before the swap (at %s) leaves the old portfolio, openable with all its records',
    (step) => {
      const dataDir = killedAt(step);
      expect(allRows(dataDir)).toEqual(oldRows);
      const finished = finishInterruptedRestore(dataDir);
      expect(finished.completed).toBe(false);
      expect(finished.discarded).toBe(step === 'stage' ? 0 : 1);
      // (-wal and -shm are there from reading the database above.)
      expect(
        fs
          .readdirSync(dataDir)
          .filter((n) => !n.startsWith('portfolio.db-'))
          .sort(),
      ).toEqual(['certificates', 'portfolio.db']);
      const portfolio = openAt(dataDir);
      expect(portfolio.listActivities()).toHaveLength(3);
      portfolio.close();
      expect(allRows(dataDir)).toEqual(oldRows);
      expect(certificateFiles(dataDir)).toEqual(oldFiles);
    },
  );

  it.each(duringTheSwap)(
    'during the swap (at %s) is completed by finishInterruptedRestore, the old one kept whole',
    (step) => {
      const dataDir = killedAt(step);
      const finished = finishInterruptedRestore(dataDir);
      expect(finished).toEqual({
        completed: true,
        previousDir: path.join(dataDir, 'previous', '2026-12-04T100000Z'),
        discarded: 0,
      });
      expect(fs.readdirSync(dataDir).sort()).toEqual(['certificates', 'portfolio.db', 'previous']);
      const portfolio = openAt(dataDir);
      expect(portfolio.listActivities()).toHaveLength(6);
      portfolio.close();
      expect(allRows(dataDir)).toEqual(newRows);
      expect(certificateFiles(dataDir)).toEqual(newFiles);
      expect(allRows(finished.previousDir!)).toEqual(oldRows);
      expect(certificateFiles(finished.previousDir!)).toEqual(oldFiles);
      // Nothing left to do the second time.
      expect(finishInterruptedRestore(dataDir)).toEqual({ completed: false, discarded: 0 });
    },
  );
});
