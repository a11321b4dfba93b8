import type { RulePack } from '../rule-pack';
import { januaryFirstYearsBefore, shiftDays, shiftMonths, type CycleDates } from './cycle';
import { amountOf } from './explain';
import { openLapseRoutes } from './status';

/**
 * The days credit counts in when they are not the cycle's own (NCCT's look-back to the
 * previous calendar year; AMT's three years before a reactivation application), and what
 * each way back after a lapse still asks for.
 */

export interface CreditWindow {
  start: string;
  end: string;
  why: 'look_back' | 'reactivation';
}

/**
 * The days credit counts from and to when they are not the cycle's own: after a lapse,
 * a reactivation-by-CE route counts the activities completed in the months before the
 * application (the as-of date); otherwise a calendar-year look-back (NCCT) moves the
 * start back to 1 January of an earlier year. Null: the cycle itself.
 */
export function creditWindowOf(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  lastGraceDay: string | null,
): CreditWindow | null {
  if (asOf > cycle.end && (lastGraceDay === null || asOf > lastGraceDay)) {
    const route = openLapseRoutes(pack, cycle, asOf).find((r) => r.creditLookbackMonths !== null);
    if (route?.creditLookbackMonths) {
      return {
        start: shiftDays(shiftMonths(asOf, -route.creditLookbackMonths), 1),
        end: asOf,
        why: 'reactivation',
      };
    }
  }
  if (pack.creditFromCalendarYearsBefore !== null) {
    const start = januaryFirstYearsBefore(cycle.end, pack.creditFromCalendarYearsBefore);
    if (start < cycle.start) return { start, end: cycle.end, why: 'look_back' };
  }
  return null;
}

/** After a lapse: each route still open, with what reactivation by CE still needs. */
export function lapseNeeds(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  stillNeeded: number,
  window: CreditWindow | null,
): string[] {
  return openLapseRoutes(pack, cycle, asOf).map((route) => {
    const fee = route.fee !== null ? ` Fee: $${route.fee}${route.unverified ? ' (unverified)' : ''}.` : '';
    if (route.creditLookbackMonths === null || window?.why !== 'reactivation') {
      return `${route.label}: ${route.text}${fee}`;
    }
    const progress =
      stillNeeded === 0
        ? `the activities completed from ${window.start} to ${asOf} already cover the requirement`
        : `${amountOf(stillNeeded, pack)} still needed from activities completed from ${window.start} on`;
    return `${route.label}: ${route.text}${fee} If you apply on ${asOf}, ${progress}.`;
  });
}
