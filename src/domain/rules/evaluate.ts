import type { ActivityKind, Credential } from '../portfolio';
import type { CategoryStanding, CredentialEvaluation } from '../evaluation';
import type { RulePack, RulePackInput } from '../rule-pack';
import { allocateCredit } from './allocate';
import type { AllocationRules } from './allocation';
import { readActivities, type ActivityTable } from './activity-table';
import { assessActivities } from './assess';
import type { ActivityLike } from './activity-like';
import { assessContext, kindRulesOf } from './assess-context';
import { applyCountLimits } from './count-limits';
import { activityOrder } from './order';
import { fromHundredths, toHundredths } from './convert';
import { computeCycle, parseDay } from './cycle';
import { creditWindowOf, lapseNeeds, routesBack } from './credit-window';
import { effectivePack } from './overrides';
import { findRulePack } from './packs';
import { tallyStandings } from './standings';
import { deadlinesOf, graceLastDay, headlineOf, needsOf, paceOf, shortfallsOf, statusOf } from './status';

/** What the engine reads from a credential; a full Credential fits. */
export type CredentialLike = Pick<Credential, 'id' | 'rulePackId' | 'certifiedOn'> &
  Partial<Pick<Credential, 'expiresOn' | 'overrides'>> & {
    /**
     * The first day of the current cycle when the holder has renewed since certifying;
     * certifiedOn is used when absent. (Cycle history is stored elsewhere.)
     */
    cycleStart?: string | null;
  };

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
  const table = readActivities(claimed);
  return evaluateClaimed(credential, pack, table, inOrder(table), asOf);
}

/** Every credential in order; each reads only the activities claimed for it. */
export function evaluatePortfolio(input: EvaluatePortfolioInput): CredentialEvaluation[] {
  parseDay(input.asOf);
  // Read and sorted once here, so each credential's rows come out already in order.
  const table = readActivities(input.activities);
  const claimedBy = claimedRows(table, inOrder(table));
  return input.credentials.map((credential) => {
    const base = findRulePack(input.packs, credential.rulePackId);
    if (!base) throw new Error(`No rule pack "${credential.rulePackId}" for credential ${credential.id}.`);
    const pack = effectivePack(base, credential.overrides);
    const claimed = table.claimIds.find(credential.id);
    return evaluateClaimed(
      credential,
      pack,
      table,
      claimed < 0 ? new Int32Array(0) : (claimedBy[claimed] as Int32Array),
      input.asOf,
    );
  });
}

/** The table's rows in the one order (date, then id). */
function inOrder(table: ActivityTable): Int32Array {
  const order = activityOrder(table.completedOn, table.id, table.day);
  if (order) return order;
  const rows = new Int32Array(table.count);
  for (let row = 0; row < rows.length; row++) rows[row] = row;
  return rows;
}

/** For each claimed credential (by its number in table.claimIds), the rows claimed for it, in `order`. */
function claimedRows(table: ActivityTable, order: Int32Array): Int32Array[] {
  const counts = new Int32Array(table.claimIds.size);
  const claims = table.claimStart[table.count] as number;
  for (let claim = 0; claim < claims; claim++) (counts[table.claim[claim] as number] as number)++;
  const rows = Array.from(counts, (size) => new Int32Array(size));
  counts.fill(0);
  for (let i = 0; i < order.length; i++) {
    const row = order[i] as number;
    for (
      let claim = table.claimStart[row] as number;
      claim < (table.claimStart[row + 1] as number);
      claim++
    ) {
      const credential = table.claim[claim] as number;
      (rows[credential] as Int32Array)[counts[credential] as number] = row;
      (counts[credential] as number)++;
    }
  }
  return rows;
}

function evaluateClaimed(
  credential: CredentialLike,
  pack: RulePack,
  table: ActivityTable,
  /** The claimed rows, in the one order (date, then id): the outcome never depends on input order. */
  rows: ArrayLike<number>,
  asOf: string,
): CredentialEvaluation {
  const cycle = computeCycle(
    credential.cycleStart || credential.certifiedOn,
    credential.expiresOn,
    pack.cycle,
  );
  const lastGraceDay = graceLastDay(pack, cycle);
  const window = creditWindowOf(pack, cycle, asOf, lastGraceDay);
  const context = assessContext(
    pack,
    window ? { ...cycle, start: window.start, end: window.end, why: window.why } : cycle,
    asOf,
    table,
  );
  const assessment = assessActivities(table, rows, context);
  applyCountLimits(assessment, context);

  const required = toHundredths(pack.totalRequired);
  const rules = allocationRules(pack, required);
  const allocation = allocateCredit(assessment.chunks, rules);
  const tally = tallyStandings(assessment, allocation, pack, rules.outsideCap ?? 0);
  const { counted, approvedCounted } = tally;

  const categories: CategoryStanding[] = pack.categories.map((category) => {
    const inCategory = tally.categoryCounted(category.key);
    const short = Math.max(0, toHundredths(category.min) - inCategory);
    return {
      key: category.key,
      label: category.label,
      min: category.min,
      max: category.max,
      earned: fromHundredths(tally.categoryEarned(category.key)),
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
  const { status: paced, daysLeft } = statusOf(cycle, asOf, shortfalls, lastGraceDay);
  // Nothing recorded for it yet, with more than a year left (a portfolio just begun): the
  // app cannot know what was done before, so it says "just started" rather than "behind".
  const status =
    paced === 'behind' && tally.activities.length === 0 && daysLeft > 365 ? 'just_started' : paced;
  const waysBack = status === 'lapsed' ? routesBack(pack, cycle, asOf, shortfalls.stillNeeded, window) : [];
  const lapsedNeeds = lapseNeeds(waysBack, pack);

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
    needs: status === 'complete' ? [] : needsOf(status, pack, shortfalls, lapsedNeeds),
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
    creditWindow: window,
    routesBack: waysBack,
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
