import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { userError } from '../errors';
import { syncDirectory, writeFileAtomic } from '../write-file-atomic';

/**
 * The swap at the end of a restore, made safe against a crash at any point. Before the
 * first file moves, `restore-journal.json` records the staging folder (already fully
 * checked) and where the current portfolio goes. Every step below can be run again: a
 * step's condition is whether the staged file is still waiting, so re-running after a
 * crash picks up exactly where it stopped. Without a journal, a staging folder is
 * leftover of a restore that never reached the swap, and is simply removed.
 */
export const journalName = 'restore-journal.json';
export const stagingPrefix = '.restore-';

const journalSchema = z.object({
  staging: z.string().regex(/^\.restore-[A-Za-z0-9]+$/),
  previous: z.string().regex(/^previous\/[0-9TZ-]+$/),
});
export type RestoreJournal = z.infer<typeof journalSchema>;

/** The steps that change the data folder, in order (tests stop the process at each). */
export type SwapStep =
  | 'write-journal'
  | 'move-old-wal'
  | 'move-old-shm'
  | 'move-old-database'
  | 'move-old-certificates'
  | 'move-new-database'
  | 'move-new-certificates'
  | 'remove-journal';

export function writeJournal(dataDir: string, journal: RestoreJournal): void {
  writeFileAtomic(path.join(dataDir, journalName), JSON.stringify(journal));
}

export function completeSwap(
  dataDir: string,
  journal: RestoreJournal,
  onStep: (step: SwapStep) => void = () => {},
): void {
  const staging = path.join(dataDir, journal.staging);
  const previous = path.join(dataDir, journal.previous);
  const stagedDb = path.join(staging, 'portfolio.db');
  const stagedCertificates = path.join(staging, 'certificates');
  fs.mkdirSync(previous, { recursive: true });
  const moveOut = (name: string, step: SwapStep) => {
    if (!fs.existsSync(path.join(dataDir, name))) return;
    onStep(step);
    fs.renameSync(path.join(dataDir, name), path.join(previous, name));
  };
  // Old files move out only while their replacement is still staged: once the new one
  // is in place, the file under that name is the new one and must stay.
  if (fs.existsSync(stagedDb)) {
    moveOut('portfolio.db-wal', 'move-old-wal');
    moveOut('portfolio.db-shm', 'move-old-shm');
    moveOut('portfolio.db', 'move-old-database');
  }
  if (fs.existsSync(stagedCertificates)) moveOut('certificates', 'move-old-certificates');
  syncDirectory(previous);
  if (fs.existsSync(stagedDb)) {
    onStep('move-new-database');
    fs.renameSync(stagedDb, path.join(dataDir, 'portfolio.db'));
  }
  if (fs.existsSync(stagedCertificates)) {
    onStep('move-new-certificates');
    fs.renameSync(stagedCertificates, path.join(dataDir, 'certificates'));
  }
  // A restore into a folder with no portfolio had nothing to keep.
  removeIfEmpty(previous);
  removeIfEmpty(path.dirname(previous));
  syncDirectory(dataDir);
  onStep('remove-journal');
  fs.rmSync(path.join(dataDir, journalName), { force: true });
  fs.rmSync(staging, { recursive: true, force: true });
  syncDirectory(dataDir);
}

export interface InterruptedRestore {
  /** A restore had passed its checks and has now been completed. */
  completed: boolean;
  /** Where that restore kept the portfolio it replaced. */
  previousDir?: string;
  /** Leftover staging folders of restores stopped before the swap, now removed. */
  discarded: number;
}

/**
 * Call before opening a Portfolio on `dataDir` (the app at start-up and before reopening
 * after a restore; the CLI before every command), while holding the folder lock. Finishes
 * a restore that was stopped during its swap, or removes what a restore stopped earlier
 * left behind. Cheap when there is nothing to do (one directory listing).
 */
export function finishInterruptedRestore(dataDir: string): InterruptedRestore {
  const result: InterruptedRestore = { completed: false, discarded: 0 };
  if (!fs.existsSync(dataDir)) return result;
  const journalFile = path.join(dataDir, journalName);
  let journal: RestoreJournal | null = null;
  if (fs.existsSync(journalFile)) {
    const parsed = journalSchema.safeParse(safeJson(fs.readFileSync(journalFile, 'utf8')));
    if (!parsed.success) {
      throw userError('DATABASE_DAMAGED', {
        key: 'backupErrors.journalDamaged',
        values: { dataDir, journal: journalName, previous: path.join(dataDir, 'previous') },
      });
    }
    journal = parsed.data;
    completeSwap(dataDir, journal);
    result.completed = true;
    result.previousDir = path.join(dataDir, journal.previous);
  }
  for (const entry of fs.readdirSync(dataDir)) {
    if (!entry.startsWith(stagingPrefix) || entry === journal?.staging) continue;
    fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    result.discarded++;
  }
  return result;
}

function removeIfEmpty(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
