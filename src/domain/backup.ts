import { z } from 'zod';

/**
 * The shapes of backups as the window and the CLI see them. Dates are ISO strings (they
 * cross threads and the test harness as JSON).
 */
export const snapshotSummarySchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  certificates: z.number().int().nonnegative(),
  /** The database plus the certificates it names, in bytes (shared with other snapshots). */
  size: z.number().nonnegative(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

export const backupSettingsInputSchema = z.object({
  enabled: z.boolean(),
  keepDaily: z.number().int().min(1).max(366),
  keepWeekly: z.number().int().min(0).max(520),
});

export const backupsOverviewSchema = z.object({
  settings: backupSettingsInputSchema.extend({
    /** Where snapshots are kept (resolved). */
    folder: z.string(),
    /** Whether that is the default, inside the data folder. */
    defaultFolder: z.boolean(),
  }),
  /** Set when settings.json could not be used and the defaults are in effect. */
  settingsProblem: z.string().nullable(),
  snapshots: z.array(snapshotSummarySchema),
});
export type BackupsOverview = z.infer<typeof backupsOverviewSchema>;

export const archiveResultSchema = z.object({
  path: z.string(),
  size: z.number().nonnegative(),
  certificates: z.number().int().nonnegative(),
});
export type ArchiveSummary = z.infer<typeof archiveResultSchema>;

export const snapshotTakenSchema = z.object({
  taken: z.boolean(),
  snapshot: snapshotSummarySchema.nullable(),
  bytesWritten: z.number().nonnegative(),
});
export type SnapshotTaken = z.infer<typeof snapshotTakenSchema>;

export const restoreSummarySchema = z.object({
  /** Where the portfolio that was replaced is kept (restore from it to undo), or null if there was none. */
  previousDir: z.string().nullable(),
  activities: z.number().int().nonnegative(),
  certificates: z.number().int().nonnegative(),
});
export type RestoreSummary = z.infer<typeof restoreSummarySchema>;
