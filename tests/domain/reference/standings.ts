import type { ActivityStanding } from '../../../src/domain/evaluation';
import type { RulePack } from '../../../src/domain/rule-pack';
import type { Allocation, CreditChunk } from './allocate';
import { addReason, type AssessedActivity, type EligibleCredit } from './assess';
import { fromHundredths } from './convert';
import { categoryLabel, reasons } from './explain';

/**
 * Turns the allocation back into per-activity standings and the credential's totals.
 * Runs once per claimed activity, so it keeps allocations low: the status page
 * evaluates thousands of activities on every change.
 */

export interface Tally {
  activities: ActivityStanding[];
  /** All in hundredths. */
  earned: number;
  counted: number;
  approvedCounted: number;
  outsideEligible: number;
  outsideCounted: number;
  categoryEarned: Map<string, number>;
  categoryCounted: Map<string, number>;
}

export function tallyStandings(
  assessed: readonly AssessedActivity[],
  chunks: readonly CreditChunk[],
  ownerOf: readonly number[],
  allocation: Allocation,
  pack: RulePack,
  outsideCap: number,
): Tally {
  const countedOf = new Float64Array(assessed.length);
  // Most activities count in one category: keep it in two plain slots, a list only for more.
  const firstCategoryOf = new Array<string | undefined>(assessed.length);
  const firstCountedOf = new Float64Array(assessed.length);
  const moreOf = new Map<number, [string, number][]>();
  const categoryCounted = new Map<string, number>();
  const labelled = pack.categories.length > 0;
  const leftOutText = new Map<string, string>();

  for (let index = 0; index < chunks.length; index++) {
    const owner = ownerOf[index] as number;
    const { category } = chunks[index] as CreditChunk;
    const counted = allocation.counted[index] ?? 0;
    if (counted > 0) {
      countedOf[owner] = (countedOf[owner] ?? 0) + counted;
      categoryCounted.set(category, (categoryCounted.get(category) ?? 0) + counted);
      const first = firstCategoryOf[owner];
      if (first === undefined || first === category) {
        firstCategoryOf[owner] = category;
        firstCountedOf[owner] = (firstCountedOf[owner] ?? 0) + counted;
      } else {
        const more = moreOf.get(owner) ?? [];
        const pair = more.find(([key]) => key === category);
        if (pair) pair[1] += counted;
        else more.push([category, counted]);
        moreOf.set(owner, more);
      }
    }
    const leftOut = allocation.leftOut[index] ?? 0;
    if (leftOut > 0) {
      const causes = allocation.causes[index] ?? [];
      const kind = (assessed[owner] as AssessedActivity).activity.kind;
      const key = `${kind}|${leftOut}|${category}|${causes.length === 1 ? causes[0]?.type : causes.map((c) => c.type).join()}`;
      let text = leftOutText.get(key);
      if (text === undefined) {
        text = reasons.leftOut(
          leftOut,
          labelled ? categoryLabel(pack, category) : '',
          causes,
          pack,
          outsideCap,
        );
        leftOutText.set(key, text);
      }
      addReason(assessed[owner] as AssessedActivity, text);
    }
  }

  const tally: Tally = {
    activities: new Array<ActivityStanding>(assessed.length),
    earned: 0,
    counted: 0,
    approvedCounted: 0,
    outsideEligible: 0,
    outsideCounted: 0,
    categoryEarned: new Map(),
    categoryCounted,
  };
  assessed.forEach((activity, index) => {
    const counted = countedOf[index] ?? 0;
    if (activity.inWindow) {
      tally.earned += activity.earned;
      for (let i = 0; i < activity.converted.length; i++) {
        const credit = activity.converted[i] as EligibleCredit;
        tally.categoryEarned.set(
          credit.category,
          (tally.categoryEarned.get(credit.category) ?? 0) + credit.points,
        );
      }
    }
    tally.counted += counted;
    if (activity.approved) tally.approvedCounted += counted;
    else {
      tally.outsideCounted += counted;
      for (let i = 0; i < activity.eligible.length; i++)
        tally.outsideEligible += activity.eligible[i]?.points ?? 0;
    }
    const whole = counted >= activity.earned && !activity.refused;
    tally.activities[index] = {
      activityId: activity.activity.id,
      title: activity.activity.title,
      completedOn: activity.activity.completedOn,
      outcome: counted === 0 ? 'not_counted' : whole ? 'counted' : 'partly',
      earned: fromHundredths(activity.earned),
      counted: fromHundredths(counted),
      countedByCategory: countedByCategory(
        firstCategoryOf[index],
        firstCountedOf[index] ?? 0,
        moreOf.get(index),
      ),
      approvedProvider: activity.approved,
      reasons: activity.reasons ?? [],
      ...(activity.notes ? { notes: activity.notes } : {}),
    };
  });
  return tally;
}

function countedByCategory(
  first: string | undefined,
  firstCounted: number,
  more: [string, number][] | undefined,
): Record<string, number> {
  if (first === undefined) return {};
  if (!more && first !== '__proto__') {
    // The common case, kept cheap; "__proto__" would set the prototype, so it takes the long way.
    const single: Record<string, number> = {};
    single[first] = fromHundredths(firstCounted);
    return single;
  }
  return Object.fromEntries(
    [[first, firstCounted] as const, ...(more ?? [])].map(([key, points]) => [key, fromHundredths(points)]),
  );
}
