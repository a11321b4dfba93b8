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
import { UserError, userError } from '../../core/errors';
import { backupFolder, loadSettings } from '../../core/settings';
import { stageWords } from '../../domain/i18n/stage-words';
import { dataDirOption, parseCommandArgs } from '../args';
import { chooseDataDir } from '../default-data-dir';
import { acquirePortfolioLock } from '../../core/lock/portfolio-lock';
import { withPortfolio } from '../open-portfolio';
import { say } from '../language';
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
    throw new UsageError(say('cli.backup.outOrSnapshot'), 'backup');
  if (values.to !== undefined && !values.snapshot)
    throw new UsageError(say('cli.backup.toWithSnapshot'), 'backup');

  if (values.out !== undefined) {
    const out = outFile(values.out);
    return withPortfolio(values['data-dir'], { create: false }, (portfolio) =>
      cancellable(
        'backup',
        async (signal) => {
          const result = await createBackupArchive(portfolio, out, {
            signal,
            onProgress: progressTo(io, say('cli.backup.backingUp')),
          });
          io.endProgress();
          io.out(
            say('cli.backup.saved', {
              path: result.path,
              count: result.certificates,
              size: megabytes(result.size),
            }),
          );
          io.out(say('cli.backup.restoreHint', { path: quote(result.path) }));
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
          onProgress: progressTo(io, say('cli.backup.takingSnapshot')),
        });
        io.endProgress();
        const pruned = pruneSnapshots(folder, settings.backup, portfolio.now());
        io.out(
          say('cli.backup.snapshotTaken', {
            name: result.snapshot.name,
            folder,
            size: megabytes(result.bytesWritten),
            copied: result.certificatesCopied,
            there: result.certificatesAlreadyThere,
          }),
        );
        if (pruned.removedSnapshots.length > 0)
          io.out(
            say('cli.backup.pruned', {
              count: pruned.removedSnapshots.length,
              daily: settings.backup.keepDaily,
              weekly: settings.backup.keepWeekly,
            }),
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
    io.out(say('cli.backup.noSnapshots', { folder }));
    return 0;
  }
  io.out(say('cli.backup.snapshotsIn', { folder }));
  for (const s of snapshots)
    io.out(
      `  ${s.name}  ${say('cli.backup.certificates', { count: s.certificates }).padEnd(16)} ${megabytes(s.size).padStart(9)}  ${s.path}`,
    );
  io.out(say('cli.backup.restoreOne'));
  return 0;
}

/** `ceu restore FILE|FOLDER`: replaces the portfolio, keeping the one it replaces. */
export async function restoreCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs('restore', args, dataDirOption, 1);
  const source = positionals[0];
  if (!source) throw new UsageError(say('cli.backup.restoreWhat'), 'restore');
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
  if (fs.existsSync(paths.databasePath)) io.err(say('cli.backup.replacing', { from, folder: dataDir }));
  else io.err(say('cli.backup.intoEmpty', { from, folder: dataDir }));
  return cancellable(
    'restore',
    async (signal) => {
      const result = await restorePortfolio(dataDir, from, {
        signal,
        onProgress: progressTo(io, say('cli.backup.restoring')),
      });
      io.endProgress();
      io.out(
        say('cli.backup.restored', {
          activities: result.activities,
          certificates: result.certificates,
          folder: dataDir,
        }),
      );
      if (result.replacedDatabase)
        io.out(
          say('cli.backup.previous', {
            previous: result.previousDir,
            previousQuoted: quote(result.previousDir),
            folder: quote(dataDir),
          }),
        );
      return 0;
    },
    io,
  );
}

/** Runs a job that Ctrl+C cancels (the job then leaves nothing half-written). */
async function cancellable(
  what: 'backup' | 'snapshot' | 'restore',
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
      throw userError('CANCELLED', { key: cancelledKeys[what] });
    throw error;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}

function progressTo(io: Output, verb: string): (step: JobStep) => void {
  return (step) =>
    io.progress(
      say('cli.backup.step', { verb, stage: stageWords(step.stage, say) }),
      step.total > 1 ? say('cli.backup.stepCount', { done: step.done, total: step.total }) : undefined,
    );
}

function outFile(out: string): string {
  const file = path.resolve(out.endsWith(archiveExtension) ? out : `${out}${archiveExtension}`);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder))
    throw userError('NOT_FOUND', { key: 'cli.backup.noFolder', values: { folder } });
  if (fs.existsSync(file) && fs.statSync(file).isDirectory())
    throw userError('INVALID_INPUT', {
      key: 'cli.backup.isFolder',
      values: { file, example: path.join(file, `portfolio${archiveExtension}`) },
    });
  return file;
}

const cancelledKeys = {
  backup: 'cli.backup.cancelledBackup',
  snapshot: 'cli.backup.cancelledSnapshot',
  restore: 'cli.backup.cancelledRestore',
} as const;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const quote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `"${text}"`);
