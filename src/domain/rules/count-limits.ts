import type { ActivityTable } from './activity-table';
import { addReason, type Assessment } from './assessment';
import type { AssessContext } from './assess-context';
import { reasons } from './explain';

/**
 * Count limits ("at most 3 CPR cards"): which activities of a kind count. Approved
 * credit first (it can do everything outside credit can, without using the outside
 * allowance), then the larger credit, then the earliest. For fixed-point kinds all
 * candidates are worth the same, so this choice is also the best one.
 */
export function applyCountLimits(assessment: Assessment, context: AssessContext): void {
  const { table, rows, chunkStart, chunks } = assessment;
  const { approved, kind } = chunks;
  let dropped: Uint8Array | null = null;
  for (const rule of context.kindRules.values()) {
    if (rule.maxCount == null || rule.excluded) continue;
    const ruleKind = table.kinds.find(rule.kind);
    const candidates: number[] = [];
    const totals: number[] = [];
    for (let index = 0; index < assessment.count; index++) {
      const start = chunkStart[index] as number;
      const end = chunkStart[index + 1] as number;
      // Every eligible credit is worth more than zero: any eligible credit makes a candidate.
      if (kind[index] !== ruleKind || !assessment.inWindow[index] || end === start) continue;
      let total = 0;
      for (let i = start; i < end; i++) total += chunks.points[i] as number;
      candidates.push(index);
      totals.push(total);
    }
    if (candidates.length <= rule.maxCount) continue;
    const totalByIndex = new Float64Array(assessment.count);
    candidates.forEach((index, position) => (totalByIndex[index] = totals[position] as number));
    const totalOf = (index: number) => totalByIndex[index] as number;
    candidates.sort(
      (x, y) =>
        (approved[y] as number) - (approved[x] as number) ||
        totalOf(y) - totalOf(x) ||
        inOneOrder(table, rows[x] as number, rows[y] as number),
    );
    const mixed = candidates.some((i) => approved[i]) && candidates.some((i) => !approved[i]);
    for (let rank = rule.maxCount; rank < candidates.length; rank++) {
      const index = candidates[rank] as number;
      (dropped ??= new Uint8Array(assessment.count))[index] = 1;
      assessment.refused[index] = 1;
      addReason(assessment, index, reasons.beyondCount(rank + 1, rule, mixed));
    }
  }
  if (dropped) dropCredit(assessment, dropped);
}

/**
 * compareActivities (order.ts) on two table rows: date, then id. Calendar days compare
 * by number, which orders (and ties) exactly as the strings do.
 */
function inOneOrder(table: ActivityTable, x: number, y: number): number {
  const dayX = table.day[x] as number;
  const dayY = table.day[y] as number;
  if (dayX === dayX && dayY === dayY) {
    return dayX === dayY ? (table.id[x] as number) - (table.id[y] as number) : dayX < dayY ? -1 : 1;
  }
  const dateX = table.completedOn[x] as string;
  const dateY = table.completedOn[y] as string;
  if (dateX === dateY) return (table.id[x] as number) - (table.id[y] as number);
  return dateX < dateY ? -1 : 1;
}

/** Removes the eligible credit of the `dropped` activities, keeping every other chunk in order. */
function dropCredit(assessment: Assessment, dropped: Uint8Array): void {
  const { chunks, chunkStart } = assessment;
  let kept = 0;
  for (let index = 0; index < assessment.count; index++) {
    const start = chunkStart[index] as number;
    const end = chunkStart[index + 1] as number;
    chunkStart[index] = kept;
    if (dropped[index]) continue;
    for (let i = start; i < end; i++) {
      chunks.owner[kept] = index;
      chunks.category[kept] = chunks.category[i] as number;
      chunks.points[kept] = chunks.points[i] as number;
      kept++;
    }
  }
  chunkStart[assessment.count] = kept;
  chunks.count = kept;
}
