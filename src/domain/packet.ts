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
  needsPassword: z.boolean(),
});
export type CertificateProblem = z.infer<typeof certificateProblemSchema>;

/** The details of a CERTIFICATE_PROBLEMS error: every certificate that stopped the packet. */
export const certificateProblemsDetailsSchema = z.object({ problems: z.array(certificateProblemSchema) });

/** A packet saved to a file. */
export const writtenPacketSchema = z.object({
  path: z.string(),
  pageCount: z.number().int().positive(),
  size: z.number().int().positive(),
});
export type WrittenPacket = z.infer<typeof writtenPacketSchema>;

/** The first pages of a packet, built in memory for the preview. */
export const packetPreviewSchema = z.object({
  pdf: z.instanceof(Uint8Array),
  pageCount: z.number().int().nonnegative(),
});
export type PacketPreview = z.infer<typeof packetPreviewSchema>;
