import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { archiveExtension, backupsOverview, snapshotPath } from '../../src/core/backup';
import { userError } from '../../src/core/errors';
import { loadSettings, saveSettings } from '../../src/core/settings';
import type { ApiContext } from './api-context';
import { dialogWords } from './dialog-words';
import type { ApiHandlers } from './bind-api';
import type { JobHandlers } from './bind-jobs';

type BackupOperations = Pick<
  ApiHandlers,
  'getBackups' | 'saveBackupSettings' | 'chooseBackupFolder' | 'useDefaultBackupFolder'
>;
type BackupJobs = Pick<JobHandlers, 'backUpToFile' | 'backUpNow' | 'restoreBackup'>;

/** Backup settings and the list of snapshots. */
export function createBackupOperations(ctx: ApiContext): BackupOperations {
  const dataDir = ctx.portfolio.paths.dataDir;
  const say = () => dialogWords(dataDir, ctx.systemLanguages);
  const change = (edit: (backup: ReturnType<typeof loadSettings>['settings']['backup']) => void) => {
    const { settings } = loadSettings(dataDir);
    edit(settings.backup);
    saveSettings(dataDir, settings);
    return backupsOverview(dataDir);
  };
  return {
    getBackups: () => backupsOverview(dataDir),
    saveBackupSettings: (input) =>
      change((backup) => {
        backup.enabled = input.enabled;
        backup.keepDaily = input.keepDaily;
        backup.keepWeekly = input.keepWeekly;
      }),
    chooseBackupFolder: async () => {
      const folder = await ctx.dialogs.chooseFolder({ title: say()('dialogs.backupsFolder') });
      if (folder === null) return null;
      if (
        path.resolve(folder) === path.resolve(dataDir) ||
        path.resolve(folder).startsWith(`${ctx.portfolio.paths.certificatesDir}${path.sep}`)
      ) {
        throw userError('INVALID_INPUT', { key: 'backupErrors.folderIsPortfolio' });
      }
      return change((backup) => {
        backup.folder = folder;
      });
    },
    useDefaultBackupFolder: () =>
      change((backup) => {
        backup.folder = null;
      }),
  };
}

/** Backing up to a file, a snapshot now, and restoring: long jobs, run on worker threads. */
export function createBackupJobs(ctx: ApiContext): BackupJobs {
  const { portfolio } = ctx;
  const say = () => dialogWords(portfolio.paths.dataDir, ctx.systemLanguages);
  return {
    backUpToFile: async (_input, control) => {
      const words = say();
      const target = await ctx.dialogs.chooseSavePath({
        title: words('dialogs.saveBackup'),
        defaultName: `${words('dialogs.backupName', { date: format(portfolio.now(), 'yyyy-MM-dd') })}${archiveExtension}`,
        filters: [{ name: words('dialogs.backupFiles'), extensions: [archiveExtension.slice(1)] }],
      });
      if (target === null) return null;
      return await ctx.jobs.run('backup.archive', { target }, control);
    },
    backUpNow: (_input, control) => ctx.jobs.run('backup.snapshot', { when: 'now' }, control),
    restoreBackup: async (input, control) => {
      let source: string | null;
      if (input.from === 'previous') {
        source = path.join(portfolio.paths.dataDir, 'previous', input.name);
        if (!fs.existsSync(path.join(source, 'portfolio.db'))) {
          throw userError('NOT_FOUND', { key: 'backupErrors.setAsideGone' });
        }
      } else if (input.from === 'snapshot') {
        source = snapshotPath(portfolio.paths.dataDir, input.name);
        if (!source) {
          throw userError('NOT_FOUND', { key: 'backupErrors.snapshotGone' });
        }
      } else {
        const words = say();
        source = await ctx.dialogs.chooseOpenFile({
          title: words('dialogs.chooseBackup'),
          filters: [{ name: words('dialogs.backupFiles'), extensions: [archiveExtension.slice(1)] }],
        });
        if (source === null) return null;
      }
      const from = source;
      // Nothing else may have the portfolio open while its files are replaced: the app's
      // own connection closes for the restore and opens what is there afterwards.
      return await portfolio.whileClosed(() => ctx.jobs.run('backup.restore', { source: from }, control));
    },
  };
}
