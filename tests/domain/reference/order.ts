/**
 * The one order of activities everywhere: completion date, then id. Every result is
 * computed over activities in this order, which is what makes the engine's answer
 * independent of the order activities were given in. Sorting thousands of activities
 * is the largest single cost of an evaluation, so it is done by counting days rather
 * than by comparing strings.
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
  const count = activities.length;
  let ordered = true;
  for (let i = 1; i < count && ordered; i++) {
    ordered = compareActivities(activities[i - 1] as T, activities[i] as T) <= 0;
  }
  if (ordered) return activities;

  const days = new Float64Array(count);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const day = dayIndex((activities[i] as T).completedOn);
    if (Number.isNaN(day)) return [...activities].sort(compareActivities); // not all calendar dates
    days[i] = day;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  // Spread over millennia: compare strings instead.
  if (last - first > 1_000_000) {
    return [...activities].sort(compareActivities);
  }

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
  const byId = (x: number, y: number) => (activities[x] as T).id - (activities[y] as T).id;
  for (let runStart = 0; runStart < count;) {
    let runEnd = runStart + 1;
    while (runEnd < count && days[order[runEnd] as number] === days[order[runStart] as number]) runEnd++;
    if (runEnd - runStart > 1) order.subarray(runStart, runEnd).sort(byId);
    runStart = runEnd;
  }
  const result = new Array<T>(count);
  for (let i = 0; i < count; i++) result[i] = activities[order[i] as number] as T;
  return result;
}

/** An order-preserving number for a YYYY-MM-DD day (31 days a month, 12 months a year); NaN otherwise. */
function dayIndex(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const month = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const day = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  // Month or day 00 is NaN too (changed on purpose in both engines): month 00 numbered the
  // same as the December before, which broke the order.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Number.NaN; // would break the order
  return (year * 12 + (month - 1)) * 31 + (day - 1);
}

function digitAt(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}
