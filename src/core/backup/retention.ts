/** How many snapshots to keep: the newest of each of the last N days and of the last M weeks. */
export interface RetentionPolicy {
  keepDaily: number;
  keepWeekly: number;
}

export const defaultRetention: RetentionPolicy = { keepDaily: 7, keepWeekly: 8 };

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The snapshots to keep. Periods are counted among the days (and weeks, Monday to Sunday,
 * UTC) that HAVE snapshots, not on the calendar: after a month away from the app the
 * old snapshots are still there, and only new ones push them out. The newest snapshot
 * and any dated after `now` (a clock that was wrong) are always kept.
 */
export function snapshotsToKeep(
  snapshots: readonly { name: string; createdAt: Date }[],
  policy: RetentionPolicy,
  now: Date,
): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  for (const s of newestFirst) if (s.createdAt.getTime() > now.getTime()) keep.add(s.name);
  keepNewestPerPeriod(newestFirst, policy.keepDaily, (d) => Math.floor(d.getTime() / dayMs), keep);
  // 1970-01-01 was a Thursday: +3 makes weeks start on Monday.
  keepNewestPerPeriod(
    newestFirst,
    policy.keepWeekly,
    (d) => Math.floor((Math.floor(d.getTime() / dayMs) + 3) / 7),
    keep,
  );
  return keep;
}

function keepNewestPerPeriod(
  newestFirst: readonly { name: string; createdAt: Date }[],
  periods: number,
  periodOf: (d: Date) => number,
  keep: Set<string>,
): void {
  const seen = new Set<number>();
  for (const s of newestFirst) {
    const period = periodOf(s.createdAt);
    if (seen.has(period)) continue;
    if (seen.size >= periods) return;
    seen.add(period);
    keep.add(s.name);
  }
}
