import { z } from 'zod';
import type { CredentialEvaluation } from '../evaluation';
import { type Activity, activityInputSchema, idSchema, isoDateSchema } from '../portfolio';
import { shiftMonths } from '../rules/cycle';

/**
 * A planned activity: a course the person means to take, with the day they mean to take
 * it and the credit they expect. Planned credit never counts as earned anywhere: planned
 * activities live apart from activities, and only "what if" evaluations (the dashboard's
 * "with your plan", the planner) ever read them as if done. Marking one done turns it into
 * a normal activity.
 */
export const plannedActivityInputSchema = activityInputSchema
  .pick({
    title: true,
    provider: true,
    approvingBody: true,
    kind: true,
    delivery: true,
    durationMinutes: true,
    cost: true,
    notes: true,
    credits: true,
    credentialIds: true,
  })
  .extend({
    /** The day the person means to take it. */
    plannedOn: isoDateSchema,
    /** The catalogue item it came from, when the plan suggested it. */
    catalogueItemId: z.string().trim().max(80).nullable().default(null),
    /** The day it was bought, when bought ahead: a self-study course must be finished within six months of it. */
    boughtOn: isoDateSchema.nullable().default(null),
  });
export type PlannedActivityInput = z.input<typeof plannedActivityInputSchema>;
export type PlannedActivityFields = z.output<typeof plannedActivityInputSchema>;

export const plannedActivitySchema = plannedActivityInputSchema.extend({
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlannedActivity = z.infer<typeof plannedActivitySchema>;

/** AAMA self-study courses must be finished within six months of purchase. */
export const selfStudyMonths = 6;

/** The last day to finish a self-study course bought ahead; null for anything else. */
export function selfStudyLimit(planned: Pick<PlannedActivity, 'kind' | 'boughtOn'>): string | null {
  return planned.kind === 'self_study' && planned.boughtOn
    ? shiftMonths(planned.boughtOn, selfStudyMonths)
    : null;
}

/** Ids for planned activities read as activities: far above any real activity's id. */
const plannedIdBase = 1_000_000_000;

/** A planned activity as if it were done on `completedOn` (its planned day by default). */
export function plannedAsActivity(planned: PlannedActivity, completedOn = planned.plannedOn): Activity {
  return {
    id: plannedIdBase + planned.id,
    title: planned.title,
    provider: planned.provider,
    providerAddress: '',
    approvingBody: planned.approvingBody,
    approvalNumber: '',
    certificateNumber: '',
    kind: planned.kind,
    delivery: planned.delivery,
    completedOn,
    durationMinutes: planned.durationMinutes,
    validMonths: null,
    description: '',
    cost: planned.cost,
    notes: planned.notes,
    credits: planned.credits,
    credentialIds: planned.credentialIds,
    certificates: [],
    createdAt: planned.createdAt,
    updatedAt: planned.updatedAt,
  };
}

/** What the plan does for one credential: the day it completes it, or how far it still falls short. */
export interface WithPlan {
  credentialId: number;
  /** Planned activities counted for this credential. */
  planned: number;
  /** The planned day on which the credential becomes complete; null when the plan does not complete it. */
  completeBy: string | null;
  /** Points still missing once every planned activity up to the cycle's end is done. */
  stillNeeded: number;
}

/**
 * For each credential that is not complete today, the first planned day by which its
 * planned activities complete it, within its current cycle. `evaluateAt(activities, day)`
 * is the rules engine over the given activities as of `day` (Portfolio.evaluateWith), so
 * every rule (categories, caps, approved providers, kinds) applies to planned credit too.
 */
export function completionWithPlan(
  today: readonly CredentialEvaluation[],
  activities: readonly Activity[],
  planned: readonly PlannedActivity[],
  evaluateAt: (activities: readonly Activity[], asOf: string) => readonly CredentialEvaluation[],
  asOf: string,
): WithPlan[] {
  const open = today.filter((c) => c.status !== 'complete');
  if (open.length === 0) return [];
  // A planned day already past still counts as meant: read it as taken today.
  const asIf = planned.map((p) => plannedAsActivity(p, p.plannedOn < asOf ? asOf : p.plannedOn));
  const days = [...new Set(asIf.map((a) => a.completedOn))].sort();
  const results = new Map<number, WithPlan>(
    open.map((c) => [
      c.credentialId,
      {
        credentialId: c.credentialId,
        planned: planned.filter((p) => p.credentialIds.includes(c.credentialId)).length,
        completeBy: null,
        stillNeeded: c.stillNeeded,
      },
    ]),
  );
  const cycleEnd = new Map(open.map((c) => [c.credentialId, c.cycle.end]));
  const withAll = [...activities, ...asIf];
  for (const day of days) {
    const pending = open.filter((c) => {
      const result = results.get(c.credentialId)!;
      return result.completeBy === null && result.planned > 0 && day <= cycleEnd.get(c.credentialId)!;
    });
    if (pending.length === 0) continue;
    const evaluated = evaluateAt(
      withAll.filter((a) => a.completedOn <= day),
      day,
    );
    for (const standing of evaluated) {
      const result = results.get(standing.credentialId);
      if (
        !result ||
        result.completeBy !== null ||
        !pending.some((c) => c.credentialId === standing.credentialId)
      )
        continue;
      // Another cycle by then: the plan is late for this one.
      if (standing.cycle.end !== cycleEnd.get(standing.credentialId)) continue;
      result.stillNeeded = standing.status === 'complete' ? 0 : standing.stillNeeded;
      if (standing.status === 'complete') result.completeBy = day;
    }
  }
  return [...results.values()].filter((r) => r.planned > 0);
}

export const withPlanSchema = z.object({
  credentialId: idSchema,
  planned: z.number().int().nonnegative(),
  completeBy: isoDateSchema.nullable(),
  stillNeeded: z.number(),
});
