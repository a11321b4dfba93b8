import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  format,
  getDate,
  isValid,
  parseISO,
  startOfMonth,
  subDays,
  subMonths,
} from 'date-fns';
import type { RulePack } from '../rule-pack';

/**
 * Cycle dates. Every date is a calendar day written YYYY-MM-DD; ISO day strings compare
 * correctly as strings, so the per-activity checks never make Date objects: each
 * completedOn is read once into a day number that orders as the string does
 * (activity-table.ts), and the engine evaluates thousands of activities in a few
 * milliseconds. Month arithmetic goes through
 * date-fns only: its addMonths clamps to the month's last day, which is what the
 * conventions below rely on.
 *
 * Conventions (documented in docs/rules-engine.md):
 * - The cycle starts on certifiedOn (the day of certification or last recertification),
 *   inclusive: credit earned that day counts.
 * - The end date is the expiry and the LAST day credit can be earned, inclusive.
 * - end_of_month (AAMA): end = last day of the month that is `months` after the month
 *   of certification. 2021-03-15 -> 2026-03-31; 2024-02-29 -> 2029-02-28.
 * - certification_date (others): end = the day before the same day-of-month `months`
 *   later (2024-05-10 + 24 months -> 2026-05-09). When that day does not exist in the
 *   target month (certified on the 29th-31st), the anniversary rolls to the 1st of the
 *   next month, so the cycle ends on the last day of the shorter month:
 *   2024-02-29 + 24 months -> 2026-02-28; 2025-01-31 + 1 month -> 2025-02-28.
 * - calendarYear (NCCT): the cycle ends on 31 December of its last calendar year; a
 *   12-month cycle starting 2026-03-10 ends 2026-12-31.
 * - An expiry entered by the holder (expiresOn) replaces the computed end.
 * - The cycle start is the credential's current cycle start when given (cycleStart),
 *   otherwise certifiedOn.
 */

export interface CycleDates {
  start: string;
  end: string;
  from: 'certified_on' | 'entered_expiry';
  /** Set on the days credit counts in when they are not the cycle's own (never in an evaluation's cycle). */
  why?: 'look_back' | 'reactivation';
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(iso: string): Date {
  const date = isoDay.test(iso) ? parseISO(iso) : new Date(Number.NaN);
  if (!isValid(date) || formatDay(date) !== iso) {
    throw new Error(`"${iso}" is not a calendar date in the form YYYY-MM-DD.`);
  }
  return date;
}

/**
 * format(date, 'yyyy-MM-dd'), written directly for the years 1 to 9999: date-fns's
 * formatter reads its pattern afresh on every call, and an evaluation writes dozens of
 * days. Other years (and invalid dates) still go through date-fns, which writes eras
 * its own way (year 0 is "0001") and refuses an invalid date.
 */
export function formatDay(date: Date): string {
  const year = date.getFullYear();
  if (!(year >= 1 && year <= 9999)) return format(date, 'yyyy-MM-dd');
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function shiftDays(iso: string, days: number): string {
  return formatDay(addDays(parseDay(iso), days));
}

export function shiftMonths(iso: string, months: number): string {
  return formatDay(months >= 0 ? addMonths(parseDay(iso), months) : subMonths(parseDay(iso), -months));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from));
}

/**
 * The last day of a span of `months` starting on `start`: the day before the
 * anniversary, where a missing anniversary day rolls to the 1st of the next month.
 * addMonths clamps a missing day to the month end, so a clamped result already IS the
 * last day of the span.
 */
export function lastDayOfSpan(start: string, months: number): string {
  const first = parseDay(start);
  const anniversary = addMonths(first, months);
  const clamped = getDate(anniversary) !== getDate(first);
  return formatDay(clamped ? anniversary : subDays(anniversary, 1));
}

export function computeCycle(
  certifiedOn: string,
  expiresOn: string | null | undefined,
  rule: Pick<RulePack['cycle'], 'months' | 'anchor'> & { calendarYear?: boolean },
): CycleDates {
  parseDay(certifiedOn);
  if (expiresOn) {
    parseDay(expiresOn);
    return { start: certifiedOn, end: expiresOn, from: 'entered_expiry' };
  }
  if (rule.calendarYear) {
    const lastYear = Number(certifiedOn.slice(0, 4)) + Math.max(1, Math.ceil(rule.months / 12)) - 1;
    return { start: certifiedOn, end: `${String(lastYear).padStart(4, '0')}-12-31`, from: 'certified_on' };
  }
  const end =
    rule.anchor === 'end_of_month'
      ? formatDay(endOfMonth(addMonths(startOfMonth(parseDay(certifiedOn)), rule.months)))
      : lastDayOfSpan(certifiedOn, rule.months);
  return { start: certifiedOn, end, from: 'certified_on' };
}

/** Days in the cycle, counting both the first and the last day. */
export function cycleLengthDays(cycle: CycleDates): number {
  return Math.max(0, daysBetween(cycle.start, cycle.end) + 1);
}

/** The last day of the month `months` after the month of `iso` (AAMA grace: 29 Feb + 3 -> 31 May). */
export function endOfMonthAfter(iso: string, months: number): string {
  return formatDay(endOfMonth(addMonths(startOfMonth(parseDay(iso)), months)));
}

/** 1 January of the year `years` before the year of `iso`. */
export function januaryFirstYearsBefore(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) - years).padStart(4, '0')}-01-01`;
}

/** How a finished cycle ended: renewed in time, or brought back after a lapse. */
export type CycleEnding = 'renewed' | 'reactivated_exam' | 'reactivated_ce';

/**
 * The first day of the next cycle after a renewal or reactivation on `on`
 * (docs/rules-engine.md, "Renewals"):
 * - after a lapse, the new cycle starts on the day of reactivation;
 * - end_of_month (AAMA, "counted from the end of the calendar month in which the holder
 *   last recertified"): it starts on the day of recertification, so renewing early
 *   shortens the finished cycle;
 * - otherwise (AMT, NHA, AMCA, NCCT's calendar year) the cycle runs on from the day
 *   after the old expiry, whenever in the window the person renewed.
 */
export function nextCycleStart(
  rule: Pick<RulePack['cycle'], 'anchor'>,
  cycle: Pick<CycleDates, 'end'>,
  on: string,
  ending: CycleEnding,
): string {
  if (ending !== 'renewed' || rule.anchor === 'end_of_month') return on;
  return shiftDays(cycle.end, 1);
}
