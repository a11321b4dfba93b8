import { z } from 'zod';

/**
 * Where one credential stands as of one date: the rules engine's answer. This shape is
 * a contract: the UI, the packet and `ceu status --json` (documented in
 * docs/status-json.md) all read it, so fields are added, never renamed or removed.
 */

export const credentialStatusSchema = z.enum([
  /** Enough credit counted: ready to apply. */
  'complete',
  /** Not complete, but the pace so far would finish in time. */
  'on_track',
  /**
   * The first six months of the cycle (or its first quarter, if shorter): not complete,
   * and too early to call it behind. Added after the first release of this contract.
   */
  'just_started',
  /** Not complete, and behind the even pace needed to finish in time. */
  'behind',
  /** Not complete and within 90 days of expiry. */
  'due_soon',
  /** Expired, but renewal by continuing education is still allowed (grace period). */
  'grace',
  /** Expired past any grace period: renewal by CE is no longer possible. */
  'lapsed',
  /** The cycle has not started yet on the as-of date. */
  'not_started',
]);
export type CredentialStatus = z.infer<typeof credentialStatusSchema>;

export const categoryStandingSchema = z.object({
  key: z.string(),
  label: z.string(),
  min: z.number(),
  max: z.number().nullable(),
  /** Points earned in this category inside the cycle, before limits. */
  earned: z.number(),
  /** Points from this category that count after every limit. */
  counted: z.number(),
  /** Points still needed to meet this category's minimum (0 when met). */
  stillNeeded: z.number(),
});
export type CategoryStanding = z.infer<typeof categoryStandingSchema>;

export const activityStandingSchema = z.object({
  activityId: z.number(),
  title: z.string(),
  completedOn: z.string(),
  /** counted: all of its credit counts; partly: some; not_counted: none. */
  outcome: z.enum(['counted', 'partly', 'not_counted']),
  /** Points as entered, converted to this pack's points (0 where not convertible). */
  earned: z.number(),
  counted: z.number(),
  /** Counted points by category key. */
  countedByCategory: z.record(z.string(), z.number()),
  /** Whether the activity's provider is approved under this pack's approved-provider rule. */
  approvedProvider: z.boolean(),
  /** Why some or all of its credit does not count, in plain words. */
  reasons: z.array(z.string()),
  /** Things to check about credit that counts (a CPR card's validity); never a reason it does not count. */
  notes: z.array(z.string()).optional(),
});
export type ActivityStanding = z.infer<typeof activityStandingSchema>;

export const deadlineSchema = z.object({
  key: z.string(),
  label: z.string(),
  date: z.string(),
  note: z.string(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const credentialEvaluationSchema = z.object({
  credentialId: z.number(),
  rulePackId: z.string(),
  rulePackVersion: z.string(),
  credential: z.string(),
  name: z.string(),
  body: z.string(),
  pointName: z.string(),
  asOf: z.string(),
  cycle: z.object({
    start: z.string(),
    /** The expiry date: the last day credit can be earned. */
    end: z.string(),
    from: z.enum(['certified_on', 'entered_expiry']),
  }),
  status: credentialStatusSchema,
  /** One sentence a person can read: "Complete: ready to apply." */
  headline: z.string(),
  /** Days until expiry (negative once expired). */
  daysLeft: z.number(),
  required: z.number(),
  earned: z.number(),
  counted: z.number(),
  stillNeeded: z.number(),
  categories: z.array(categoryStandingSchema),
  approvedProviders: z
    .object({
      label: z.string(),
      min: z.number(),
      counted: z.number(),
      stillNeeded: z.number(),
      /** Outside credit earned beyond what can count. */
      outsideLeftOut: z.number(),
    })
    .nullable(),
  /** Even pace from today: points a month still needed to finish by expiry. */
  pace: z.object({ monthsLeft: z.number(), pointsPerMonth: z.number() }).nullable(),
  activities: z.array(activityStandingSchema),
  deadlines: z.array(deadlineSchema),
  /** Plain-words list of what is still needed, most important first. */
  needs: z.array(z.string()),
  /**
   * Once lapsed: each way back still open, as the figures `needs` was written from, so
   * each edge can say it in the person's language. Empty before a lapse.
   */
  routesBack: z
    .array(
      z.object({
        label: z.string(),
        text: z.string(),
        fee: z.number().nullable(),
        unverified: z.boolean(),
        /** Reactivation by CE: what the activities since `from` cover if applying on `asOf`. */
        progress: z.object({ from: z.string(), asOf: z.string(), stillNeeded: z.number() }).nullable(),
      }),
    )
    .optional(),
  fees: z.array(
    z.object({ label: z.string(), amount: z.number(), every: z.string(), unverified: z.boolean() }),
  ),
  confirmNote: z.string(),
  source: z.string(),
  lastChecked: z.string().nullable(),
  unverified: z.array(z.string()),
  /**
   * The days credit is counted from and to, when they differ from the cycle: NCCT's
   * look-back to the previous calendar year, or AMT's three years before a reactivation
   * application (the as-of date) once lapsed.
   */
  creditWindow: z
    .object({ start: z.string(), end: z.string(), why: z.enum(['look_back', 'reactivation']) })
    .nullable()
    .optional(),
  /** Questions the body's published pages leave open (e.g. credit earned in the grace period). */
  openQuestions: z.array(z.string()).optional(),
  /** Per-rule sources: the page, its words, the day read, and whether the rule is unverified. */
  ruleSources: z
    .array(
      z.object({
        rule: z.string(),
        source: z.string(),
        quote: z.string(),
        lastChecked: z.string().nullable(),
        unverified: z.boolean(),
      }),
    )
    .optional(),
});
export type CredentialEvaluation = z.infer<typeof credentialEvaluationSchema>;

export const activityCountsSchema = z.object({
  counted: z.number(),
  partly: z.number(),
  notCounted: z.number(),
});

/**
 * An evaluation without its per-activity standings: what the dashboard shows. A
 * portfolio of thousands of activities answers in a few kilobytes instead of megabytes.
 */
export const credentialSummarySchema = credentialEvaluationSchema
  .omit({ activities: true })
  .extend({ activityCounts: activityCountsSchema });
export type CredentialSummary = z.infer<typeof credentialSummarySchema>;

export function summarizeEvaluation(evaluation: CredentialEvaluation): CredentialSummary {
  const { activities, ...rest } = evaluation;
  const activityCounts = { counted: 0, partly: 0, notCounted: 0 };
  for (const activity of activities) {
    if (activity.outcome === 'counted') activityCounts.counted++;
    else if (activity.outcome === 'partly') activityCounts.partly++;
    else activityCounts.notCounted++;
  }
  return { ...rest, activityCounts };
}
