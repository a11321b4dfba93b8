import { z } from 'zod';
import { statusMessagesSchema } from './i18n/message-schema';
import { credentialEvaluationSchema } from './evaluation';
import { idSchema, isoDateSchema } from './portfolio';
import { shiftDays } from './rules/cycle';

/**
 * A credential's finished cycles. Renewing (or reactivating) closes the current cycle:
 * it is kept with its evaluation frozen as it stood, and the next cycle starts on the
 * day the rules give (src/domain/rules/cycle.ts, nextCycleStart).
 */

export const cycleEndingSchema = z.enum(['renewed', 'reactivated_exam', 'reactivated_ce']);

export const pastCycleSchema = z.object({
  credentialId: idSchema,
  startedOn: isoDateSchema,
  /** The cycle's last day as it stood (the expiry). */
  endedOn: isoDateSchema,
  ending: cycleEndingSchema,
  /** The day the person said they renewed or reactivated. */
  statedOn: isoDateSchema,
  /** The first day of the cycle that followed. */
  nextStartedOn: isoDateSchema,
  /** The frozen evaluation: the finished cycle as of its last day in effect. */
  evaluation: credentialEvaluationSchema,
});
export type PastCycle = z.infer<typeof pastCycleSchema>;

/** The finished cycle's evaluation date: the renewal day, or the day before the next cycle began. */
export function lastDayInEffect(cycle: Pick<PastCycle, 'statedOn' | 'nextStartedOn'>): string {
  const before = shiftDays(cycle.nextStartedOn, -1);
  return cycle.statedOn < before ? cycle.statedOn : before;
}

/** What deciding the cycle in effect reads of a finished cycle: its dates and the activities it counted. */
export type PastCycleFacts = Pick<
  PastCycle,
  'credentialId' | 'startedOn' | 'endedOn' | 'statedOn' | 'nextStartedOn'
> & {
  countedActivityIds: readonly number[];
};

/** The facts of a finished cycle read in full. */
export function factsOf(cycle: PastCycle): PastCycleFacts {
  const { credentialId, startedOn, endedOn, statedOn, nextStartedOn } = cycle;
  const countedActivityIds = cycle.evaluation.activities
    .filter((a) => a.counted > 0)
    .map((a) => a.activityId);
  return { credentialId, startedOn, endedOn, statedOn, nextStartedOn, countedActivityIds };
}

/** The cycle a credential is in on `asOf`, and the activities other cycles already counted. */
export interface CycleInEffect {
  /** The finished cycle in effect on asOf; null for the current cycle. */
  past: PastCycleFacts | null;
  cycleStart: string | null;
  /** Replaces the credential's entered expiry: a later cycle's end follows the rules. */
  expiresOn: string | null | undefined;
  /** Activities counted in another finished cycle: they count only there. */
  countedElsewhere: ReadonlySet<number>;
}

/**
 * `history` is the credential's finished cycles, oldest first. Before the first renewal
 * (or with no history) the credential's own dates apply.
 */
export function cycleInEffect(
  credential: { certifiedOn: string; expiresOn?: string | null },
  history: readonly PastCycleFacts[],
  asOf: string,
): CycleInEffect {
  // A finished cycle is in effect up to its renewal; from then on, the cycle that followed
  // (before its first day it reads as not started yet).
  const index = history.findIndex((cycle) => asOf <= lastDayInEffect(cycle));
  const past = index < 0 ? null : (history[index] as PastCycleFacts);
  const countedElsewhere = new Set<number>();
  history.forEach((cycle, i) => {
    if (i === index) return;
    for (const id of cycle.countedActivityIds) countedElsewhere.add(id);
  });
  if (past) return { past, cycleStart: past.startedOn, expiresOn: past.endedOn, countedElsewhere };
  const last = history[history.length - 1];
  if (!last) return { past: null, cycleStart: null, expiresOn: credential.expiresOn, countedElsewhere };
  return { past: null, cycleStart: last.nextStartedOn, expiresOn: null, countedElsewhere };
}

/** "I renewed on DATE" / "I reactivated by exam on DATE", as the window and the CLI send it. */
export const renewalInputSchema = z.object({
  credentialId: idSchema,
  on: isoDateSchema,
  /** ce: continuing education (with the fee); exam: by passing the exam again. */
  by: z.enum(['ce', 'exam']).default('ce'),
});
export type RenewalInput = z.output<typeof renewalInputSchema>;

/** A finished cycle in a few figures: what `ceu status --json` and the credential page show. */
export const pastCycleSummarySchema = pastCycleSchema.omit({ evaluation: true, credentialId: true }).extend({
  /** The day the frozen evaluation is as of. */
  asOf: isoDateSchema,
  status: credentialEvaluationSchema.shape.status,
  required: z.number(),
  earned: z.number(),
  counted: z.number(),
  stillNeeded: z.number(),
});
export type PastCycleSummary = z.infer<typeof pastCycleSummarySchema>;

export function summarizePastCycle(cycle: PastCycle): PastCycleSummary {
  const { evaluation, credentialId: _, ...dates } = cycle;
  const { asOf, status, required, earned, counted, stillNeeded } = evaluation;
  return { ...dates, asOf, status, required, earned, counted, stillNeeded };
}

/** One credential in `ceu status --json`: its evaluation, and its finished cycles (added). */
export const statusCredentialSchema = credentialEvaluationSchema.extend({
  pastCycles: z.array(pastCycleSummarySchema),
  /** Its sentences as message keys and values, for saying them in another language (added). */
  messages: statusMessagesSchema,
});
