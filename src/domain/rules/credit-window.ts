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

/** A way back after a lapse, as figures: the edges say it in the person's language. */
export interface RouteBack {
  label: string;
  text: string;
  fee: number | null;
  unverified: boolean;
  progress: { from: string; asOf: string; stillNeeded: number } | null;
}

/** After a lapse: each route still open, with what reactivation by CE still needs (in hundredths). */
export function routesBack(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  stillNeeded: number,
  window: CreditWindow | null,
): RouteBack[] {
  return openLapseRoutes(pack, cycle, asOf).map((route) => ({
    label: route.label,
    text: route.text,
    fee: route.fee,
    unverified: route.unverified,
    progress:
      route.creditLookbackMonths === null || window?.why !== 'reactivation'
        ? null
        : { from: window.start, asOf, stillNeeded: stillNeeded / 100 },
  }));
}

/** The routes back in English, as `needs` has always said them (`ceu status --json`). */
export function lapseNeeds(routes: readonly RouteBack[], pack: Pick<RulePack, 'pointName'>): string[] {
  return routes.map((route) => {
    const fee = route.fee !== null ? ` Fee: $${route.fee}${route.unverified ? ' (unverified)' : ''}.` : '';
    if (!route.progress) return `${route.label}: ${route.text}${fee}`;
    const { from, asOf, stillNeeded } = route.progress;
    const progress =
      stillNeeded === 0
        ? `the activities completed from ${from} to ${asOf} already cover the requirement`
        : `${amountOf(Math.round(stillNeeded * 100), pack)} still needed from activities completed from ${from} on`;
    return `${route.label}: ${route.text}${fee} If you apply on ${asOf}, ${progress}.`;
  });
}
