import type { ActivityLike } from './activity-like';
import { minutesPerUnit } from './convert';

/**
 * The activities of one evaluation, read once into flat arrays, one row per activity.
 *
 * Why: the status page evaluates thousands of activities for several credentials on
 * every change. Reading each activity object, its credit list and each credit again for
 * every credential cost more than all the rules together (each read is a trip to
 * memory); a few compact arrays read in order cost little. Strings that repeat (kinds,
 * approving bodies, units, categories) become small numbers, so a credential's rules
 * are looked up once per distinct value rather than once per activity.
 *
 * Values are kept as entered (amounts as the numbers they are, lengths as
 * activityLength gives them), so the rules compute exactly what they would from the
 * objects; what the table does not hold (a stated duration shown in a sentence, the
 * credits of a CPR card) is read from the activity itself.
 */
export interface ActivityTable {
  /** Row → the activity itself, for the rare paths that need more than the table holds. */
  activities: readonly ActivityLike[];
  count: number;
  id: number[];
  title: string[];
  completedOn: string[];
  /** The day as a number (see `dayNumber`), or NaN when completedOn is not a calendar-like day. */
  day: Float64Array;
  kind: Int32Array;
  kinds: Distinct<ActivityLike['kind']>;
  /** approvingBody ?? '' */
  body: Int32Array;
  bodies: Distinct<string>;
  /** The activity's length when it can be known, pack or no pack: as activityLength (convert.ts) gives it. */
  lengthKnown: Uint8Array;
  lengthMinutes: Float64Array;
  lengthInferred: Uint8Array;
  /** Row r's credits are credit rows [creditStart[r], creditStart[r + 1]). */
  creditStart: Int32Array;
  creditUnit: Int32Array;
  units: Distinct<string>;
  creditAmount: Float64Array;
  creditCategory: Int32Array;
  /** Every category key seen: entered on credits, or named by a rule pack. */
  categories: Distinct<string>;
  /** Row r is claimed for the credentials numbered claim[claimStart[r] .. claimStart[r + 1]), each once. */
  claimStart: Int32Array;
  claim: Int32Array;
  /** Credential ids as claimed. */
  claimIds: Distinct<unknown>;
}

/** Values numbered in the order first seen. */
export class Distinct<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<T, number>();

  numberOf(value: T): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.numbers.set(value, number);
      this.values.push(value);
    }
    return number;
  }

  /** The number of a value already seen, or -1. */
  find(value: T): number {
    return this.numbers.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

export function readActivities(activities: readonly ActivityLike[]): ActivityTable {
  const count = activities.length;
  const table: ActivityTable = {
    activities,
    count,
    id: new Array<number>(count),
    title: new Array<string>(count),
    completedOn: new Array<string>(count),
    day: new Float64Array(count),
    kind: new Int32Array(count),
    kinds: new Distinct(),
    body: new Int32Array(count),
    bodies: new Distinct(),
    lengthKnown: new Uint8Array(count),
    lengthMinutes: new Float64Array(count),
    lengthInferred: new Uint8Array(count),
    creditStart: new Int32Array(count + 1),
    creditUnit: new Int32Array(count * 2),
    units: new Distinct(),
    creditAmount: new Float64Array(count * 2),
    creditCategory: new Int32Array(count * 2),
    categories: new Distinct(),
    claimStart: new Int32Array(count + 1),
    claim: new Int32Array(count * 2),
    claimIds: new Distinct(),
  };
  // One small function per row: the JIT optimizes it within the first evaluation.
  for (let row = 0; row < count; row++) readRow(table, row, activities[row] as ActivityLike);
  return table;
}

/** Reads one activity into row `row`; its credits and claims follow the previous row's. */
function readRow(table: ActivityTable, row: number, activity: ActivityLike): void {
  const { completedOn, credits } = activity;
  table.id[row] = activity.id;
  table.title[row] = activity.title;
  table.completedOn[row] = completedOn;
  table.day[row] = dayNumber(completedOn);
  table.kind[row] = table.kinds.numberOf(activity.kind);
  table.body[row] = table.bodies.numberOf(activity.approvingBody ?? '');
  readLength(table, row, activity);

  let credit = table.creditStart[row] as number;
  if (credit + credits.length > table.creditUnit.length) growCredits(table, credit + credits.length);
  for (let i = 0; i < credits.length; i++, credit++) {
    const entered = credits[i] as ActivityLike['credits'][number];
    table.creditUnit[credit] = table.units.numberOf(entered.unit);
    table.creditAmount[credit] = entered.amount;
    table.creditCategory[credit] = table.categories.numberOf(entered.category);
  }
  table.creditStart[row + 1] = credit;

  let claim = table.claimStart[row] as number;
  const ids = activity.credentialIds ?? [];
  if (claim + ids.length > table.claim.length) table.claim = grown(table.claim, claim + ids.length);
  for (let position = 0; position < ids.length; position++) {
    const id = ids[position] as number;
    // Claimed twice for one credential: once is enough (indexOf never finds NaN: never claimed).
    if (ids.indexOf(id) === position) table.claim[claim++] = table.claimIds.numberOf(id);
  }
  table.claimStart[row + 1] = claim;
}

/** activityLength (convert.ts) for one row, without building its answer object. */
function readLength(table: ActivityTable, row: number, activity: ActivityLike): void {
  const { durationMinutes, credits } = activity;
  if (durationMinutes != null) {
    table.lengthKnown[row] = 1;
    table.lengthMinutes[row] = durationMinutes;
    return;
  }
  if (credits.length === 0) return;
  let minutes = 0;
  for (let i = 0; i < credits.length; i++) {
    const credit = credits[i] as ActivityLike['credits'][number];
    const perUnit = minutesPerUnit[credit.unit];
    if (perUnit === undefined) return;
    minutes += credit.amount * perUnit;
  }
  table.lengthKnown[row] = 1;
  table.lengthMinutes[row] = Math.round(minutes);
  table.lengthInferred[row] = 1;
}

function growCredits(table: ActivityTable, needed: number): void {
  table.creditUnit = grown(table.creditUnit, needed);
  table.creditAmount = grown(table.creditAmount, needed);
  table.creditCategory = grown(table.creditCategory, needed);
}

function grown<T extends Int32Array | Float64Array>(array: T, needed: number): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * YYYY-MM-DD with a month 01-12 and a day 01-31, as a number that orders exactly as the
 * string does (so window checks compare numbers); NaN for anything else, which is then
 * compared as a string, as entered.
 */
export function dayNumber(iso: string): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Number.NaN;
  return (year * 12 + (month - 1)) * 31 + (day - 1);
}

function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}
