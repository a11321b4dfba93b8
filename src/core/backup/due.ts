import type { Portfolio } from '../portfolio';
import { backupFolder, type BackupSettings } from '../settings';
import type { JobOptions } from './job';
import { type PruneResult, pruneSnapshots } from './prune';
import { listSnapshots, type SnapshotResult, takeSnapshot } from './snapshot';
import { sameUtcDay } from './snapshot-names';

export type DueResult =
  { taken: false; reason: 'off' | 'already-today' } | ({ taken: true; pruned: PruneResult } & SnapshotResult);

type SnapshotJob = JobOptions & { nativeBinding?: string };

/**
 * For the app's timer (daily while it is used): a snapshot if backups are on and none was
 * taken today (UTC), then old ones pruned. At most one a day, so calling it often costs a
 * directory listing.
 */
export function snapshotIfDue(
  portfolio: Portfolio,
  settings: BackupSettings,
  now: Date,
  job: SnapshotJob = {},
): Promise<DueResult> {
  return snapshotUnlessRecent(portfolio, settings, now, job, (newest) => sameUtcDay(newest, now));
}

/** How recent a snapshot must be for quitting not to take another. */
const quitSnapshotAfterMs = 10 * 60 * 1000;

/**
 * For quitting the app: a snapshot if backups are on and the newest is more than ten
 * minutes old, so the work of the session is in a backup before the window closes. It
 * shares certificates with the others, so it costs the database and any new files.
 */
export function snapshotOnQuit(
  portfolio: Portfolio,
  settings: BackupSettings,
  now: Date,
  job: SnapshotJob = {},
): Promise<DueResult> {
  return snapshotUnlessRecent(
    portfolio,
    settings,
    now,
    job,
    (newest) => now.getTime() - newest.getTime() < quitSnapshotAfterMs,
  );
}

async function snapshotUnlessRecent(
  portfolio: Portfolio,
  settings: BackupSettings,
  now: Date,
  job: SnapshotJob,
  recentEnough: (newest: Date) => boolean,
): Promise<DueResult> {
  if (!settings.enabled) return { taken: false, reason: 'off' };
  const dir = backupFolder(portfolio.paths.dataDir, settings);
  const newest = listSnapshots(dir)[0];
  if (newest && recentEnough(newest.createdAt)) return { taken: false, reason: 'already-today' };
  const result = await takeSnapshot(portfolio, dir, { ...job, now });
  const pruned = pruneSnapshots(dir, settings, now);
  return { taken: true, ...result, pruned };
}
