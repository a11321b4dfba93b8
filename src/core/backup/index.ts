/**
 * Backups: daily snapshots into a backup folder, single-file archives made by hand, and
 * restore from either. See docs/backups.md.
 */
export { createBackupArchive, archiveExtension, type ArchiveResult } from './archive';
export { snapshotIfDue, snapshotOnQuit, type DueResult } from './due';
export type { JobOptions, JobStep } from './job';
export { type BackupManifest } from './manifest';
export { pruneSnapshots, type PruneResult } from './prune';
export { finishInterruptedRestore, type InterruptedRestore } from './restore-journal';
export { restorePortfolio, type RestoreOptions, type RestoreResult } from './restore';
export { defaultRetention, type RetentionPolicy, snapshotsToKeep } from './retention';
export { listSnapshots, takeSnapshot, type SnapshotInfo, type SnapshotResult } from './snapshot';
export { backupsOverview, snapshotPath, summarizeSnapshot } from './overview';
