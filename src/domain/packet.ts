import { z } from 'zod';
import { idSchema, isoDateSchema } from './portfolio';

/**
 * The packet's shapes, defined once: the API contract, the packet service in core, the
 * CLI and the window all use these.
 */

/** What the person asks for: which credential, which sections, how to treat unreadable certificates. */
export const packetRequestSchema = z.object({
  credentialId: idSchema,
  /** Include the section listing activities that do not count, with reasons. */
  includeNotCounted: z.boolean().default(true),
  /** Include a manifest page with each exhibit's original file name and SHA-256. */
  includeManifest: z.boolean().default(false),
  /** The date printed as the date prepared and used for the evaluation; today when absent. */
  asOf: isoDateSchema.optional(),
  /** Passwords for certificates that need one to open, by SHA-256. */
  passwords: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().max(1000)).default({}),
  /** Export even if some certificates cannot be read, with a placeholder page for each. */
  allowPlaceholders: z.boolean().default(false),
  /**
   * Export although the pre-flight check lists open items (requirements not met, no
   * certificate, no course description). The cover then lists them.
   */
  exportAnyway: z.boolean().default(false),
  /** An audit response: only the audit's activities, with its reference and deadline on the cover. */
  auditId: idSchema.optional(),
});
/** A request as a caller writes it (defaults may be left out). */
export type PacketRequestInput = z.input<typeof packetRequestSchema>;
/** A request with every default filled in. */
export type PacketRequest = z.output<typeof packetRequestSchema>;

/** One certificate the packet would include but cannot read, and the activity it belongs to. */
export const certificateProblemSchema = z.object({
  activityId: idSchema,
  activityTitle: z.string(),
  certificateSha256: z.string(),
  fileName: z.string(),
  /** What is wrong and what to do, written for the person. */
  reason: z.string(),
  /** The reason's catalog key (unreadable.*), so the window says it in the person's language. */
  reasonCode: z.string().optional(),
  needsPassword: z.boolean(),
});
export type CertificateProblem = z.infer<typeof certificateProblemSchema>;

/** The details of a CERTIFICATE_PROBLEMS error: every certificate that stopped the packet. */
export const certificateProblemsDetailsSchema = z.object({ problems: z.array(certificateProblemSchema) });

/**
 * One thing the pre-flight check found before a packet is exported: each says what is
 * open and points to where it is fixed (the credential, or the activity).
 */
export const openItemSchema = z.discriminatedUnion('code', [
  /** The credential's requirements are not met on the packet's date. */
  z.object({
    code: z.literal('requirementsNotMet'),
    credentialId: idSchema,
    credential: z.string(),
    stillNeeded: z.number(),
    pointName: z.string(),
  }),
  /** Credit that counts has no certificate attached. */
  z.object({ code: z.literal('noCertificate'), activityId: idSchema, activityTitle: z.string() }),
  /** Outside credit the body asks a course description for has none. */
  z.object({ code: z.literal('noDescription'), activityId: idSchema, activityTitle: z.string() }),
  /** The name on the cover (the holder's) is not the name the credential is held under. */
  z.object({
    code: z.literal('nameDiffers'),
    credentialId: idSchema,
    credential: z.string(),
    coverName: z.string(),
    nameOnRecord: z.string(),
  }),
]);
export type OpenItem = z.infer<typeof openItemSchema>;

/** The details of a PACKET_OPEN_ITEMS error: what the pre-flight check found. */
export const openItemsDetailsSchema = z.object({ openItems: z.array(openItemSchema) });

/** A packet saved to a file. */
export const writtenPacketSchema = z.object({
  path: z.string(),
  pageCount: z.number().int().positive(),
  size: z.number().int().positive(),
  /** Open items the packet was exported with anyway; its cover lists them. */
  openItems: z.array(openItemSchema).default([]),
  /** Certificates replaced by a placeholder page; its cover and log list them. */
  placeholders: z.array(certificateProblemSchema).default([]),
});
export type WrittenPacket = z.infer<typeof writtenPacketSchema>;

/** The first pages of a packet, built in memory for the preview. */
export const packetPreviewSchema = z.object({
  pdf: z.instanceof(Uint8Array),
  pageCount: z.number().int().nonnegative(),
});
export type PacketPreview = z.infer<typeof packetPreviewSchema>;
