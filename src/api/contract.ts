import { auditInputSchema, auditSchema } from '../domain/audit';
import { catalogueItemSchema } from '../domain/plan/catalogue';
import { plannedActivityInputSchema, plannedActivitySchema, withPlanSchema } from '../domain/plan/planned';
import { chosenToPlanSchema } from '../domain/plan/to-planned';
import type { PortfolioPlan } from '../domain/plan/types';
import { planRequestSchema } from '../domain/plan/request';
import { languageChoiceSchema } from '../domain/i18n/languages';
import type { NestedMessage } from '../domain/i18n/translator';
import { z } from 'zod';
import {
  activityInputSchema,
  activitySchema,
  certificateSchema,
  credentialInputSchema,
  credentialSchema,
  holderSchema,
  idSchema,
  isoDateSchema,
} from '../domain/portfolio';
import { credentialEvaluationSchema, credentialSummarySchema } from '../domain/evaluation';
import { jobIdSchema, jobProgressSchema } from '../domain/job';
import {
  archiveResultSchema,
  backupSettingsInputSchema,
  backupsOverviewSchema,
  restoreSummarySchema,
  snapshotTakenSchema,
} from '../domain/backup';
import {
  certificateProblemSchema,
  packetPreviewSchema,
  packetRequestSchema,
  openItemSchema,
  writtenPacketSchema,
} from '../domain/packet';
import { rulePackSchema } from '../domain/rule-pack';
import { pastCycleSchema, renewalInputSchema } from '../domain/cycle-history';
import { trashContentsSchema, trashedItemSchema } from '../domain/trash';
import { countPreviewInputSchema, countPreviewSchema } from '../domain/count-preview';
import { upcomingItemSchema } from '../domain/reminders/upcoming';
import { reminderSettingsSchema } from '../domain/reminders/settings';
import { verifyReportSchema } from '../domain/verify-report';
import { draftEditsSchema, draftSchema } from '../domain/drafts';
import type { ErrorCode } from '../domain/error-codes';

/**
 * The one table of operations between the window and the main process. Main binds a
 * handler to each (checking the sender and parsing the input with `input`), preload
 * exposes `window.api.<name>(input)`, the UI gets the types, the test harness reuses
 * the same handlers. Adding an operation is one entry here plus its handler.
 */

const bytesSchema = z.instanceof(Uint8Array);
const none = z.undefined();

const counts = z.object({ credentials: z.number(), activities: z.number(), certificates: z.number() });

export const operations = {
  getAppInfo: {
    input: none,
    output: z.object({ version: z.string(), dataDir: z.string(), databasePath: z.string() }),
  },
  getHolder: { input: none, output: holderSchema.nullable() },
  saveHolder: { input: holderSchema, output: holderSchema },

  listRulePacks: { input: none, output: z.array(rulePackSchema) },
  saveCustomRulePack: { input: rulePackSchema, output: rulePackSchema },
  deleteCustomRulePack: { input: z.object({ id: z.string() }), output: z.null() },

  listCredentials: { input: none, output: z.array(credentialSchema) },
  saveCredential: {
    input: z.object({ id: idSchema.optional(), credential: credentialInputSchema }),
    output: credentialSchema,
  },
  /** Moves the credential to the trash. */
  deleteCredential: { input: z.object({ id: idSchema }), output: z.null() },
  /** A credential's finished cycles, oldest first, each with its evaluation as it stood. */
  listPastCycles: { input: z.object({ credentialId: idSchema }), output: z.array(pastCycleSchema) },
  /** "I renewed on DATE" (or reactivated): keeps the current cycle and starts the next. */
  renewCredential: { input: renewalInputSchema, output: pastCycleSchema },
  /** Undoes the credential's last renewal: that cycle is current again. */
  undoRenewal: { input: z.object({ credentialId: idSchema }), output: pastCycleSchema },

  /** Whether the app checks for new versions: null until the person has chosen. */
  getUpdateChecks: { input: none, output: z.object({ check: z.boolean().nullable() }) },
  /** The person's choice about update checks; nothing is sent unless it is true. */
  setUpdateChecks: {
    input: z.object({ check: z.boolean() }),
    output: z.object({ check: z.boolean().nullable() }),
  },

  /**
   * The window's language: the person's choice ('system' until they choose) and the
   * system's preferred languages, best first, for 'system' to follow.
   */
  getLanguage: {
    input: none,
    output: z.object({ choice: languageChoiceSchema, system: z.array(z.string()) }),
  },
  /** Remembers the person's choice of language (in settings.json, so a restore keeps it). */
  setLanguage: {
    input: z.object({ choice: languageChoiceSchema }),
    output: z.object({ choice: languageChoiceSchema, system: z.array(z.string()) }),
  },

  /** Audits received, open ones first by deadline. */
  listAudits: { input: none, output: z.array(auditSchema) },
  /** Every date ahead that needs the person (deadlines, open audits, cards expiring), soonest first. */
  listUpcoming: { input: none, output: z.object({ asOf: z.string(), items: z.array(upcomingItemSchema) }) },
  /** Notifications for dates ahead: on or off, and how many days before (settings.json). */
  getReminderSettings: { input: none, output: reminderSettingsSchema },
  setReminderSettings: { input: reminderSettingsSchema, output: reminderSettingsSchema },
  saveAudit: { input: z.object({ id: idSchema.optional(), audit: auditInputSchema }), output: auditSchema },
  /** Marks an audit answered today, or open again. */
  setAuditAnswered: { input: z.object({ id: idSchema, answered: z.boolean() }), output: auditSchema },
  deleteAudit: { input: z.object({ id: idSchema }), output: z.null() },

  listActivities: { input: none, output: z.array(activitySchema) },
  getActivity: { input: z.object({ id: idSchema }), output: activitySchema },
  saveActivity: {
    input: z.object({ id: idSchema.optional(), activity: activityInputSchema }),
    output: activitySchema,
  },
  /** "Will it count?": what an activity being entered would do for each credential. Writes nothing. */
  previewActivity: { input: countPreviewInputSchema, output: countPreviewSchema },
  /** Planned activities, soonest first: never counted as earned. */
  listPlanned: { input: none, output: z.array(plannedActivitySchema) },
  savePlanned: {
    input: z.object({ id: idSchema.optional(), planned: plannedActivityInputSchema }),
    output: plannedActivitySchema,
  },
  deletePlanned: { input: z.object({ id: idSchema }), output: z.null() },
  /** Marks a planned activity done: it becomes this activity (with its certificates) and leaves the plan. */
  completePlanned: {
    input: z.object({ id: idSchema, activity: activityInputSchema }),
    output: activitySchema,
  },
  /** For each credential not yet complete with planned activities: the day the plan completes it, if it does. */
  listWithPlan: { input: none, output: z.array(withPlanSchema) },
  /** The catalogue of ways to earn credit: built in and the person's own, with what they own. */
  listCatalogue: { input: none, output: z.array(catalogueItemSchema) },
  saveCatalogueItem: { input: catalogueItemSchema, output: catalogueItemSchema },
  deleteCatalogueItem: { input: z.object({ id: z.string().min(1).max(80) }), output: z.null() },
  setCatalogueOwned: {
    input: z.object({ itemId: z.string().min(1).max(80), owned: z.boolean() }),
    output: z.null(),
  },
  /** The cheapest plan that finishes every credential in time, within the limits (solved on the job worker). */
  makePlan: { input: planRequestSchema, output: z.custom<PortfolioPlan>() },
  /** Keeps a chosen item of the plan as planned activities, one per month. */
  keepPlanItem: { input: chosenToPlanSchema, output: z.array(plannedActivitySchema) },
  /** Moves the activity to the trash. */
  deleteActivity: { input: z.object({ id: idSchema }), output: z.null() },
  /** Several activities at once: to the trash, or counted toward one more credential. */
  changeActivities: {
    input: z.object({
      activityIds: z.array(idSchema).min(1).max(10_000),
      action: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('trash') }),
        z.object({ kind: z.literal('countToward'), credentialId: idSchema }),
      ]),
    }),
    output: z.object({ changed: z.number().int().nonnegative() }),
  },

  /** What is in the trash: deleted activities and credentials, restorable for 30 days. */
  listTrash: { input: none, output: trashContentsSchema },
  restoreFromTrash: { input: trashedItemSchema, output: z.null() },
  /** Removes everything in the trash for good. */
  emptyTrash: { input: none, output: z.object({ activities: z.number(), credentials: z.number() }) },

  /** Stores a certificate's bytes (type decided from the bytes, not the name). */
  addCertificate: {
    input: z.object({ fileName: z.string().min(1).max(500), bytes: bytesSchema }),
    output: certificateSchema,
  },
  /**
   * Activities drafted from certificate files (src/core/drafts.ts): one draft per stored
   * certificate, read in the background, saved as an activity only when confirmed.
   */
  listDrafts: { input: none, output: z.array(draftSchema) },
  getDraft: { input: z.object({ id: idSchema }), output: draftSchema },
  /** One draft per certificate already stored (addCertificate), each then read in the background. */
  addDrafts: {
    input: z.object({
      sha256s: z
        .array(z.string().regex(/^[0-9a-f]{64}$/))
        .min(1)
        .max(200),
    }),
    output: z.array(draftSchema),
  },
  /** Keeps what the person has typed into a draft's form, so a restart loses nothing. */
  saveDraftEdits: { input: z.object({ id: idSchema, edits: draftEditsSchema }), output: draftSchema },
  /** Saves the draft as an activity and removes the draft. */
  confirmDraft: { input: z.object({ id: idSchema, activity: activityInputSchema }), output: activitySchema },
  discardDraft: { input: z.object({ id: idSchema }), output: z.null() },
  /** Front and back of one card: the back's files join the front's draft, which is read again. */
  joinDrafts: { input: z.object({ frontId: idSchema, backId: idSchema }), output: draftSchema },
  /** Removes certificate files that no activity names any more. */
  cleanUpCertificates: { input: none, output: z.object({ removed: z.number(), bytesFreed: z.number() }) },
  /** "Check my portfolio": the database and every certificate file, read only. */
  verifyPortfolio: { input: none, output: verifyReportSchema },

  /** Where every credential stands as of a date (today when omitted). */
  evaluate: {
    input: z.object({ asOf: isoDateSchema.optional() }),
    output: z.object({ asOf: z.string(), credentials: z.array(credentialEvaluationSchema) }),
  },

  /** The same without per-activity standings: small and quick, for the dashboard. */
  summarize: {
    input: z.object({ asOf: isoDateSchema.optional() }),
    output: z.object({ asOf: z.string(), credentials: z.array(credentialSummarySchema) }),
  },

  /** Checks every certificate a packet would include; lists those that cannot be read. */
  checkPacket: {
    input: packetRequestSchema,
    output: z.object({
      problems: z.array(certificateProblemSchema),
      /** The pre-flight check's open items (requirements, certificates, descriptions). */
      openItems: z.array(openItemSchema).default([]),
    }),
  },
  /** Builds the packet in memory and returns its first pages for a preview. */
  previewPacket: { input: packetRequestSchema, output: packetPreviewSchema },

  /** The backup settings in effect and the snapshots in the backup folder, newest first. */
  getBackups: { input: none, output: backupsOverviewSchema },
  saveBackupSettings: { input: backupSettingsInputSchema, output: backupsOverviewSchema },
  /** Asks for a folder to keep snapshots in (a cloud drive's folder, say); null when the person cancels. */
  chooseBackupFolder: { input: none, output: backupsOverviewSchema.nullable() },
  /** Keeps snapshots in the data folder's own backups/ folder again. */
  useDefaultBackupFolder: { input: none, output: backupsOverviewSchema },

  /** Writes the whole portfolio (JSON plus certificate files) to a folder the user picks. */
  exportPortfolio: { input: none, output: z.object({ path: z.string() }).nullable() },
  /** Imports a portfolio JSON file the user picks; validates all of it before changing anything. */
  importPortfolio: { input: none, output: counts.nullable() },
  loadSamplePortfolio: { input: none, output: counts },
  /** Saves the activity log as a CSV spreadsheet where the person chooses; null when the dialog is closed. */
  exportActivityLog: {
    input: none,
    output: z.object({ path: z.string(), rows: z.number().int().nonnegative() }).nullable(),
  },
  /** Opens a packet the app saved in this session, or shows it in its folder. */
  openWrittenFile: {
    input: z.object({ path: z.string().min(1).max(4096), how: z.enum(['open', 'folder']) }),
    output: z.null(),
  },
  /** Whether this is the sample portfolio (a banner on every page, SAMPLE on its packets). */
  getSampleMode: { input: none, output: z.object({ sample: z.boolean() }) },
  /** Removes the sample in one step; what the person added since stays. */
  clearSample: {
    input: none,
    output: z.object({ credentials: z.number(), activities: z.number(), certificates: z.number() }),
  },
} as const;

export type Operations = typeof operations;

/**
 * Long jobs: started by the window, run off the main thread (a worker), reporting
 * progress as `jobProgress` events for their job id, cancelled by id, and ending with a
 * result or a typed error. A job writes under a temporary name and renames at the end,
 * so a failure or a cancel leaves nothing half-written. Adding a long job is one entry
 * here, its handler in electron/main/job-handlers.ts and (usually) a core job in
 * src/core/jobs.ts for the worker to run.
 */
export const jobs = {
  /** Asks where to save, then builds the packet there; null when the person cancels the dialog. */
  exportPacket: {
    input: z.object({ request: packetRequestSchema }),
    progress: jobProgressSchema,
    result: writtenPacketSchema.nullable(),
  },
  /** Asks where to save, then writes one backup file (.ceubackup); null when the person cancels. */
  backUpToFile: { input: z.object({}), progress: jobProgressSchema, result: archiveResultSchema.nullable() },
  /** Takes a snapshot into the backup folder now. */
  backUpNow: { input: z.object({}), progress: jobProgressSchema, result: snapshotTakenSchema },
  /**
   * Replaces the portfolio with a backup: a file the person picks, or a snapshot by name.
   * Everything is checked first; the replaced portfolio is kept aside. Null when the
   * person cancels the file dialog.
   */
  restoreBackup: {
    input: z.discriminatedUnion('from', [
      z.object({ from: z.literal('file') }),
      z.object({ from: z.literal('snapshot'), name: z.string().min(1).max(100) }),
      /** Undo a restore: the portfolio it set aside, by the name of its folder in previous/. */
      z.object({ from: z.literal('previous'), name: z.string().regex(/^[\w.-]{1,100}$/) }),
    ]),
    progress: jobProgressSchema,
    result: restoreSummarySchema.nullable(),
  },
} as const;

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobInput<K extends JobName> = z.input<Jobs[K]['input']>;
export type JobResult<K extends JobName> = z.output<Jobs[K]['result']>;
export type JobProgressOf<K extends JobName> = z.output<Jobs[K]['progress']>;
export const jobNames = Object.keys(jobs) as JobName[];
export const jobStartSchema = z.object({ jobId: jobIdSchema, input: z.unknown() });
export const jobCancelSchema = z.object({ jobId: jobIdSchema });
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

/** Menu items the main process relays to the window. */
export const menuCommands = [
  'exportPacket',
  'importPortfolio',
  'exportPortfolio',
  'backups',
  'checkPortfolio',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** Events the main process pushes to the window. */
export const events = {
  /** How far a running job has come (see `jobs`); `progress` follows that job's progress schema. */
  jobProgress: z.object({ jobId: jobIdSchema, job: z.string(), progress: z.unknown() }),
  /**
   * A menu item the window carries out, so the menu and the window's own buttons take one
   * path (File > Export packet… opens the packet screen; Import/Export portfolio run the
   * window's import and export).
   */
  menuCommand: z.object({ command: z.enum(menuCommands) }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

export { errorCodes, type ErrorCode } from '../domain/error-codes';

/** An error the UI can show as it is: `message` is written for the user. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Structured detail: field problems, certificate problems. */
  details?: unknown;
  /** The message as a catalog key and its values, for the window to say in the person's language. */
  said?: NestedMessage;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What preload exposes as window.api. */
export type WindowApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** Starts a long job; resolves when it ends. Progress arrives as `jobProgress` events. */
  startJob<K extends JobName>(name: K, jobId: string, input: JobInput<K>): Promise<ApiResult<JobResult<K>>>;
  /** Asks a running job to stop; it then ends with CANCELLED. */
  cancelJob(jobId: string): Promise<ApiResult<null>>;
};

export const operationNames = Object.keys(operations) as OperationName[];
export const ipcChannel = (name: OperationName): string => `ceu:${name}`;
export const jobChannel = (name: JobName): string => `ceu:job:${name}`;
export const cancelJobChannel = 'ceu:cancel-job';
export const eventChannel = 'ceu:event';
