import type { CredentialStatus, Deadline } from '../evaluation';
import type { RulePack } from '../rule-pack';
import { formatNumber } from '../units';
import { fromHundredths } from './convert';
import {
  type CycleDates,
  cycleLengthDays,
  daysBetween,
  endOfMonthAfter,
  lastDayOfSpan,
  shiftDays,
  shiftMonths,
} from './cycle';
import { amountOf, approvedLabel, categoryLabel, points } from './explain';

/** Within this many days of expiry an unfinished credential is "due soon". */
export const DUE_SOON_DAYS = 90;
const DAYS_PER_MONTH = 365.2425 / 12;
/** A cycle is "just started" for its first six months (or first quarter, if shorter). */
export const JUST_STARTED_DAYS = 183;

/** Shortfalls in hundredths; the inputs to status, pace, headline and needs. */
export interface Shortfalls {
  required: number;
  counted: number;
  /** The least additional credit that could complete the credential. */
  stillNeeded: number;
  totalShort: number;
  byCategory: { key: string; short: number }[];
  approvedShort: number;
}

export function shortfallsOf(
  required: number,
  counted: number,
  byCategory: { key: string; short: number }[],
  approvedShort: number,
): Shortfalls {
  const totalShort = Math.max(0, required - counted);
  const categoryShort = byCategory.reduce((sum, c) => sum + c.short, 0);
  const stillNeeded = Math.max(totalShort, categoryShort, approvedShort);
  return { required, counted, stillNeeded, totalShort, byCategory, approvedShort };
}

export function statusOf(
  cycle: CycleDates,
  asOf: string,
  shortfalls: Shortfalls,
  /** The last day of the grace period, or null without one. */
  graceLastDay: string | null,
): { status: CredentialStatus; daysLeft: number } {
  const daysLeft = daysBetween(asOf, cycle.end);
  if (asOf < cycle.start) return { status: 'not_started', daysLeft };
  if (daysLeft < 0)
    return { status: graceLastDay !== null && asOf <= graceLastDay ? 'grace' : 'lapsed', daysLeft };
  if (shortfalls.stillNeeded === 0) return { status: 'complete', daysLeft };
  if (daysLeft <= DUE_SOON_DAYS) return { status: 'due_soon', daysLeft };
  // Just started: the first six months of a cycle (or its first quarter, for a short
  // one), when nobody is expected to have much credit yet.
  const elapsed = daysBetween(cycle.start, asOf);
  const length = cycleLengthDays(cycle);
  if (elapsed < Math.min(JUST_STARTED_DAYS, length / 4)) return { status: 'just_started', daysLeft };
  // Behind only by a clear margin: when the pace now needed to finish (what is still
  // needed over the days left) is more than 1.25 times the even pace of the whole cycle
  // (what is required over its length). A person slightly under the even line, with
  // time to catch up at an ordinary pace, is on track. Compared in integers.
  const behind = shortfalls.stillNeeded * length * 4 > shortfalls.required * (daysLeft + 1) * 5;
  return { status: behind ? 'behind' : 'on_track', daysLeft };
}

export function paceOf(
  status: CredentialStatus,
  daysLeft: number,
  stillNeeded: number,
): { monthsLeft: number; pointsPerMonth: number } | null {
  if (!['just_started', 'on_track', 'behind', 'due_soon', 'not_started'].includes(status)) return null;
  // The expiry day itself is still a day to earn credit.
  const monthsLeft = Math.round(((daysLeft + 1) / DAYS_PER_MONTH) * 10) / 10;
  const pointsPerMonth = Math.round((fromHundredths(stillNeeded) / Math.max(monthsLeft, 1)) * 100) / 100;
  return { monthsLeft, pointsPerMonth };
}

type GraceRule = Pick<RulePack, 'graceDays' | 'graceMonths'>;

export function hasGrace(pack: GraceRule): boolean {
  return pack.graceMonths != null ? pack.graceMonths > 0 : pack.graceDays > 0;
}

/**
 * The last day of the grace period: in calendar months, the last day of the month that
 * many months after the month of expiry (AAMA: 29 Feb -> 31 May); otherwise in days.
 */
export function graceEnd(pack: GraceRule, cycle: CycleDates): string {
  return pack.graceMonths != null
    ? endOfMonthAfter(cycle.end, pack.graceMonths)
    : shiftDays(cycle.end, pack.graceDays);
}

export function graceLastDay(pack: GraceRule, cycle: CycleDates): string | null {
  return hasGrace(pack) ? graceEnd(pack, cycle) : null;
}

function graceWords(pack: GraceRule): string {
  if (pack.graceMonths != null) return `${pack.graceMonths}-month grace period`;
  return `${pack.graceDays}-day grace period`;
}

/** The lapse routes still open on `asOf`, in the pack's order. */
export function openLapseRoutes(pack: RulePack, cycle: CycleDates, asOf: string): RulePack['lapseRoutes'] {
  return pack.lapseRoutes.filter(
    (route) =>
      route.withinMonthsOfExpiry === null || asOf <= shiftMonths(cycle.end, route.withinMonthsOfExpiry),
  );
}

export function deadlinesOf(pack: RulePack, cycle: CycleDates): Deadline[] {
  const deadlines: Deadline[] = [
    {
      key: 'expiry',
      label: 'Expiry',
      date: cycle.end,
      note: 'The last day credit can be earned for this cycle.',
    },
  ];
  pack.processing.forEach((time, index) => {
    deadlines.push({
      key: `apply_by_${index + 1}`,
      label: `Apply by (${time.label})`,
      date: shiftDays(cycle.end, -time.days),
      note: `${time.label} takes about ${time.days} days to process: apply by this day to be recertified before expiry.`,
    });
  });
  if (hasGrace(pack)) {
    deadlines.push({
      key: 'grace_end',
      label: 'End of the grace period',
      date: graceEnd(pack, cycle),
      note:
        `Until this day you can still renew by continuing education, with credit earned inside the cycle.` +
        (pack.lapsedNote ? ` After it: ${pack.lapsedNote}` : ''),
    });
  }
  if (pack.examRoute) {
    const { passMonthsBeforeExpiry: months, applyDaysBeforeExpiry: days } = pack.examRoute;
    deadlines.push(
      {
        key: 'exam_pass_by',
        label: 'Pass the exam by',
        date: shiftMonths(cycle.end, -months),
        note: `To recertify by exam without a lapse, pass at least ${months} months before expiry.`,
      },
      {
        key: 'exam_apply_by',
        label: 'Apply for the exam by',
        date: shiftDays(cycle.end, -days),
        note: `The exam application must be in at least ${days} days before expiry.`,
      },
    );
  }
  pack.fees.forEach((fee, index) => {
    if (fee.every !== 'year') return;
    const covers = fee.covers.length > 0 ? ` One payment also covers: ${fee.covers.join(', ')}.` : '';
    const about = `About $${formatNumber(fee.amount)} a year${fee.unverified ? ' (unverified)' : ''}.${covers}`;
    // Due by the last day of each year of the cycle (or of its anniversary month); a
    // cycle shorter than a year pays at expiry.
    for (let year = 1; year <= 10; year++) {
      const due = fee.dueInAnniversaryMonth
        ? endOfMonthAfter(cycle.start, 12 * year)
        : lastDayOfSpan(cycle.start, 12 * year);
      const date = due < cycle.end || fee.dueInAnniversaryMonth ? due : cycle.end;
      deadlines.push({
        key: `fee_${index + 1}_year_${year}`,
        label: `${fee.label} (year ${year})`,
        date,
        note: about,
      });
      if (due >= cycle.end) break;
    }
  });
  return deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function timeLeft(daysLeft: number, monthsLeft: number): string {
  if (daysLeft <= 0) return 'by today, the last day';
  if (daysLeft === 1) return 'in 1 day';
  if (daysLeft < 61) return `in ${daysLeft} days`;
  return `in ${Math.round(monthsLeft)} months`;
}

export function headlineOf(
  status: CredentialStatus,
  pack: RulePack,
  cycle: CycleDates,
  daysLeft: number,
  shortfalls: Shortfalls,
): string {
  const needed = `${amountOf(shortfalls.stillNeeded, pack)} still needed`;
  const months = (daysLeft + 1) / DAYS_PER_MONTH;
  switch (status) {
    case 'complete':
      return 'Complete — ready to apply.';
    case 'just_started':
      return `Just started: ${needed} ${timeLeft(daysLeft, months)}.`;
    case 'on_track':
      return `On track: ${needed} ${timeLeft(daysLeft, months)}.`;
    case 'behind':
      return `Behind: ${needed} ${timeLeft(daysLeft, months)}.`;
    case 'due_soon':
      return `Due soon: ${needed} ${timeLeft(daysLeft, months)}, by ${cycle.end}.`;
    case 'not_started':
      return `Not started: this cycle begins on ${cycle.start}.`;
    case 'grace':
      return shortfalls.stillNeeded === 0
        ? `Expired on ${cycle.end}, but the credit is complete: apply by ${graceEnd(pack, cycle)}, when the grace period ends.`
        : `Expired on ${cycle.end} with ${needed}; credit earned after expiry does not count. The grace period ends on ${graceEnd(pack, cycle)}.`;
    case 'lapsed': {
      const grace = hasGrace(pack) ? ` and the ${graceWords(pack)} ended on ${graceEnd(pack, cycle)}` : '';
      return `Lapsed: expired on ${cycle.end}${grace}.${pack.lapsedNote ? ` ${pack.lapsedNote}` : ''}`;
    }
  }
}

/**
 * What is still needed, most important first: categories, then the rest. The "more"
 * lines add up to exactly stillNeeded; the approved-provider minimum is said as a part
 * of them ("at least 10 of these"), never as credit on top.
 */
export function needsOf(
  status: CredentialStatus,
  pack: RulePack,
  shortfalls: Shortfalls,
  lapsedNeeds: readonly string[] = [],
): string[] {
  if (status === 'lapsed') {
    if (lapsedNeeds.length > 0) return [...lapsedNeeds];
    return [
      pack.lapsedNote || `Renewal by continuing education is no longer possible: contact the ${pack.body}.`,
    ];
  }
  const name = pack.pointName.trim() || 'points';
  const unit = (hundredths: number) => (hundredths === 100 && name.endsWith('s') ? name.slice(0, -1) : name);
  const more = (hundredths: number, what: string) => `${points(hundredths)} more ${what}${unit(hundredths)}`;
  const needs: string[] = [];
  let categoryShort = 0;
  for (const category of shortfalls.byCategory) {
    if (category.short <= 0) continue;
    categoryShort += category.short;
    needs.push(more(category.short, `${categoryLabel(pack, category.key)} `));
  }
  const anyShort = shortfalls.stillNeeded - categoryShort;
  if (anyShort > 0) {
    needs.push(pack.categories.length > 0 ? `${more(anyShort, '')} in any category` : more(anyShort, ''));
  }
  if (shortfalls.approvedShort > 0) {
    const all = shortfalls.stillNeeded === shortfalls.approvedShort;
    needs.push(
      all
        ? `All of these must come from ${approvedLabel(pack)}.`
        : `At least ${points(shortfalls.approvedShort)} ${unit(shortfalls.approvedShort)} of these must come from ${approvedLabel(pack)}.`,
    );
  }
  return needs;
}
