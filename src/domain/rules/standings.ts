import type { ActivityStanding } from '../evaluation';
import type { ActivityKind } from '../portfolio';
import type { RulePack } from '../rule-pack';
import type { Allocation } from './allocation';
import { leftOutCauses } from './left-out-causes';
import { addSharedReason, reasonsOf, type Assessment } from './assessment';
import { fromHundredths } from './convert';
import { categoryLabel, leftOutSentence, leftOutWhy } from './explain';

/**
 * Turns the allocation back into per-activity standings and the credential's totals.
 * Runs once per claimed activity, so it keeps allocations low: the status page
 * evaluates thousands of activities on every change. The standings themselves are the
 * answer; nothing else here is built per activity.
 */

export interface Tally {
  activities: ActivityStanding[];
  /** All in hundredths. */
  earned: number;
  counted: number;
  approvedCounted: number;
  outsideEligible: number;
  outsideCounted: number;
  /** By category key: points earned inside the window, and points that count. */
  categoryEarned: (key: string) => number;
  categoryCounted: (key: string) => number;
}

/** Per activity: the points that count, in total and by category. */
interface Counted {
  total: Float64Array;
  /** Most activities count in one category: kept in two plain slots, a list only for more. */
  firstCategory: Int32Array;
  firstPoints: Float64Array;
  more: Map<number, [string, number][]>;
}

export function tallyStandings(
  assessment: Assessment,
  allocation: Allocation,
  pack: RulePack,
  outsideCap: number,
): Tally {
  const { table, chunks, count } = assessment;
  const { approved, categoryNames } = chunks;
  const counted: Counted = {
    total: new Float64Array(count),
    firstCategory: new Int32Array(count).fill(-1),
    firstPoints: new Float64Array(count),
    more: new Map(),
  };
  const categoryCounted = new Float64Array(categoryNames.length);
  const leftOutText = new LeftOutSentences(pack, outsideCap, chunks.kindNames, categoryNames);
  let outsideEligible = 0;

  for (let index = 0; index < chunks.count; index++) {
    const owner = chunks.owner[index] as number;
    const category = chunks.category[index] as number;
    if (!approved[owner]) outsideEligible += chunks.points[index] as number;
    const points = allocation.counted[index] as number;
    if (points > 0) {
      categoryCounted[category] = (categoryCounted[category] as number) + points;
      addCounted(counted, owner, category, points, categoryNames);
    }
    const leftOut = allocation.leftOut[index] as number;
    if (leftOut > 0) {
      const causes = allocation.causes[index] as number;
      addSharedReason(
        assessment,
        owner,
        leftOutText.of(leftOut, category, causes, chunks.kind[owner] as number),
      );
    }
  }

  const byKey = (sums: Float64Array) => (key: string) => {
    const number = table.categories.find(key);
    return number < 0 ? 0 : (sums[number] as number);
  };
  const tally: Tally = {
    activities: new Array<ActivityStanding>(count),
    earned: assessment.earnedInWindow,
    counted: 0,
    approvedCounted: 0,
    outsideEligible,
    outsideCounted: 0,
    categoryEarned: byKey(assessment.categoryEarned),
    categoryCounted: byKey(categoryCounted),
  };
  for (let index = 0; index < count; index++) {
    const points = counted.total[index] as number;
    tally.counted += points;
    if (approved[index]) tally.approvedCounted += points;
    else tally.outsideCounted += points;
    tally.activities[index] = standingOf(assessment, counted, index);
  }
  // Notes are rare (fixed-point kinds): added afterwards, so the standings built in the
  // loop keep one shape.
  for (const [index, notes] of assessment.notes)
    (tally.activities[index] as ActivityStanding).notes = [...notes];
  return tally;
}

function addCounted(
  counted: Counted,
  owner: number,
  category: number,
  points: number,
  names: readonly string[],
): void {
  counted.total[owner] = (counted.total[owner] as number) + points;
  const first = counted.firstCategory[owner] as number;
  if (first === -1 || first === category) {
    counted.firstCategory[owner] = category;
    counted.firstPoints[owner] = (counted.firstPoints[owner] as number) + points;
    return;
  }
  const key = names[category] as string;
  const more = counted.more.get(owner);
  const pair = more?.find(([known]) => known === key);
  if (pair) pair[1] += points;
  else if (more) more.push([key, points]);
  else counted.more.set(owner, [[key, points]]);
}

/** One activity's standing: the answer itself, so the only object built per activity. */
function standingOf(assessment: Assessment, counted: Counted, index: number): ActivityStanding {
  const { table, chunks } = assessment;
  const row = assessment.rows[index] as number;
  const points = counted.total[index] as number;
  const earned = assessment.earned[index] as number;
  const whole = points >= earned && !assessment.refused[index];
  const first = counted.firstCategory[index] as number;
  return {
    activityId: table.id[row] as number,
    title: table.title[row] as string,
    completedOn: table.completedOn[row] as string,
    outcome: points === 0 ? 'not_counted' : whole ? 'counted' : 'partly',
    earned: fromHundredths(earned),
    counted: fromHundredths(points),
    countedByCategory: countedByCategory(
      first < 0 ? undefined : chunks.categoryNames[first],
      counted.firstPoints[index] as number,
      counted.more.get(index),
    ),
    approvedProvider: chunks.approved[index] === 1,
    reasons: reasonsOf(assessment, index),
  };
}

/**
 * "2 clinical points left out: …", built once per kind, amount, category and causes:
 * most left-out credit shares a few sentences. Looked up by kind and category number,
 * so finding a sentence already built allocates nothing.
 */
class LeftOutSentences {
  /** [kind number][category number][causes] → by amount in hundredths: the sentence as a shared list. */
  private readonly built: Map<number, readonly string[]>[][][] = [];
  private readonly labels: (string | undefined)[] = [];
  /** The "why" part depends on the kind, the category and the causes, not the amount. */
  private readonly whys: string[][][] = [];

  constructor(
    private readonly pack: RulePack,
    private readonly outsideCap: number,
    private readonly kindNames: readonly ActivityKind[],
    private readonly categoryNames: readonly string[],
  ) {}

  of(leftOut: number, category: number, causes: number, kind: number): readonly string[] {
    // The kind is part of the key: a kind cap's sentence names its kind.
    const ofKind = (this.built[kind] ??= []);
    const ofCategory = (ofKind[category] ??= []);
    const byAmount = (ofCategory[causes] ??= new Map());
    let list = byAmount.get(leftOut);
    if (list === undefined) {
      list = [
        leftOutSentence(leftOut, this.labelOf(category), this.whyOf(causes, kind, category), this.pack),
      ];
      byAmount.set(leftOut, list);
    }
    return list;
  }

  private labelOf(category: number): string {
    let label = this.labels[category];
    if (label === undefined) {
      const key = this.categoryNames[category] as string;
      label = this.pack.categories.length > 0 ? categoryLabel(this.pack, key) : '';
      this.labels[category] = label;
    }
    return label;
  }

  private whyOf(causes: number, kind: number, category: number): string {
    const ofCategory = ((this.whys[kind] ??= [])[category] ??= []);
    const kindName = this.kindNames[kind] as ActivityKind;
    const key = this.categoryNames[category] as string;
    return (ofCategory[causes] ??= leftOutWhy(
      leftOutCauses(causes, kindName, key),
      this.pack,
      this.outsideCap,
    ));
  }
}

/** Shared by every standing that counts nothing (most of them): one frozen record, not one each. */
const nothingCounted: Record<string, number> = Object.freeze({});

function countedByCategory(
  first: string | undefined,
  firstCounted: number,
  more: [string, number][] | undefined,
): Record<string, number> {
  if (first === undefined) return nothingCounted;
  const record: Record<string, number> = {};
  put(record, first, firstCounted);
  if (more) for (const [key, points] of more) put(record, key, points);
  return record;
}

/** record[key] = points as a number, also for "__proto__" (which assignment would take as the prototype). */
function put(record: Record<string, number>, key: string, hundredths: number): void {
  if (key !== '__proto__') record[key] = fromHundredths(hundredths);
  else
    Object.defineProperty(record, key, {
      value: fromHundredths(hundredths),
      enumerable: true,
      writable: true,
      configurable: true,
    });
}
