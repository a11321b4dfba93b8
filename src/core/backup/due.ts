import type { Portfolio } from '../portfolio';
import { backupFolder, type BackupSettings } from '../settings';
import type { JobOptions } from './job';
import { type PruneResult, pruneSnapshots } from './prune';
import { listSnapshots, type SnapshotResult, takeSnapshot } from './snapshot';
import { sameUtcDay } from './snapshot-names';

export type DueResult =
  { taken: false; reason: 'off' | 'already-today' } | ({ taken: true; pruned: PruneResult } & SnapshotResult);

/**
 * For the app's timer (daily while it is used, and on quit): a snapshot if backups are on
 * and none was taken today (UTC), then old ones pruned. At most one a day, so calling it
 * often costs a directory listing.
 */
export async function snapshotIfDue(
  portfolio: Portfolio,
  settings: BackupSettings,
  now: Date,
  job: JobOptions & { nativeBinding?: string } = {},
): Promise<DueResult> {
  if (!settings.enabled) return { taken: false, reason: 'off' };
  const dir = backupFolder(portfolio.paths.dataDir, settings);
  const newest = listSnapshots(dir)[0];
  if (newest && sameUtcDay(newest.createdAt, now)) return { taken: false, reason: 'already-today' };
  const result = await takeSnapshot(portfolio, dir, { ...job, now });
  const pruned = pruneSnapshots(dir, settings, now);
  return { taken: true, ...result, pruned };
}
