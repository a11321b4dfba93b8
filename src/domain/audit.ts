import { z } from 'zod';
import { idSchema, isoDateSchema } from './portfolio';

/**
 * An audit: a certifying body asks for proof of some activities (AMT audits in January;
 * any body may ask). The person records the reference number and the deadline, picks the
 * audited activities one by one or gives the audit period, and exports a packet of just
 * those. The app keeps the audit, and its deadline in view, until it is marked answered.
 */
export const auditInputSchema = z
  .object({
    credentialId: idSchema,
    /** The body's reference or case number, printed on the packet's cover. */
    reference: z
      .string()
      .trim()
      .min(1, 'Enter the reference number from the audit letter or e-mail.')
      .max(80, 'Keep the reference under 80 characters.'),
    /** The day the body wants the answer by. */
    dueOn: isoDateSchema,
    /** The audited activities, chosen one by one. */
    activityIds: z.array(idSchema).max(500).default([]),
    /** Or an audit period: every activity of the credential completed in it. */
    periodStart: isoDateSchema.nullable().default(null),
    periodEnd: isoDateSchema.nullable().default(null),
    notes: z.string().trim().max(2000, 'Keep the notes under 2000 characters.').default(''),
  })
  .superRefine((audit, context) => {
    const period = audit.periodStart !== null || audit.periodEnd !== null;
    if (period && (audit.periodStart === null || audit.periodEnd === null)) {
      context.addIssue({
        code: 'custom',
        path: [audit.periodStart === null ? 'periodStart' : 'periodEnd'],
        message: 'Give both the first and the last day of the audit period.',
      });
    } else if (period && audit.periodStart! > audit.periodEnd!) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'The audit period must end on or after the day it starts.',
      });
    }
    if (!period && audit.activityIds.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['activityIds'],
        message: 'Choose the audited activities, or give the audit period.',
      });
    }
  });
export type AuditInput = z.input<typeof auditInputSchema>;
export type AuditFields = z.output<typeof auditInputSchema>;

export const auditSchema = z.object({
  id: idSchema,
  credentialId: idSchema,
  reference: z.string(),
  dueOn: isoDateSchema,
  activityIds: z.array(idSchema),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  notes: z.string(),
  /** The day the person marked it answered; null while it is open. */
  answeredOn: isoDateSchema.nullable(),
  createdAt: z.string(),
});
export type Audit = z.infer<typeof auditSchema>;

/** Whether an activity is part of an audit: chosen by name, or completed in its period. */
export function isAudited(
  audit: Pick<Audit, 'activityIds' | 'periodStart' | 'periodEnd'>,
  activity: { id: number; completedOn: string },
): boolean {
  if (audit.activityIds.includes(activity.id)) return true;
  return (
    audit.periodStart !== null &&
    audit.periodEnd !== null &&
    activity.completedOn >= audit.periodStart &&
    activity.completedOn <= audit.periodEnd
  );
}
