import { z } from 'zod';
import { certificateFieldSchema } from './certificate-requirements';
import { activityStandingSchema } from './evaluation';
import { activityInputSchema } from './portfolio';

/**
 * "Will it count?": what an activity not yet saved (or being edited) would do for each
 * of the holder's credentials, worked out by the rules engine itself on the portfolio
 * with and without it, and the things worth checking before saving it.
 */

/**
 * The form's activity as far as it is filled in: a title and provider may still be
 * empty, but the date and the credit must be there for the engine to say anything.
 */
export const countPreviewInputSchema = z.object({
  activity: activityInputSchema.extend({
    title: z.string().max(300).default(''),
    provider: z.string().max(200).default(''),
  }),
  /** The activity being edited: left out of the portfolio, so it is not counted twice. */
  editingId: z.number().int().positive().nullable().default(null),
  /** The holder's name as read from the certificate (a draft), to check it is theirs. */
  nameOnCertificate: z.string().max(300).nullable().default(null),
  /** What reading the certificate found on it (a draft): checked against what each body asks a certificate to show. */
  certificateShows: z.array(certificateFieldSchema).max(10).nullable().default(null),
  /** A course not taken yet ("check a course before you pay for it"): judged as of its day when that is ahead. */
  planned: z.boolean().default(false),
});
export type CountPreviewInput = z.input<typeof countPreviewInputSchema>;

export const credentialPreviewSchema = z.object({
  credentialId: z.number(),
  /** Short name, "CMA". */
  credential: z.string(),
  pointName: z.string(),
  /** Whether the activity is claimed for this credential in the form. */
  claimed: z.boolean(),
  /** Points in the current cycle, without and with the activity. */
  countedBefore: z.number(),
  countedAfter: z.number(),
  required: z.number(),
  /** Points the activity would add, by category key (what the cycle total gains). */
  addedByCategory: z.record(z.string(), z.number()),
  /** The engine's standing of the activity in this credential's cycle; null when outside it. */
  standing: activityStandingSchema.nullable(),
  /** Outside the current cycle: before its start, or after its end. */
  outsideCycle: z.enum(['before', 'after']).nullable(),
  cycle: z.object({ start: z.string(), end: z.string() }),
});
export type CredentialPreview = z.infer<typeof credentialPreviewSchema>;

export const previewCheckSchema = z.discriminatedUnion('code', [
  /** The same certificate file is already attached to another activity. */
  z.object({ code: z.literal('sameCertificate'), activityId: z.number(), title: z.string() }),
  /** Another activity has the same title, date and provider. */
  z.object({ code: z.literal('sameActivity'), activityId: z.number(), title: z.string() }),
  /** More credit than the stated length allows: `needed` minutes at least, `minutes` stated. */
  z.object({ code: z.literal('moreThanMinutes'), needed: z.number(), minutes: z.number() }),
  /** An approving body named without its approval number. */
  z.object({ code: z.literal('noApprovalNumber'), body: z.string() }),
  /** The name printed on the certificate is not the holder's (nor a name on record). */
  z.object({ code: z.literal('nameMismatch'), read: z.string(), holder: z.string() }),
  /** The body asks a certificate to show these, and reading did not find them on this one. */
  z.object({
    code: z.literal('missingOnCertificate'),
    body: z.string(),
    missing: z.array(certificateFieldSchema),
  }),
]);
export type PreviewCheck = z.infer<typeof previewCheckSchema>;

export const countPreviewSchema = z.object({
  asOf: z.string(),
  credentials: z.array(credentialPreviewSchema),
  checks: z.array(previewCheckSchema),
});
export type CountPreview = z.infer<typeof countPreviewSchema>;

/** Minutes one unit of credit stands for, where a unit is defined by time. */
export const minutesPerUnit: Partial<Record<string, number>> = {
  contact_hour: 50,
  clock_hour: 60,
  contact_hour_60: 60,
  iacet_ceu: 500,
  cme_category_1: 60,
};
