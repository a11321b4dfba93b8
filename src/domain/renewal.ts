import type { CredentialStatus } from './evaluation';
import type { RulePack } from './rule-pack';
import { type CycleDates, type CycleEnding, computeCycle, nextCycleStart, shiftMonths } from './rules/cycle';
import { graceLastDay } from './rules/status';

/**
 * Deciding a renewal: whether "I renewed on DATE" (or "I reactivated by exam on DATE")
 * fits the current cycle, how that cycle ended, and the cycle that follows. Pure: core
 * evaluates the cycle as of the date first and passes the status in.
 */

export type RenewalRoute = 'ce' | 'exam';

/** Why a renewal date was refused; core turns each into a message for the person. */
export type RenewalProblem =
  /** The date is after today. */
  | 'in_future'
  /** The date is on or before the first day of the current cycle. */
  | 'before_cycle_start'
  /** Renewal by CE, too early: the requirement is not met and expiry is more than the window away. */
  | 'not_open'
  /** Renewal by CE after the grace period, and the pack offers no way back by CE on that date. */
  | 'ce_closed';

/** What a refusal carries besides its message, so the window can say it in the person's language. */
export interface RenewalRefusalDetails {
  problem: RenewalProblem | 'nothing_to_undo';
  /** The credential's short name (CMA). */
  credential: string;
  /** The current cycle's first day, YYYY-MM-DD. */
  cycleStart?: string;
  /** When renewal by CE opens, YYYY-MM-DD (not_open). */
  opensOn?: string;
}

/** Renewal by CE opens this many months before expiry even when the app has not counted enough credit (some may not be recorded here). */
export const RENEWAL_OPENS_MONTHS_BEFORE_EXPIRY = 6;

export interface RenewalRequest {
  pack: RulePack;
  cycle: CycleDates;
  on: string;
  by: RenewalRoute;
  today: string;
  /** The cycle's status evaluated as of `on`. */
  statusOn: CredentialStatus;
}

export type RenewalDecision =
  | { ok: true; ending: CycleEnding; next: CycleDates }
  | { ok: false; problem: RenewalProblem; opensOn?: string };

export function decideRenewal(request: RenewalRequest): RenewalDecision {
  const { pack, cycle, on, by, today } = request;
  if (on > today) return { ok: false, problem: 'in_future' };
  if (on <= cycle.start) return { ok: false, problem: 'before_cycle_start' };
  // Renewal in time: up to the expiry, or to the end of the grace period.
  const inTime = on <= (graceLastDay(pack, cycle) ?? cycle.end);
  let ending: CycleEnding;
  if (by === 'exam') {
    ending = inTime ? 'renewed' : 'reactivated_exam';
  } else if (inTime) {
    const opensOn = shiftMonths(cycle.end, -RENEWAL_OPENS_MONTHS_BEFORE_EXPIRY);
    if (request.statusOn !== 'complete' && on < opensOn) return { ok: false, problem: 'not_open', opensOn };
    ending = 'renewed';
  } else {
    if (!ceRouteOpen(pack, cycle, on)) return { ok: false, problem: 'ce_closed' };
    ending = 'reactivated_ce';
  }
  const start = nextCycleStart(pack.cycle, cycle, on, ending);
  return { ok: true, ending, next: computeCycle(start, null, pack.cycle) };
}

/** A way back by continuing education (every lapse route but the exam) still open on `on`. */
function ceRouteOpen(pack: RulePack, cycle: CycleDates, on: string): boolean {
  return pack.lapseRoutes.some(
    (route) =>
      route.key !== 'exam' &&
      (route.withinMonthsOfExpiry === null || on <= shiftMonths(cycle.end, route.withinMonthsOfExpiry)),
  );
}
