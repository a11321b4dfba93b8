import path from 'node:path';
import type { BackupsOverview, SnapshotSummary } from '../../domain/backup';
import { backupFolder, loadSettings } from '../settings';
import type { SnapshotInfo } from './snapshot';
import { listSnapshots } from './snapshot';

/** The backup settings in effect and the snapshots there are, newest first, for the window and `ceu backups`. */
export function backupsOverview(dataDir: string): BackupsOverview {
  const loaded = loadSettings(dataDir);
  const { backup } = loaded.settings;
  const folder = backupFolder(dataDir, backup);
  return {
    settings: {
      enabled: backup.enabled,
      keepDaily: backup.keepDaily,
      keepWeekly: backup.keepWeekly,
      folder,
      defaultFolder: folder === path.join(dataDir, 'backups'),
    },
    settingsProblem: loaded.problem ?? null,
    snapshots: listSnapshots(folder).map(summarizeSnapshot),
  };
}

export function summarizeSnapshot(info: SnapshotInfo): SnapshotSummary {
  return {
    name: info.name,
    createdAt: info.createdAt.toISOString(),
    certificates: info.certificates,
    size: info.size,
  };
}

/** The folder of the snapshot with this name in the backup folder, or null: the window names snapshots, never paths. */
export function snapshotPath(dataDir: string, name: string): string | null {
  const folder = backupFolder(dataDir, loadSettings(dataDir).settings.backup);
  return listSnapshots(folder).find((s) => s.name === name)?.path ?? null;
}
