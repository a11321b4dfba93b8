import { z } from 'zod';
import { unitSchema } from './units';

/**
 * The portfolio as the user records it: the holder, their credentials, and every
 * activity with its credit and certificates. These schemas are the one definition of
 * what a valid record is; the database, the API, the exchange format and the UI all
 * validate against them.
 */

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date as YYYY-MM-DD from 1900 on; rejects impossible dates such as
 * 2025-02-30. No continuing-education record is older than 1900, so an earlier year is
 * a typing slip (and Date.UTC would read years 0-99 as 1900-1999).
 */
export const isoDateSchema = z
  .string()
  .regex(isoDatePattern, { error: 'Use a date in the form YYYY-MM-DD.', abort: true })
  .refine((value) => Number(value.slice(0, 4)) >= 1900, {
    error: 'That date is out of range (before 1900). Check the year.',
    abort: true,
  })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'That date does not exist on the calendar.');
export type IsoDate = z.infer<typeof isoDateSchema>;

const trimmed = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);
const required = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `Keep this under ${max} characters.`);

export const idSchema = z.number().int().positive();

export const memberNumberSchema = z.object({
  body: required('The organization', 80),
  number: required('The member number', 80),
});

export const holderSchema = z.object({
  fullName: required('Your name as printed on certificates', 200),
  email: trimmed(200)
    .refine((value) => value === '' || /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[A-Za-z]{2,}$/.test(value), {
      message: 'Enter a full e-mail address, like name@example.com, or leave it empty.',
    })
    .default(''),
  phone: trimmed(80).default(''),
  address: trimmed(500).default(''),
  memberNumbers: z.array(memberNumberSchema).max(20).default([]),
});
export type Holder = z.infer<typeof holderSchema>;

export const activityKinds = [
  'seminar',
  'conference',
  'online_course',
  'workshop',
  'training_program',
  'publication',
  'exam',
  'self_study',
  'journal_article_test',
  'college_course',
  'cpr_card',
  'instructional_presentation',
  'organizational_participation',
  'other',
] as const;
export const activityKindSchema = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const activityKindLabels: Record<ActivityKind, string> = {
  seminar: 'Seminar',
  conference: 'Conference',
  online_course: 'Online course',
  workshop: 'Workshop',
  training_program: 'Training program',
  publication: 'Published research or article',
  exam: 'Certification exam',
  self_study: 'Self-study program',
  journal_article_test: 'Magazine article with test',
  college_course: 'College course',
  cpr_card: 'CPR card',
  instructional_presentation: 'Instructional presentation',
  organizational_participation: 'Organizational participation',
  other: 'Other',
};

export const deliverySchema = z.enum(['online', 'in_person', 'hybrid']);
export type Delivery = z.infer<typeof deliverySchema>;
export const deliveryLabels: Record<Delivery, string> = {
  online: 'Online',
  in_person: 'In person',
  hybrid: 'Hybrid',
};

/**
 * A category key. The well-known ones are administrative, clinical and general (the
 * AAMA's content areas); custom rule packs may define their own keys.
 */
export const categorySchema = z
  .string()
  .trim()
  .min(1, 'Choose a category.')
  .max(40)
  .regex(/^[a-z0-9_]+$/, 'A category key uses lower-case letters, digits and _.');
export const wellKnownCategories = ['administrative', 'clinical', 'general'] as const;

export const creditSchema = z.object({
  amount: z
    .number({ error: 'Enter the amount of credit as a number.' })
    .positive('Credit must be more than zero.')
    .max(1000, 'That is more credit than any single activity carries; check the amount.'),
  unit: unitSchema,
  /**
   * The content area. Optional for credentials whose rules have no categories: null, ''
   * or a missing category all read as '' (none), which is also how storage keeps it
   * (credits.category is NOT NULL). Checked against the pack's categories by the rules
   * engine where the pack has them: credit without a category then does not count.
   */
  category: z
    .union([categorySchema, z.literal(''), z.null()])
    .optional()
    .transform((value) => value ?? ''),
});
export type Credit = z.infer<typeof creditSchema>;

/** Known approving bodies; free text is allowed too (a state board, a hospital). */
export const knownApprovingBodies = ['AAMA', 'AMT', 'NHA', 'NCCT', 'AMCA', 'IACET', 'ACCME', 'ANCC'] as const;

export const activityInputSchema = z.object({
  title: required('The course title', 300),
  provider: required('The provider', 200),
  providerAddress: trimmed(500).default(''),
  approvingBody: trimmed(120).default(''),
  approvalNumber: trimmed(120).default(''),
  certificateNumber: trimmed(120).default(''),
  kind: activityKindSchema,
  delivery: deliverySchema,
  completedOn: isoDateSchema,
  /** Length in minutes when the certificate states it; used for minimum-length rules. */
  durationMinutes: z.number().int().positive().max(100_000).nullable().default(null),
  /** How long a card (CPR) stays valid, in months, when it says so; used by minimum-validity rules. */
  validMonths: z.number().int().positive().max(240).nullable().optional(),
  description: trimmed(5000).default(''),
  /** Cost in US dollars. */
  cost: z.number().min(0, 'Cost cannot be negative.').max(100_000).nullable().default(null),
  notes: trimmed(5000).default(''),
  credits: z.array(creditSchema).max(20).default([]),
  /** The credentials this activity is claimed for; empty means none yet. */
  credentialIds: z.array(idSchema).max(50).default([]),
  /** Certificates already in the store, by SHA-256. */
  certificateHashes: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .max(50)
    .default([]),
});
export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityFields = z.output<typeof activityInputSchema>;

export const certificateSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  addedAt: z.string(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const activitySchema = activityInputSchema.omit({ certificateHashes: true }).extend({
  id: idSchema,
  certificates: z.array(certificateSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const credentialInputSchema = z.object({
  rulePackId: z.string().min(1, 'Choose the credential you hold.'),
  credentialNumber: trimmed(80).default(''),
  /**
   * The name this credential is held under, when it is not the holder's name as printed
   * on certificates (a maiden name, say); empty when they are the same. The pre-flight
   * check warns when they differ, since reviewers match names.
   */
  nameOnRecord: trimmed(200).default(''),
  /** The date of certification or last recertification. */
  certifiedOn: isoDateSchema,
  /** The expiry printed on the card; when absent the rule pack computes it. */
  expiresOn: isoDateSchema.nullable().default(null),
  /** Values the holder changed for their own credential (a new fee, say). */
  overrides: z.record(z.string(), z.unknown()).default({}),
  notes: trimmed(2000).default(''),
});
export type CredentialInput = z.input<typeof credentialInputSchema>;
export type CredentialFields = z.output<typeof credentialInputSchema>;

export const credentialSchema = credentialInputSchema.extend({
  id: idSchema,
  createdAt: z.string(),
});
export type Credential = z.infer<typeof credentialSchema>;
