import type { ActivityKind, Credit } from '../../../src/domain/portfolio';
import type { KindRule, RulePack } from '../../../src/domain/rule-pack';
import { formatCredit, type Unit } from '../../../src/domain/units';
import { activityLength, creditPoints, HUNDRED, toHundredths } from './convert';
import type { CycleDates } from './cycle';
import { categoryLabel, reasons } from './explain';
import { compareActivities } from './order';

/**
 * One activity against one credential's rules, before any cap: is it inside the cycle,
 * which of its credit converts, and which passes the eligibility rules (kind exclusions,
 * minimum length, the pack's categories). Caps (count, points, category maximum,
 * outside providers) are decided afterwards across all activities together.
 */

/** What the engine reads from an activity; a full Activity fits. */
export interface ActivityLike {
  id: number;
  title: string;
  kind: ActivityKind;
  completedOn: string;
  credits: readonly Pick<Credit, 'amount' | 'unit' | 'category'>[];
  durationMinutes?: number | null;
  validMonths?: number | null;
  approvingBody?: string;
  credentialIds?: readonly number[];
}

export interface EligibleCredit {
  category: string;
  /** Hundredths of a point. */
  points: number;
}

export interface AssessedActivity {
  activity: ActivityLike;
  approved: boolean;
  /** Converted points as entered (fixed points for kinds such as CPR cards), in hundredths. */
  earned: number;
  /** Completed inside the cycle and on or before the as-of date. */
  inWindow: boolean;
  /** Inside the window: the credit converted into pack points (before any rule). */
  converted: readonly EligibleCredit[];
  eligible: readonly EligibleCredit[];
  /** Null until the first reason: most activities have none or one, so no spare capacity. */
  reasons: string[] | null;
  /** Rule change 2026-12: fixed points set by the rules are a note, not a reason. */
  notes?: string[];
  /** Some credit was refused outright (unit, category, kind, length, date, count). */
  refused: boolean;
  kindRule: KindRule | null;
}

function approvedIn(context: AssessContext, approvingBody: string): boolean {
  let approved = context.approvedBodies.get(approvingBody);
  if (approved === undefined) {
    approved = isApproved(approvingBody, context.pack);
    context.approvedBodies.set(approvingBody, approved);
  }
  return approved;
}

export function isApproved(
  approvingBody: string | undefined,
  pack: Pick<RulePack, 'approvedProviders'>,
): boolean {
  // With no approved-provider rule every provider is acceptable.
  if (!pack.approvedProviders) return true;
  const body = (approvingBody ?? '').trim().toLowerCase();
  return body !== '' && pack.approvedProviders.bodies.some((b) => b.trim().toLowerCase() === body);
}

/** What every activity of one evaluation is checked against, prepared once. */
export interface AssessContext {
  pack: RulePack;
  cycle: CycleDates;
  asOf: string;
  categoryKeys: ReadonlySet<string>;
  kindRules: ReadonlyMap<ActivityKind, KindRule>;
  /** Identical sentences are built once per evaluation: thousands of activities share them. */
  sentences: Map<string, string>;
  /**
   * Fixed-point sentences by category, apart from `sentences` (keyed by dates): they once
   * shared it under "f" + category, so an odd date such as "fclinical" was given a CPR
   * card's sentence (changed on purpose in both engines).
   */
  fixedSentences: Map<string, string>;
  unitSentences: Map<Unit, string>;
  /** Approval by the approving body as entered; the same few strings recur, so remember them. */
  approvedBodies: Map<string, boolean>;
  /** Points per unit, as a Map: the lookup runs for every credit of every activity. */
  unitFactors: ReadonlyMap<Unit, number>;
}

/** One rule per kind: when a pack lists a kind twice, the first rule wins. */
export function kindRulesOf(pack: Pick<RulePack, 'kindRules'>): Map<ActivityKind, KindRule> {
  const rules = new Map<ActivityKind, KindRule>();
  for (const rule of pack.kindRules) if (!rules.has(rule.kind)) rules.set(rule.kind, rule);
  return rules;
}

export function assessContext(pack: RulePack, cycle: CycleDates, asOf: string): AssessContext {
  const kindRules = kindRulesOf(pack);
  const categoryKeys = new Set(pack.categories.map((c) => c.key));
  return {
    pack,
    cycle,
    asOf,
    categoryKeys,
    kindRules,
    sentences: new Map(),
    fixedSentences: new Map(),
    unitSentences: new Map(),
    approvedBodies: new Map(),
    unitFactors: new Map(Object.entries(pack.unitPoints) as [Unit, number][]),
  };
}

/** The cached sentence for `key`, if built already (see `remember`). */
function recall(context: AssessContext, key: string): string | undefined {
  return context.sentences.get(key);
}

function remember(context: AssessContext, key: string, text: string): string {
  context.sentences.set(key, text);
  return text;
}

const NONE: readonly EligibleCredit[] = Object.freeze([]);

export function assessActivity(activity: ActivityLike, context: AssessContext): AssessedActivity {
  const { pack, cycle, asOf } = context;
  const { completedOn } = activity;
  const kindRule = context.kindRules.get(activity.kind) ?? null;
  const result: AssessedActivity = {
    activity,
    // Rule change 2026-12: fixed points count toward the approved minimum only where the pack says so.
    approved:
      kindRule?.pointsEach != null && !kindRule.countsTowardApproved && pack.approvedProviders
        ? false
        : approvedIn(context, activity.approvingBody ?? ''),
    earned: 0,
    inWindow: false,
    converted: NONE,
    eligible: NONE,
    reasons: null,
    refused: false,
    kindRule,
  };
  let outOfWindow: string | null = null;
  if (completedOn < cycle.start || completedOn > cycle.end || completedOn > asOf) {
    const key = completedOn; // other sentence keys start with a letter
    outOfWindow =
      recall(context, key) ??
      remember(
        context,
        key,
        // Rule change 2026-12: sentences for a credit window that is not the cycle.
        completedOn < cycle.start
          ? reasons.beforeCycle(completedOn, cycle.start, cycle.why)
          : completedOn > cycle.end && cycle.why !== 'reactivation'
            ? reasons.afterCycle(completedOn, cycle.end)
            : reasons.afterAsOf(completedOn, asOf),
      );
  }
  // Out of the window the credit is still converted: its earned figure and unit problems are shown.
  const converted = convertCredits(activity, context, kindRule, result, outOfWindow === null);
  if (outOfWindow !== null) return refuse(result, outOfWindow);
  result.inWindow = true;
  result.converted = converted;

  if (kindRule?.excluded) return refuse(result, reasons.kindExcluded(kindRule));
  // Rule change 2026-12: a card valid for less than the kind's minimum does not count.
  const validMonths = activity.validMonths;
  if (kindRule?.minValidMonths != null && validMonths != null && validMonths < kindRule.minValidMonths) {
    return refuse(result, reasons.validTooShort(kindRule, validMonths));
  }
  if (kindRule?.minValidMonths != null && validMonths == null) {
    result.notes = [...(result.notes ?? []), reasons.validityUnknown(kindRule)];
  }
  // Rule change 2026-12: the minimum length may apply to outside providers only.
  if (
    kindRule?.pointsEach == null &&
    pack.minActivityMinutes != null &&
    (pack.minActivityMinutesFor === 'all' || !result.approved)
  ) {
    const length = activityLength(activity.durationMinutes, activity.credits);
    if (length && length.minutes < pack.minActivityMinutes) {
      const stated = activity.credits.map((c) => formatCredit(c.amount, c.unit)).join(' + ');
      return refuse(result, reasons.tooShort(length, pack.minActivityMinutes, pack, stated));
    }
  }

  const known = context.categoryKeys;
  let allFit = true;
  for (let i = 0; i < converted.length; i++) {
    const credit = converted[i] as EligibleCredit;
    if (known.size > 0 && !known.has(credit.category)) {
      result.refused = true;
      addReason(result, reasons.categoryNotInPack(credit.category, credit.points, pack));
    }
    if (!fits(credit, known)) allFit = false;
  }
  result.eligible = allFit ? converted : converted.filter((credit) => fits(credit, known));
  return result;
}

function fits(credit: EligibleCredit, known: ReadonlySet<string>): boolean {
  return credit.points > 0 && (known.size === 0 || known.has(credit.category));
}

/**
 * Converts the entered credit into pack points and records refused units as reasons;
 * returns the converted credit only when `collect` (inside the window).
 */
function convertCredits(
  activity: ActivityLike,
  context: AssessContext,
  kindRule: KindRule | null,
  result: AssessedActivity,
  collect: boolean,
): readonly EligibleCredit[] {
  const { pack } = context;
  if (kindRule?.pointsEach != null) {
    // Fixed points whatever was entered (the AAMA's CPR card: 4 clinical points).
    const fixed = toHundredths(kindRule.pointsEach);
    const category =
      kindRule.category ?? activity.credits[0]?.category ?? (pack.categories.length ? null : '');
    result.earned = fixed;
    if (category === null) {
      result.refused = true;
      addReason(result, reasons.noCategory(activity.kind));
      return NONE;
    }
    const only = activity.credits.length === 1 ? activity.credits[0] : undefined;
    const asEntered = only && only.category === category && creditPoints(only, pack) === fixed;
    if (!asEntered) {
      const label = categoryLabel(pack, category);
      let text = context.fixedSentences.get(category);
      if (text === undefined) {
        text = reasons.fixedPoints(kindRule, fixed, label, pack);
        context.fixedSentences.set(category, text);
      }
      result.notes = [text];
    }
    return collect ? [{ category, points: fixed }] : NONE;
  }
  if (activity.credits.length === 0) {
    result.refused = true;
    addReason(result, reasons.noCredit);
  }
  // Built as an exact-size literal: most activities carry one credit.
  let converted: EligibleCredit[] | null = null;
  for (let i = 0; i < activity.credits.length; i++) {
    const credit = activity.credits[i] as ActivityLike['credits'][number];
    const factor = context.unitFactors.get(credit.unit);
    if (factor === undefined) {
      result.refused = true;
      let text = context.unitSentences.get(credit.unit);
      if (text === undefined) {
        text = reasons.unitNotAccepted(credit.unit, pack);
        context.unitSentences.set(credit.unit, text);
      }
      addReason(result, text);
      continue;
    }
    // Rule change 2026-12: stated minutes replace a single hour-based credit where the pack says so.
    const fromMinutes =
      pack.minutesPerPoint !== null &&
      activity.credits.length === 1 &&
      activity.durationMinutes != null &&
      ['contact_hour', 'clock_hour', 'contact_hour_60'].includes(credit.unit);
    const points = fromMinutes
      ? Math.round(((activity.durationMinutes as number) / (pack.minutesPerPoint as number)) * HUNDRED)
      : Math.round(credit.amount * factor * HUNDRED); // as creditPoints does
    result.earned += points;
    if (!collect) continue;
    const entry = { category: credit.category, points };
    if (converted) converted.push(entry);
    else converted = [entry];
  }
  return converted ?? NONE;
}

export function addReason(activity: AssessedActivity, reason: string, first = false): void {
  if (!activity.reasons) activity.reasons = [reason];
  else if (first) activity.reasons.unshift(reason);
  else activity.reasons.push(reason);
}

function refuse(result: AssessedActivity, reason: string): AssessedActivity {
  result.refused = true;
  result.eligible = NONE;
  // The date or rule that refuses the whole activity is the first thing to read.
  addReason(result, reason, true);
  return result;
}

/**
 * Count limits ("at most 3 CPR cards"): which activities of a kind count. Approved
 * credit first (it can do everything outside credit can, without using the outside
 * allowance), then the larger credit, then the earliest. For fixed-point kinds all
 * candidates are worth the same, so this choice is also the best one.
 */
export function applyCountLimits(assessed: readonly AssessedActivity[], pack: RulePack): void {
  for (const rule of kindRulesOf(pack).values()) {
    if (rule.maxCount == null || rule.excluded) continue;
    const candidates = assessed.filter(
      (a) => a.activity.kind === rule.kind && a.inWindow && a.eligible.some((credit) => credit.points > 0),
    );
    const total = (a: AssessedActivity) => a.eligible.reduce((sum, credit) => sum + credit.points, 0);
    candidates.sort(
      (x, y) =>
        Number(y.approved) - Number(x.approved) ||
        total(y) - total(x) ||
        compareActivities(x.activity, y.activity),
    );
    const mixed = candidates.some((a) => a.approved) && candidates.some((a) => !a.approved);
    candidates.forEach((candidate, index) => {
      if (index < (rule.maxCount ?? 0)) return;
      candidate.eligible = NONE;
      candidate.refused = true;
      addReason(candidate, reasons.beyondCount(index + 1, rule, mixed));
    });
  }
}
