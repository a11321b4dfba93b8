import { z } from 'zod';
import { activityKindSchema, certificateSchema, deliverySchema } from './portfolio';
import { unitSchema } from './units';

/**
 * An activity drafted from certificate files: stored files, what reading them found, and
 * what the person has changed since. Nothing in a draft counts until it is confirmed.
 */

function readFieldSchema<T extends z.ZodType>(value: T) {
  return z.object({ value, confidence: z.number().min(0).max(1), source: z.string().max(4000) }).nullable();
}

/** The fields a reading found (src/domain/reading/certificate-fields.ts), as data. */
export const readFieldsSchema = z.object({
  holderName: readFieldSchema(z.string()),
  title: readFieldSchema(z.string()),
  provider: readFieldSchema(z.string()),
  completedOn: readFieldSchema(z.string()),
  credits: readFieldSchema(
    z.array(z.object({ amount: z.number(), unit: unitSchema, category: z.string().nullable() })),
  ),
  durationMinutes: readFieldSchema(z.number()),
  approvingBody: readFieldSchema(z.string()),
  approvalNumber: readFieldSchema(z.string()),
  certificateNumber: readFieldSchema(z.string()),
  kind: readFieldSchema(activityKindSchema),
});
export type ReadFields = z.infer<typeof readFieldsSchema>;

export const draftStatusSchema = z.enum(['reading', 'ready', 'failed']);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

const formNumber = z.union([z.number(), z.string().max(50)]);

/**
 * The activity form as the person left it, kept as they type so a restart loses nothing.
 * Loose on purpose: a field may be half-typed; it is checked when the draft is confirmed.
 */
export const draftEditsSchema = z.object({
  title: z.string().max(1000),
  provider: z.string().max(1000),
  providerAddress: z.string().max(2000),
  approvingBody: z.string().max(1000),
  approvalNumber: z.string().max(500),
  certificateNumber: z.string().max(500),
  kind: z.union([activityKindSchema, z.literal('')]),
  delivery: z.union([deliverySchema, z.literal('')]),
  completedOn: z.string().max(50).nullable(),
  durationMinutes: formNumber,
  validMonths: formNumber,
  description: z.string().max(20_000),
  cost: formNumber,
  notes: z.string().max(20_000),
  credits: z
    .array(
      z.object({
        amount: formNumber,
        unit: z.union([unitSchema, z.literal('')]),
        category: z.string().max(100),
      }),
    )
    .max(20),
  credentialIds: z.array(z.number().int().positive()).max(100),
  certificates: z.array(certificateSchema).max(50),
});
export type DraftEdits = z.infer<typeof draftEditsSchema>;

export const draftSchema = z.object({
  id: z.number().int().positive(),
  status: draftStatusSchema,
  /** Why it could not be read (a catalog key and values), when status is 'failed'. */
  failure: z
    .object({ key: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
  /** The files, front first. */
  certificates: z.array(certificateSchema),
  /** What reading found; null until read. */
  read: readFieldsSchema.nullable(),
  /** The form as last edited; null until the person changes anything. */
  edits: draftEditsSchema.nullable(),
  /**
   * The name read from the certificate when it is not the holder's (nor a name a
   * certifying body has on record); null when it matches or none was read.
   */
  nameMismatch: z.object({ read: z.string(), holder: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;
