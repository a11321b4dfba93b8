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
import type { RulePack } from '../../../src/domain/rule-pack';

/**
 * Cycle dates. Every date is a calendar day written YYYY-MM-DD; ISO day strings compare
 * correctly as strings, so the per-activity checks never parse dates (the engine must
 * evaluate thousands of activities in a few milliseconds). Month arithmetic goes through
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
 * - An expiry entered by the holder (expiresOn) replaces the computed end.
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
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== iso) {
    throw new Error(`"${iso}" is not a calendar date in the form YYYY-MM-DD.`);
  }
  return date;
}

export function formatDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
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
  rule: RulePack['cycle'],
): CycleDates {
  parseDay(certifiedOn);
  if (expiresOn) {
    parseDay(expiresOn);
    return { start: certifiedOn, end: expiresOn, from: 'entered_expiry' };
  }
  // Rule change 2026-12: a cycle by calendar year ends on 31 December of its last year.
  if (rule.calendarYear) {
    const years = Math.max(1, Math.ceil(rule.months / 12));
    const last = parseDay(certifiedOn).getFullYear() + years - 1;
    return { start: certifiedOn, end: formatDay(new Date(last, 11, 31)), from: 'certified_on' };
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

/** Rule change 2026-12: the last day of the month `months` after the month of `iso`. */
export function monthEndAfter(iso: string, months: number): string {
  return formatDay(endOfMonth(addMonths(startOfMonth(parseDay(iso)), months)));
}
