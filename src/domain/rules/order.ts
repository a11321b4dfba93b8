import { dayNumber } from './activity-table';

/**
 * The one order of activities everywhere: completion date, then id. Every result is
 * computed over activities in this order, which is what makes the engine's answer
 * independent of the order activities were given in. Thousands of activities are
 * sorted on every status refresh, so it is done by counting days rather than by
 * comparing strings.
 */

interface Ordered {
  completedOn: string;
  id: number;
}

export function compareActivities(x: Ordered, y: Ordered): number {
  if (x.completedOn === y.completedOn) return x.id - y.id;
  return x.completedOn < y.completedOn ? -1 : 1;
}

/** The activities in order; the input itself when it is already in order. */
export function inActivityOrder<T extends Ordered>(activities: readonly T[]): readonly T[] {
  const order = activityOrder(
    activities.map((activity) => activity.completedOn),
    activities.map((activity) => activity.id),
  );
  return order ? Array.from(order, (row) => activities[row] as T) : activities;
}

/**
 * The same order over columns (an activity's date and id at the same row): the rows in
 * order, or null when they already are in order. `days`, when given, holds each row's
 * day as dayNumber gives it, so the dates are not read a second time.
 */
export function activityOrder(
  completedOn: readonly string[],
  id: readonly number[],
  days?: ArrayLike<number>,
): Int32Array | null {
  const count = completedOn.length;
  const compare = (x: number, y: number) =>
    completedOn[x] === completedOn[y]
      ? (id[x] as number) - (id[y] as number)
      : (completedOn[x] as string) < (completedOn[y] as string)
        ? -1
        : 1;
  let ordered = true;
  for (let i = 1; i < count && ordered; i++) ordered = compare(i - 1, i) <= 0;
  if (ordered) return null;

  const byComparing = () => Int32Array.from(Array.from({ length: count }, (_, row) => row).sort(compare));
  if (!days) {
    const computed = new Float64Array(count);
    for (let i = 0; i < count; i++) computed[i] = dayNumber(completedOn[i] as string);
    days = computed;
  }
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const day = days[i] as number;
    if (Number.isNaN(day)) return byComparing(); // not all calendar dates
    if (day < first) first = day;
    if (day > last) last = day;
  }
  // Spread over millennia: compare strings instead.
  if (last - first > 1_000_000) return byComparing();

  // Counting sort by day (stable), then by id among activities of the same day.
  const starts = new Int32Array(last - first + 2);
  for (let i = 0; i < count; i++) (starts[(days[i] as number) - first + 1] as number)++;
  for (let d = 1; d < starts.length; d++) starts[d] = (starts[d] as number) + (starts[d - 1] as number);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const slot = (days[i] as number) - first;
    order[starts[slot] as number] = i;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let runStart = 0; runStart < count;) {
    let runEnd = runStart + 1;
    while (runEnd < count && days[order[runEnd] as number] === days[order[runStart] as number]) runEnd++;
    if (runEnd - runStart > 1) sortRunById(id, order, runStart, runEnd);
    runStart = runEnd;
  }
  return order;
}

/**
 * Orders one day's activities by id. They are few, so an insertion sort (stable, like
 * any sort here) does it without building anything; ids that are not finite numbers
 * make `x.id - y.id` an inconsistent comparison, and then the sort's own steps decide
 * the order, so those keep the typed array's sort.
 */
function sortRunById(id: readonly number[], order: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (!Number.isFinite(id[order[i] as number])) {
      order.subarray(from, to).sort((x, y) => (id[x] as number) - (id[y] as number));
      return;
    }
  }
  for (let i = from + 1; i < to; i++) {
    const moving = order[i] as number;
    const movingId = id[moving] as number;
    let j = i - 1;
    for (; j >= from && (id[order[j] as number] as number) > movingId; j--) order[j + 1] = order[j] as number;
    order[j + 1] = moving;
  }
}
