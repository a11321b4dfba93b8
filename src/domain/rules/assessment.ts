import type { ActivityTable } from './activity-table';
import type { CreditChunks } from './allocation';

/**
 * One credential's claimed activities as the rules see them: one slot per activity in
 * a few flat arrays (a status refresh assesses tens of thousands of claims; one object
 * per claim was most of the engine's garbage), and the eligible credit as the chunks
 * the allocation reads. assess.ts fills it, count-limits.ts trims it, standings.ts
 * turns it into the answer.
 */

/** The claimed activities of one credential, assessed; every per-activity array has one slot per activity. */
export interface Assessment {
  table: ActivityTable;
  /** Activity i (in the one order) is table row rows[i]. */
  rows: ArrayLike<number>;
  count: number;
  /** Converted points as entered (fixed points for kinds such as CPR cards), in hundredths. */
  earned: Float64Array;
  /** 1 when completed inside the cycle and on or before the as-of date. */
  inWindow: Uint8Array;
  /** 1 when some credit was refused outright (unit, category, kind, length, date, count). */
  refused: Uint8Array;
  /**
   * Why some credit does not count: nothing, one sentence, or a list. Most activities
   * have none or one; a list made at the second keeps its exact size (a list grown from
   * one to two takes room for seventeen); a list may be shared by several activities
   * (see sharedReasons). See `reasonsOf`.
   */
  reasons: (string | string[] | undefined)[];
  /** By activity index: notes on credit that counts (fixed points set by the rules); not reasons. */
  notes: Map<number, readonly string[]>;
  /** 1 where reasons[i] is a list other activities share: copied before anything is added. */
  sharedReasons: Uint8Array;
  /** The eligible credit; activity i's is chunks [chunkStart[i], chunkStart[i + 1]). */
  chunks: CreditChunks & {
    owner: Int32Array;
    category: Int32Array;
    points: Float64Array;
    approved: Uint8Array;
    kind: Int32Array;
  };
  chunkStart: Int32Array;
  /** Inside the window, in hundredths: all converted credit, and by category number (before any rule). */
  earnedInWindow: number;
  categoryEarned: Float64Array;
}

export function newAssessment(table: ActivityTable, rows: ArrayLike<number>): Assessment {
  const count = rows.length;
  // At most one chunk per credit, or one for fixed points.
  let most = 0;
  for (let index = 0; index < count; index++) {
    const row = rows[index] as number;
    most += Math.max(1, (table.creditStart[row + 1] as number) - (table.creditStart[row] as number));
  }
  const approved = new Uint8Array(count);
  const kind = new Int32Array(count);
  return {
    table,
    rows,
    count,
    earned: new Float64Array(count),
    inWindow: new Uint8Array(count),
    refused: new Uint8Array(count),
    reasons: new Array<string | string[] | undefined>(count),
    notes: new Map(),
    sharedReasons: new Uint8Array(count),
    chunks: {
      count: 0,
      owner: new Int32Array(most),
      category: new Int32Array(most),
      points: new Float64Array(most),
      approved,
      kind,
      categoryNames: table.categories.values,
      kindNames: table.kinds.values,
    },
    chunkStart: new Int32Array(count + 1),
    earnedInWindow: 0,
    categoryEarned: new Float64Array(table.categories.size),
  };
}

export function addReason(assessment: Assessment, index: number, reason: string, first = false): void {
  const known = assessment.reasons[index];
  if (known === undefined) assessment.reasons[index] = reason;
  else if (typeof known === 'string') assessment.reasons[index] = first ? [reason, known] : [known, reason];
  else if (assessment.sharedReasons[index]) {
    // A copy of exactly the right size (a spread would take room for many more).
    assessment.sharedReasons[index] = 0;
    const copy = new Array<string>(known.length + 1);
    const offset = first ? 1 : 0;
    for (let i = 0; i < known.length; i++) copy[i + offset] = known[i] as string;
    copy[first ? 0 : known.length] = reason;
    assessment.reasons[index] = copy;
  } else if (first) known.unshift(reason);
  else known.push(reason);
}

/**
 * A reason many activities share (one day's activities outside the cycle, a unit the
 * pack does not accept, a left-out amount), as a one-sentence list built once: an
 * activity with no other reason holds the list itself instead of a copy, and addReason
 * copies it before adding to it.
 */
export function addSharedReason(
  assessment: Assessment,
  index: number,
  list: readonly string[],
  first = false,
): void {
  if (assessment.reasons[index] !== undefined) return addReason(assessment, index, list[0] as string, first);
  assessment.reasons[index] = list as string[];
  assessment.sharedReasons[index] = 1;
}

/** The activity's reasons as the list the standing shows (possibly shared with other standings). */
export function reasonsOf(assessment: Assessment, index: number): string[] {
  const known = assessment.reasons[index];
  return known === undefined ? none : typeof known === 'string' ? [known] : known;
}

/** Shared by every standing without a reason (frozen: no standing can add to another's). */
const none = Object.freeze([]) as unknown as string[];

export function appendChunk(chunks: Assessment['chunks'], category: number, points: number): void {
  chunks.category[chunks.count] = category;
  chunks.points[chunks.count] = points;
  chunks.count++;
}
