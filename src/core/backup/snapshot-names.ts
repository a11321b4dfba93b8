/** Snapshot folders are named after their UTC time, sortable and valid on every file system. */
const namePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-(\d+))?$/;

export function snapshotName(at: Date, attempt = 1): string {
  const iso = at.toISOString(); // 2026-12-04T23:00:00.000Z
  const base = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return attempt === 1 ? base : `${base}-${attempt}`;
}

/** The time a snapshot folder name stands for, or null if it is not a snapshot's name. */
export function timeOfSnapshot(name: string): Date | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function sameUtcDay(a: Date, b: Date): boolean {
  return a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);
}
