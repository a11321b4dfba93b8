import fs from 'node:fs';
import path from 'node:path';
import { userError } from '../errors';
import { type JobOptions, stopIfCancelled } from './job';
import { backupFileWhere, folderWhere } from './manifest';
import { unpackArchive } from './read-archive';
import {
  completeSwap,
  finishInterruptedRestore,
  stagingPrefix,
  type SwapStep,
  writeJournal,
} from './restore-journal';
import { snapshotName } from './snapshot-names';
import { stageFolder } from './stage-folder';
import { type StagedFacts, verifyStaged } from './verify-staged';

export interface RestoreOptions extends JobOptions {
  nativeBinding?: string;
  now?: Date;
  /** Called before each step that changes the data folder: tests stop the process there. */
  onStep?: (step: SwapStep | 'stage') => void;
}

export interface RestoreResult extends StagedFacts {
  /**
   * Where the portfolio that was replaced now is (`<dataDir>/previous/<time>/`, holding
   * portfolio.db and certificates/). To undo the restore, restore from this folder.
   */
  previousDir: string;
  /** Whether there was a portfolio to replace. */
  replacedDatabase: boolean;
}

/**
 * Replaces the portfolio in `dataDir` with a backup: a `.ceubackup` file, a snapshot
 * folder, or a plain portfolio folder (such as a `previous/<time>/` folder, which is how
 * a restore is undone). The restored database is the same database: ids and timestamps
 * are kept, unlike an import.
 *
 * PRECONDITION: the caller holds the folder lock (acquirePortfolioLock) and has closed
 * every Portfolio open on `dataDir`; reopen it only after this returns.
 *
 * Everything is unpacked into a staging folder inside `dataDir` and checked first; a
 * problem, a cancel or a crash before the swap leaves the portfolio as it was. The swap
 * itself is journaled (see restore-journal.ts), so a crash during it is completed by
 * finishInterruptedRestore, which the owner calls before opening the portfolio.
 */
export async function restorePortfolio(
  dataDir: string,
  source: string,
  job: RestoreOptions = {},
): Promise<RestoreResult> {
  const { signal } = job;
  const from = path.resolve(source);
  finishInterruptedRestore(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  stopIfCancelled(signal, 'restore');
  const sourceStat = fs.statSync(from, { throwIfNoEntry: false });
  if (!sourceStat) throw userError('NOT_FOUND', { key: 'backupErrors.noSuchBackup', values: { from } });
  job.onStep?.('stage');
  const staging = fs.mkdtempSync(path.join(dataDir, stagingPrefix));
  let facts: StagedFacts;
  try {
    const where = sourceStat.isDirectory() ? folderWhere(from) : backupFileWhere(from);
    if (sourceStat.isDirectory()) await stageFolder(from, staging, job);
    else await unpackArchive(from, staging, job);
    stopIfCancelled(signal, 'restore');
    job.onProgress?.({ done: 0, total: 1, stage: 'Checking the database' });
    facts = verifyStaged(staging, where, job.nativeBinding);
    stopIfCancelled(signal, 'restore');
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (signal?.aborted) throw userError('CANCELLED', { key: 'backupErrors.restoreCancelled' });
    throw error;
  }

  // From here on the restore no longer stops for a cancel: the swap takes a moment.
  const now = job.now ?? new Date();
  const previous = freePreviousName(dataDir, now);
  const replacedDatabase = fs.existsSync(path.join(dataDir, 'portfolio.db'));
  const journal = { staging: path.basename(staging), previous };
  job.onStep?.('write-journal');
  writeJournal(dataDir, journal);
  job.onProgress?.({ done: 0, total: 1, stage: 'Replacing the portfolio' });
  completeSwap(dataDir, journal, job.onStep);
  return { ...facts, previousDir: path.join(dataDir, previous), replacedDatabase };
}

function freePreviousName(dataDir: string, now: Date): string {
  for (let attempt = 1; ; attempt++) {
    const name = `previous/${snapshotName(now, attempt)}`;
    if (!fs.existsSync(path.join(dataDir, name))) return name;
  }
}
