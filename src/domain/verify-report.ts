import { z } from 'zod';

/** What "Check my portfolio" and `ceu verify` found: each problem with what to do about it. */
export const verifyProblemSchema = z.object({
  code: z.enum([
    'DATABASE_DAMAGED',
    'BROKEN_LINK',
    'CERTIFICATE_MISSING',
    'CERTIFICATE_CHANGED',
    'UNUSED_FILE',
    'LEFTOVER_FILE',
  ]),
  /** The file or record it concerns, in the person's words ("certificate 3f2a9c…"). */
  concerns: z.string(),
  /** What happened and what to do, in one or two plain sentences. */
  advice: z.string(),
  /** What `concerns` names, as values, so each edge can say it in the person's language (added). */
  subject: z
    .object({
      fileName: z.string().optional(),
      sha256: z.string().optional(),
      table: z.string().optional(),
      rowid: z.number().optional(),
      parent: z.string().optional(),
      path: z.string().optional(),
    })
    .optional(),
});
export type VerifyProblem = z.infer<typeof verifyProblemSchema>;

export const verifyReportSchema = z.object({
  activities: z.number().int().nonnegative(),
  certificatesChecked: z.number().int().nonnegative(),
  problems: z.array(verifyProblemSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;
