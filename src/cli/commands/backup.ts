import fs from 'node:fs';
import path from 'node:path';
import {
  archiveExtension,
  createBackupArchive,
  type JobStep,
  listSnapshots,
  pruneSnapshots,
  restorePortfolio,
  takeSnapshot,
} from '../../core/backup';
import { dataPaths } from '../../core/data-dir';
import { UserError } from '../../core/errors';
import { backupFolder, loadSettings } from '../../core/settings';
import { dataDirOption, parseCommandArgs } from '../args';
import { chooseDataDir } from '../default-data-dir';
import { acquirePortfolioLock } from '../../core/lock/portfolio-lock';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

/** `ceu backup --out FILE` (one file) or `ceu backup --snapshot [--to FOLDER]`. */
export async function backupCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('backup', args, {
    ...dataDirOption,
    out: { type: 'string' },
    snapshot: { type: 'boolean', default: false },
    to: { type: 'string' },
  });
  if (values.snapshot === (values.out !== undefined))
    throw new UsageError('Give either --out FILE (one backup file) or --snapshot.', 'backup');
  if (values.to !== undefined && !values.snapshot)
    throw new UsageError('--to FOLDER goes with --snapshot.', 'backup');

  if (values.out !== undefined) {
    const out = outFile(values.out);
    return withPortfolio(values['data-dir'], { create: false }, (portfolio) =>
      cancellable(
        'backup',
        async (signal) => {
          const result = await createBackupArchive(portfolio, out, {
            signal,
            onProgress: progressTo(io, 'Backing up'),
          });
          io.endProgress();
          io.out(
            `Saved the backup to ${result.path} (${count(result.certificates, 'certificate')}, ${megabytes(result.size)}).`,
          );
          io.out(`To restore it, on this or another computer: ceu restore ${quote(result.path)}`);
          return 0;
        },
        io,
      ),
    );
  }

  return withPortfolio(values['data-dir'], { create: false }, (portfolio) =>
    cancellable(
      'snapshot',
      async (signal) => {
        const { settings, problem } = loadSettings(portfolio.paths.dataDir);
        if (problem) io.err(`ceu: ${problem}`);
        const folder = values.to
          ? path.resolve(values.to)
          : backupFolder(portfolio.paths.dataDir, settings.backup);
        const result = await takeSnapshot(portfolio, folder, {
          signal,
          onProgress: progressTo(io, 'Taking a snapshot'),
        });
        io.endProgress();
        const pruned = pruneSnapshots(folder, settings.backup, portfolio.now());
        io.out(
          `Took the snapshot ${result.snapshot.name} in ${folder} (${megabytes(result.bytesWritten)} written: ` +
            `the database and ${count(result.certificatesCopied, 'new certificate')}; ` +
            `${count(result.certificatesAlreadyThere, 'certificate')} already there).`,
        );
        if (pruned.removedSnapshots.length > 0)
          io.out(
            `Removed ${count(pruned.removedSnapshots.length, 'older snapshot')} (keeping ${settings.backup.keepDaily} daily and ${settings.backup.keepWeekly} weekly).`,
          );
        return 0;
      },
      io,
    ),
  );
}

/** `ceu backups`: the snapshots in the backup folder, newest first. */
export async function backupsCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('backups', args, {
    ...dataDirOption,
    from: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const dataDir = chooseDataDir(values['data-dir']);
  const { settings, problem } = loadSettings(dataDir);
  if (problem) io.err(`ceu: ${problem}`);
  const folder = values.from ? path.resolve(values.from) : backupFolder(dataDir, settings.backup);
  const snapshots = listSnapshots(folder);
  if (values.json) {
    io.out(JSON.stringify({ folder, snapshots }, null, 2));
    return 0;
  }
  if (snapshots.length === 0) {
    io.out(`There are no snapshots in ${folder} yet. Take one with: ceu backup --snapshot`);
    return 0;
  }
  io.out(`Snapshots in ${folder}, newest first:`);
  for (const s of snapshots)
    io.out(
      `  ${s.name}  ${count(s.certificates, 'certificate').padEnd(16)} ${megabytes(s.size).padStart(9)}  ${s.path}`,
    );
  io.out(`Restore one with: ceu restore SNAPSHOT_FOLDER`);
  return 0;
}

/** `ceu restore FILE|FOLDER`: replaces the portfolio, keeping the one it replaces. */
export async function restoreCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs('restore', args, dataDirOption, 1);
  const source = positionals[0];
  if (!source) throw new UsageError('Give the backup file or snapshot folder to restore.', 'restore');
  const from = path.resolve(source);
  const dataDir = chooseDataDir(values['data-dir']);
  fs.mkdirSync(dataDir, { recursive: true });
  // One writer: the app or another ceu command must not have the portfolio open while it is replaced.
  const lock = await acquirePortfolioLock(dataDir, { holder: 'cli:restore' });
  try {
    return await restoreUnderLock(dataDir, from, io);
  } finally {
    await lock.release();
  }
}

async function restoreUnderLock(dataDir: string, from: string, io: Output): Promise<number> {
  const paths = dataPaths(dataDir);
  if (fs.existsSync(paths.databasePath))
    io.err(
      `Restoring ${from} into ${dataDir}: it replaces portfolio.db and the certificates folder there. ` +
        'They are kept in the "previous" folder there, so this can be undone.',
    );
  else io.err(`Restoring ${from} into ${dataDir}, which has no portfolio yet.`);
  return cancellable(
    'restore',
    async (signal) => {
      const result = await restorePortfolio(dataDir, from, {
        signal,
        onProgress: progressTo(io, 'Restoring'),
      });
      io.endProgress();
      io.out(
        `Restored ${count(result.activities, 'activity', 'activities')} and ${count(result.certificates, 'certificate')} into ${dataDir}.`,
      );
      if (result.replacedDatabase)
        io.out(
          `The portfolio it replaced is in ${result.previousDir}. To go back to it: ceu restore ${quote(result.previousDir)} --data-dir ${quote(dataDir)}`,
        );
      return 0;
    },
    io,
  );
}

/** Runs a job that Ctrl+C cancels (the job then leaves nothing half-written). */
async function cancellable(
  what: string,
  job: (signal: AbortSignal) => Promise<number>,
  io: Output,
): Promise<number> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    return await job(controller.signal);
  } catch (error) {
    io.endProgress();
    if (controller.signal.aborted && !(error instanceof UserError && error.code === 'CANCELLED'))
      throw new UserError('CANCELLED', `The ${what} was cancelled. Nothing was changed.`);
    throw error;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}

function progressTo(io: Output, verb: string): (step: JobStep) => void {
  return (step) =>
    io.progress(`${verb}: ${step.stage}`, step.total > 1 ? `${step.done} of ${step.total}` : undefined);
}

function outFile(out: string): string {
  const file = path.resolve(out.endsWith(archiveExtension) ? out : `${out}${archiveExtension}`);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder))
    throw new UserError(
      'NOT_FOUND',
      `The folder ${folder} does not exist. Create it, or choose another place with --out.`,
    );
  if (fs.existsSync(file) && fs.statSync(file).isDirectory())
    throw new UserError(
      'INVALID_INPUT',
      `${file} is a folder. Give a file name, such as ${path.join(file, `portfolio${archiveExtension}`)}.`,
    );
  return file;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const quote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `"${text}"`);
