import type { KindRule, RulePack } from '../rule-pack';
import { formatCredit } from '../units';
import type { ActivityTable } from './activity-table';
import type { AssessContext } from './assess-context';
import { convertCredits } from './assess-credit';
import { addReason, addSharedReason, newAssessment, type Assessment } from './assessment';
import type { ActivityLike } from './activity-like';
import { reasons } from './explain';

/**
 * Each claimed activity against one credential's rules, before any cap: is it inside
 * the cycle, which of its credit converts, and which passes the eligibility rules (kind
 * exclusions, minimum length, the pack's categories). Caps (count, points, category
 * maximum, outside providers) are decided afterwards across all activities together.
 */

export function assessActivities(
  table: ActivityTable,
  rows: ArrayLike<number>,
  context: AssessContext,
): Assessment {
  const assessment = newAssessment(table, rows);
  // Activities come in date order: one day's activities share the sentence just built.
  const lastOutside: LastOutside = { day: Number.NaN, completedOn: null, list: [] };
  // One small function per activity: the JIT optimizes it after a few hundred activities
  // of the first evaluation, where one large loop would wait for a slower compile.
  for (let index = 0; index < assessment.count; index++) assessOne(assessment, index, context, lastOutside);
  const { chunks, chunkStart } = assessment;
  chunkStart[assessment.count] = chunks.count;
  for (let index = 0; index < assessment.count; index++) {
    const end = chunkStart[index + 1] as number;
    for (let i = chunkStart[index] as number; i < end; i++) chunks.owner[i] = index;
  }
  return assessment;
}

interface LastOutside {
  day: number;
  completedOn: string | null;
  /** [why that day does not count]: shared as the reasons of that day's activities that have no other. */
  list: readonly string[];
}

function assessOne(assessment: Assessment, index: number, context: AssessContext, last: LastOutside): void {
  const { table, chunks } = assessment;
  const row = assessment.rows[index] as number;
  const first = chunks.count;
  assessment.chunkStart[index] = first;
  const kind = table.kind[row] as number;
  chunks.kind[index] = kind;
  const kindRule = context.kindRuleOf[kind] ?? null;
  // Fixed points (a CPR card) count toward the approved-provider minimum only where the pack says so.
  chunks.approved[index] =
    kindRule?.pointsEach != null && !kindRule.countsTowardApproved && context.pack.approvedProviders
      ? 0
      : (context.approvedOf[table.body[row] as number] as number);

  // Day numbers order exactly as the strings do; a day that is not calendar-like is compared as entered.
  const day = table.day[row] as number;
  const completedOn = table.completedOn[row] as string;
  const outside =
    day === day
      ? day < context.startDay || day > context.endDay || day > context.asOfDay
      : completedOn < context.cycle.start || completedOn > context.cycle.end || completedOn > context.asOf;
  if (outside && !(day === day ? day === last.day : completedOn === last.completedOn)) {
    last.day = day;
    last.completedOn = completedOn;
    last.list = [outsideSentence(context, completedOn, day)];
  }
  // Out of the window the credit is still converted: its earned figure and unit problems are shown.
  convertCredits(assessment, index, context, kindRule, !outside);
  if (outside) {
    // The date is the first thing to read; that day's activities share the list.
    assessment.refused[index] = 1;
    chunks.count = first;
    return addSharedReason(assessment, index, last.list, true);
  }
  assessment.inWindow[index] = 1;
  assessment.earnedInWindow += assessment.earned[index] as number;
  for (let i = first; i < chunks.count; i++) {
    const category = chunks.category[i] as number;
    assessment.categoryEarned[category] =
      (assessment.categoryEarned[category] as number) + (chunks.points[i] as number);
  }

  if (kindRule?.excluded) {
    assessment.refused[index] = 1;
    chunks.count = first;
    return addSharedReason(assessment, index, excludedSentence(context, kindRule), true);
  }
  const { pack } = context;
  // The activity object is read only for kinds with a validity rule (CPR cards).
  if (kindRule?.minValidMonths != null) {
    const validMonths = (table.activities[row] as ActivityLike).validMonths;
    if (validMonths != null && validMonths < kindRule.minValidMonths) {
      return refuse(assessment, index, first, reasons.validTooShort(kindRule, validMonths));
    }
    if (validMonths == null) {
      const notes = assessment.notes.get(index) ?? [];
      assessment.notes.set(index, [...notes, reasons.validityUnknown(kindRule)]);
    }
  }
  if (
    kindRule?.pointsEach == null &&
    pack.minActivityMinutes != null &&
    (pack.minActivityMinutesFor === 'all' || !chunks.approved[index]) &&
    table.lengthKnown[row] &&
    (table.lengthMinutes[row] as number) < pack.minActivityMinutes
  ) {
    return refuse(assessment, index, first, tooShortSentence(table, row, pack, pack.minActivityMinutes));
  }

  // Keep only the credit that fits the pack's categories, in place.
  const { knownOf, hasCategories } = context;
  let kept = first;
  for (let i = first; i < chunks.count; i++) {
    const category = chunks.category[i] as number;
    const points = chunks.points[i] as number;
    if (hasCategories && !knownOf[category]) {
      assessment.refused[index] = 1;
      const key = table.categories.values[category] as string;
      addReason(assessment, index, reasons.categoryNotInPack(key, points, pack));
    }
    if (!(points > 0 && (!hasCategories || knownOf[category]))) continue;
    chunks.category[kept] = category;
    chunks.points[kept] = points;
    kept++;
  }
  chunks.count = kept;
}

function refuse(assessment: Assessment, index: number, first: number, reason: string): void {
  assessment.refused[index] = 1;
  assessment.chunks.count = first;
  // The rule that refuses the whole activity is the first thing to read.
  addReason(assessment, index, reason, true);
}

function excludedSentence(context: AssessContext, kindRule: KindRule): readonly string[] {
  let list = context.excludedSentences.get(kindRule);
  if (list === undefined) context.excludedSentences.set(kindRule, (list = [reasons.kindExcluded(kindRule)]));
  return list;
}

function tooShortSentence(table: ActivityTable, row: number, pack: RulePack, minimum: number): string {
  const activity = table.activities[row] as ActivityLike;
  const inferred = table.lengthInferred[row] === 1;
  // A stated length is shown exactly as entered.
  const minutes = inferred ? (table.lengthMinutes[row] as number) : (activity.durationMinutes as number);
  const stated = activity.credits.map((c) => formatCredit(c.amount, c.unit)).join(' + ');
  return reasons.tooShort({ minutes, inferred }, minimum, pack, stated);
}

/** Why an activity outside the window does not count (built once per day: see assessOne). */
function outsideSentence(context: AssessContext, completedOn: string, day: number): string {
  const { cycle, asOf } = context;
  if (day === day) {
    // A calendar day: its number says which sentence without reading the string.
    if (day < context.startDay) return reasons.beforeCycle(completedOn, cycle.start, cycle.why);
    // A reactivation's window ends on the as-of date (the application day).
    if (day > context.endDay && cycle.why !== 'reactivation')
      return reasons.afterCycle(completedOn, cycle.end);
    return reasons.afterAsOf(completedOn, asOf);
  }
  return completedOn < cycle.start
    ? reasons.beforeCycle(completedOn, cycle.start, cycle.why)
    : completedOn > cycle.end && cycle.why !== 'reactivation'
      ? reasons.afterCycle(completedOn, cycle.end)
      : reasons.afterAsOf(completedOn, asOf);
}
