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
import { rulePackSchema } from '../domain/rule-pack';
import { verifyReportSchema } from '../domain/verify-report';
import type { ErrorCode } from '../domain/error-codes';

/**
 * The one table of operations between the window and the main process. Main binds a
 * handler to each (checking the sender and parsing the input with `input`), preload
 * exposes `window.api.<name>(input)`, the UI gets the types, the test harness reuses
 * the same handlers. Adding an operation is one entry here plus its handler.
 */

const bytesSchema = z.instanceof(Uint8Array);
const none = z.undefined();

export const packetOptionsSchema = z.object({
  credentialId: idSchema,
  /** Include the section listing activities that do not count, with reasons. */
  includeNotCounted: z.boolean().default(true),
  /** Include a manifest page with each exhibit's original file name and SHA-256. */
  includeManifest: z.boolean().default(false),
  /** The "as of" date printed as date prepared and used for the evaluation. */
  asOf: isoDateSchema.optional(),
  /** Passwords for certificates that need one to open, by SHA-256. */
  passwords: z.record(z.string(), z.string()).default({}),
  /** Export even if some certificates cannot be read, with a placeholder page for each. */
  allowPlaceholders: z.boolean().default(false),
});
export type PacketOptions = z.input<typeof packetOptionsSchema>;

export const certificateProblemSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  activityTitle: z.string(),
  reason: z.string(),
  needsPassword: z.boolean(),
});
export type CertificateProblem = z.infer<typeof certificateProblemSchema>;

export const packetProgressSchema = z.object({
  jobId: z.string(),
  done: z.number(),
  total: z.number(),
  stage: z.string(),
});
export type PacketProgress = z.infer<typeof packetProgressSchema>;

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
  deleteCredential: { input: z.object({ id: idSchema }), output: z.null() },

  listActivities: { input: none, output: z.array(activitySchema) },
  getActivity: { input: z.object({ id: idSchema }), output: activitySchema },
  saveActivity: {
    input: z.object({ id: idSchema.optional(), activity: activityInputSchema }),
    output: activitySchema,
  },
  deleteActivity: { input: z.object({ id: idSchema }), output: z.null() },

  /** Stores a certificate's bytes (type decided from the bytes, not the name). */
  addCertificate: {
    input: z.object({ fileName: z.string().min(1).max(500), bytes: bytesSchema }),
    output: certificateSchema,
  },
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
    input: packetOptionsSchema,
    output: z.object({ problems: z.array(certificateProblemSchema) }),
  },
  /** Builds the packet in memory and returns its first pages for a preview. */
  previewPacket: {
    input: packetOptionsSchema,
    output: z.object({ pdf: bytesSchema, pageCount: z.number() }),
  },
  /** Asks where to save, then builds the packet there; null when the user cancels. */
  exportPacket: {
    input: z.object({ jobId: z.string().min(1).max(100), options: packetOptionsSchema }),
    output: z.object({ path: z.string(), pageCount: z.number(), size: z.number() }).nullable(),
  },
  cancelPacket: { input: z.object({ jobId: z.string() }), output: z.null() },

  /** Writes the whole portfolio (JSON plus certificate files) to a folder the user picks. */
  exportPortfolio: { input: none, output: z.object({ path: z.string() }).nullable() },
  /** Imports a portfolio JSON file the user picks; validates all of it before changing anything. */
  importPortfolio: { input: none, output: counts.nullable() },
  loadSamplePortfolio: { input: none, output: counts },
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

/** Events the main process pushes to the window. */
export const events = {
  packetProgress: packetProgressSchema,
  /** A menu item the window carries out (File > Export packet… opens the packet screen). */
  menuCommand: z.object({ command: z.enum(['exportPacket']) }),
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
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What preload exposes as window.api. */
export type WindowApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<ApiResult<OperationOutput<K>>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
};

export const operationNames = Object.keys(operations) as OperationName[];
export const ipcChannel = (name: OperationName): string => `ceu:${name}`;
export const eventChannel = 'ceu:event';
