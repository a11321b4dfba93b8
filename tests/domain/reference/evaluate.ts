import type { ActivityKind, Credential } from '../../../src/domain/portfolio';
import type { CategoryStanding, CredentialEvaluation } from '../../../src/domain/evaluation';
import type { RulePack, RulePackInput } from '../../../src/domain/rule-pack';
import { allocateCredit, type AllocationRules, type CreditChunk } from './allocate';
import { type ActivityLike, applyCountLimits, assessActivity, assessContext, kindRulesOf } from './assess';
import { inActivityOrder } from './order';
import { fromHundredths, toHundredths } from './convert';
import { computeCycle, parseDay, shiftDays, shiftMonths, type CycleDates } from './cycle';
import { effectivePack } from './overrides';
import { findRulePack } from './packs';
import { tallyStandings } from './standings';
import { amountOf } from './explain';
import {
  deadlinesOf,
  graceEnd,
  headlineOf,
  needsOf,
  paceOf,
  routesOpen,
  shortfallsOf,
  statusOf,
  withGrace,
} from './status';

/** What the engine reads from a credential; a full Credential fits. */
export type CredentialLike = Pick<Credential, 'id' | 'rulePackId' | 'certifiedOn'> &
  Partial<Pick<Credential, 'expiresOn' | 'overrides'>> & { cycleStart?: string | null };

export interface EvaluateCredentialInput {
  credential: CredentialLike;
  pack: RulePack | RulePackInput;
  activities: readonly ActivityLike[];
  /** The day to evaluate as of, YYYY-MM-DD. */
  asOf: string;
}

export interface EvaluatePortfolioInput {
  credentials: readonly CredentialLike[];
  packs: readonly (RulePack | RulePackInput)[];
  activities: readonly ActivityLike[];
  asOf: string;
}

/** Where one credential stands on `asOf`, with the credential's overrides applied. */
export function evaluateCredential(input: EvaluateCredentialInput): CredentialEvaluation {
  const { credential, asOf } = input;
  parseDay(asOf);
  const pack = effectivePack(input.pack, credential.overrides);
  const claimed = input.activities.filter((activity) => activity.credentialIds?.includes(credential.id));
  return evaluateClaimed(credential, pack, claimed, asOf);
}

/** Every credential in order; each reads only the activities claimed for it. */
export function evaluatePortfolio(input: EvaluatePortfolioInput): CredentialEvaluation[] {
  parseDay(input.asOf);
  const claimedBy = new Map<number, ActivityLike[]>();
  // Sorted once here, each credential's list comes out already in order.
  const ordered = inActivityOrder(input.activities);
  for (let i = 0; i < ordered.length; i++) {
    const activity = ordered[i] as ActivityLike;
    const ids = activity.credentialIds ?? [];
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position] as number;
      if (ids.indexOf(id) !== position) continue; // claimed twice for one credential: once is enough
      const list = claimedBy.get(id);
      if (list) list.push(activity);
      else claimedBy.set(id, [activity]);
    }
  }
  return input.credentials.map((credential) => {
    const base = findRulePack(input.packs, credential.rulePackId);
    if (!base) throw new Error(`No rule pack "${credential.rulePackId}" for credential ${credential.id}.`);
    const pack = effectivePack(base, credential.overrides);
    return evaluateClaimed(credential, pack, claimedBy.get(credential.id) ?? [], input.asOf);
  });
}

function evaluateClaimed(
  credential: CredentialLike,
  pack: RulePack,
  claimed: readonly ActivityLike[],
  asOf: string,
): CredentialEvaluation {
  const cycle = computeCycle(
    credential.cycleStart || credential.certifiedOn,
    credential.expiresOn,
    pack.cycle,
  );
  // Rule change 2026-12: credit may count from another window than the cycle.
  const window = windowOf(pack, cycle, asOf);
  const context = assessContext(
    pack,
    window ? { ...cycle, start: window.start, end: window.end, why: window.why } : cycle,
    asOf,
  );
  // One fixed order (date, then id) so the outcome never depends on input order.
  const ordered = inActivityOrder(claimed);
  const assessed = ordered.map((activity) => assessActivity(activity, context));
  applyCountLimits(assessed, pack);

  const required = toHundredths(pack.totalRequired);
  const rules = allocationRules(pack, required);
  const chunks: CreditChunk[] = [];
  const ownerOf: number[] = [];
  assessed.forEach((activity, index) => {
    for (let i = 0; i < activity.eligible.length; i++) {
      const credit = activity.eligible[i] as (typeof activity.eligible)[number];
      chunks.push({
        activityId: activity.activity.id,
        kind: activity.activity.kind,
        category: credit.category,
        approved: activity.approved,
        points: credit.points,
      });
      ownerOf.push(index);
    }
  });
  const allocation = allocateCredit(chunks, rules);
  const tally = tallyStandings(assessed, chunks, ownerOf, allocation, pack, rules.outsideCap ?? 0);
  const { counted, approvedCounted } = tally;

  const categories: CategoryStanding[] = pack.categories.map((category) => {
    const inCategory = tally.categoryCounted.get(category.key) ?? 0;
    const short = Math.max(0, toHundredths(category.min) - inCategory);
    return {
      key: category.key,
      label: category.label,
      min: category.min,
      max: category.max,
      earned: fromHundredths(tally.categoryEarned.get(category.key) ?? 0),
      counted: fromHundredths(inCategory),
      stillNeeded: fromHundredths(short),
    };
  });
  const approvedMin = pack.approvedProviders ? toHundredths(pack.approvedProviders.minPoints) : 0;
  const approvedShort = Math.max(0, approvedMin - approvedCounted);
  const shortfalls = shortfallsOf(
    required,
    counted,
    categories.map((c) => ({ key: c.key, short: toHundredths(c.stillNeeded) })),
    approvedShort,
  );
  const { status: paced, daysLeft } = statusOf(cycle, asOf, shortfalls, pack);
  // Nothing recorded for it yet, with more than a year left (a portfolio just begun): the
  // app cannot know what was done before, so it says "just started" rather than "behind".
  const status =
    paced === 'behind' && tally.activities.length === 0 && daysLeft > 365 ? 'just_started' : paced;
  const lapsed = status === 'lapsed' ? lapsedNeeds(pack, cycle, asOf, shortfalls.stillNeeded, window) : [];

  return {
    credentialId: credential.id,
    rulePackId: pack.id,
    rulePackVersion: pack.version,
    credential: pack.credential,
    name: pack.name,
    body: pack.body,
    pointName: pack.pointName,
    asOf,
    cycle,
    status,
    headline: headlineOf(status, pack, cycle, daysLeft, shortfalls),
    daysLeft,
    required: pack.totalRequired,
    earned: fromHundredths(tally.earned),
    counted: fromHundredths(counted),
    stillNeeded: fromHundredths(shortfalls.stillNeeded),
    categories,
    approvedProviders: pack.approvedProviders
      ? {
          label: pack.approvedProviders.label,
          min: pack.approvedProviders.minPoints,
          counted: fromHundredths(approvedCounted),
          stillNeeded: fromHundredths(approvedShort),
          outsideLeftOut: fromHundredths(tally.outsideEligible - tally.outsideCounted),
        }
      : null,
    pace: paceOf(status, daysLeft, shortfalls.stillNeeded),
    activities: tally.activities,
    deadlines: deadlinesOf(pack, cycle),
    needs: status === 'complete' ? [] : needsOf(status, pack, shortfalls, lapsed),
    fees: pack.fees.map((fee) => ({
      label: fee.label,
      amount: fee.amount,
      every: fee.every,
      unverified: fee.unverified,
    })),
    confirmNote: pack.confirmNote,
    source: pack.source,
    lastChecked: pack.lastChecked,
    unverified: pack.unverified,
    // Rule change 2026-12: the credit window, per-rule sources and open questions.
    creditWindow: window,
    // Rule change 2026-12 (second): the routes back as figures, for saying them in Spanish.
    routesBack: status === 'lapsed' ? routesBackOf(pack, cycle, asOf, shortfalls.stillNeeded, window) : [],
    openQuestions: pack.openQuestions,
    ruleSources: pack.ruleSources,
  };
}

function allocationRules(pack: RulePack, required: number): AllocationRules {
  const kindPointCaps = new Map<ActivityKind, number>();
  for (const rule of kindRulesOf(pack).values()) {
    if (rule.maxPoints != null && !rule.excluded) kindPointCaps.set(rule.kind, toHundredths(rule.maxPoints));
  }
  return {
    categories: pack.categories.map((c) => ({
      key: c.key,
      min: toHundredths(c.min),
      max: c.max === null ? null : toHundredths(c.max),
    })),
    outsideCap: pack.approvedProviders
      ? Math.max(0, required - toHundredths(pack.approvedProviders.minPoints))
      : null,
    kindPointCaps,
  };
}

type Window = { start: string; end: string; why: 'look_back' | 'reactivation' };

/** Rule change 2026-12: reactivation by CE after a lapse, or a calendar-year look-back. */
function windowOf(pack: RulePack, cycle: CycleDates, asOf: string): Window | null {
  const lapsed = asOf > cycle.end && !(withGrace(pack) && asOf <= graceEnd(pack, cycle));
  if (lapsed) {
    const route = routesOpen(pack, cycle, asOf).find((r) => r.creditLookbackMonths !== null);
    if (route && route.creditLookbackMonths !== null) {
      return {
        start: shiftDays(shiftMonths(asOf, -route.creditLookbackMonths), 1),
        end: asOf,
        why: 'reactivation',
      };
    }
  }
  if (pack.creditFromCalendarYearsBefore === null) return null;
  const year = Number(cycle.end.slice(0, 4)) - pack.creditFromCalendarYearsBefore;
  const start = `${String(year).padStart(4, '0')}-01-01`;
  return start < cycle.start ? { start, end: cycle.end, why: 'look_back' } : null;
}

function lapsedNeeds(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  stillNeeded: number,
  window: Window | null,
): string[] {
  return routesOpen(pack, cycle, asOf).map((route) => {
    const fee = route.fee === null ? '' : ` Fee: $${route.fee}${route.unverified ? ' (unverified)' : ''}.`;
    if (route.creditLookbackMonths === null || window === null || window.why !== 'reactivation') {
      return `${route.label}: ${route.text}${fee}`;
    }
    const progress =
      stillNeeded === 0
        ? `the activities completed from ${window.start} to ${asOf} already cover the requirement`
        : `${amountOf(stillNeeded, pack)} still needed from activities completed from ${window.start} on`;
    return `${route.label}: ${route.text}${fee} If you apply on ${asOf}, ${progress}.`;
  });
}

function routesBackOf(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  stillNeeded: number,
  window: Window | null,
) {
  return routesOpen(pack, cycle, asOf).map((route) => ({
    label: route.label,
    text: route.text,
    fee: route.fee,
    unverified: route.unverified,
    progress:
      route.creditLookbackMonths === null || window === null || window.why !== 'reactivation'
        ? null
        : { from: window.start, asOf, stillNeeded: stillNeeded / 100 },
  }));
}
