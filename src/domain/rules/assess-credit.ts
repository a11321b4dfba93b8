import type { Credit } from '../portfolio';
import type { KindRule } from '../rule-pack';
import type { AssessContext } from './assess-context';
import { addReason, addSharedReason, appendChunk, type Assessment } from './assessment';
import type { ActivityLike } from './activity-like';
import { creditPoints, toHundredths } from './convert';
import { categoryLabel, reasons } from './explain';

/**
 * Converts the entered credit into pack points and records refused units as reasons;
 * appends the converted credit to the chunks only when `collect` (inside the window).
 */
export function convertCredits(
  assessment: Assessment,
  index: number,
  context: AssessContext,
  kindRule: KindRule | null,
  collect: boolean,
): void {
  const { table, chunks } = assessment;
  const row = assessment.rows[index] as number;
  const from = table.creditStart[row] as number;
  const to = table.creditStart[row + 1] as number;
  if (kindRule?.pointsEach != null) {
    convertFixed(assessment, index, context, kindRule, kindRule.pointsEach, collect);
    return;
  }
  if (to === from) {
    assessment.refused[index] = 1;
    addReason(assessment, index, reasons.noCredit);
  }
  let earned = 0;
  for (let credit = from; credit < to; credit++) {
    const unit = table.creditUnit[credit] as number;
    if (!context.acceptedOf[unit]) {
      assessment.refused[index] = 1;
      let list = context.unitSentences[unit];
      if (list === undefined) {
        list = [reasons.unitNotAccepted(table.units.values[unit] as Credit['unit'], context.pack)];
        context.unitSentences[unit] = list;
      }
      addSharedReason(assessment, index, list);
      continue;
    }
    const { minutesPerPoint } = context.pack;
    const points =
      minutesPerPoint !== null && to - from === 1 && context.hourBasedOf[unit] && statedMinutes(table, row)
        ? Math.round(((table.lengthMinutes[row] as number) / minutesPerPoint) * 100)
        : Math.round((table.creditAmount[credit] as number) * (context.factorOf[unit] as number) * 100); // as creditPoints does
    earned += points;
    if (collect) appendChunk(chunks, table.creditCategory[credit] as number, points);
  }
  assessment.earned[index] = earned;
}

/** Fixed points whatever was entered (the AAMA's CPR card: 4 clinical points). */
function convertFixed(
  assessment: Assessment,
  index: number,
  context: AssessContext,
  kindRule: KindRule,
  pointsEach: number,
  collect: boolean,
): void {
  const { pack } = context;
  const activity = assessment.table.activities[assessment.rows[index] as number] as ActivityLike;
  const { credits } = activity;
  const fixed = toHundredths(pointsEach);
  const category = kindRule.category ?? credits[0]?.category ?? (pack.categories.length ? null : '');
  assessment.earned[index] = fixed;
  if (category === null) {
    assessment.refused[index] = 1;
    addReason(assessment, index, reasons.noCategory(activity.kind));
    return;
  }
  const only = credits.length === 1 ? credits[0] : undefined;
  const asEntered = only && only.category === category && creditPoints(only, pack) === fixed;
  if (!asEntered) {
    let list = context.fixedPointSentences.get(category);
    if (list === undefined) {
      list = [reasons.fixedPoints(kindRule, fixed, categoryLabel(pack, category), pack)];
      context.fixedPointSentences.set(category, list);
    }
    // Counting as the rules set it is not a reason it does not count: a note.
    assessment.notes.set(index, list);
  }
  if (collect) appendChunk(assessment.chunks, assessment.table.categories.find(category), fixed);
}

/** True when the certificate states the activity's minutes (not inferred from its credit). */
function statedMinutes(table: AssessmentTable, row: number): boolean {
  return table.lengthKnown[row] === 1 && table.lengthInferred[row] === 0;
}

type AssessmentTable = Assessment['table'];
