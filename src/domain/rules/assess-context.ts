import type { ActivityKind } from '../portfolio';
import type { KindRule, RulePack } from '../rule-pack';
import type { Unit } from '../units';
import type { ActivityTable } from './activity-table';
import { dayNumber } from './activity-table';
import type { CycleDates } from './cycle';

/**
 * What every activity of one evaluation is checked against, prepared once per
 * credential: the pack's answer for each distinct kind, approving body, unit and
 * category in the table, so the per-activity work is array lookups.
 */
export interface AssessContext {
  pack: RulePack;
  cycle: CycleDates;
  asOf: string;
  /** cycle.start, cycle.end and asOf as day numbers (they are always calendar days). */
  startDay: number;
  endDay: number;
  asOfDay: number;
  kindRules: ReadonlyMap<ActivityKind, KindRule>;
  /** By kind number: the kind's rule, or null. */
  kindRuleOf: (KindRule | null)[];
  /** By approving-body number: 1 when approved under this pack. */
  approvedOf: Uint8Array;
  /** By unit number: 1 when the pack accepts the unit, and its points per unit. */
  acceptedOf: Uint8Array;
  factorOf: Float64Array;
  /** By unit number: 1 for an hour-based unit (whose points may come from stated minutes). */
  hourBasedOf: Uint8Array;
  /** By category number: 1 when the pack has the category. */
  knownOf: Uint8Array;
  hasCategories: boolean;
  /**
   * Identical sentences are built once per evaluation, as one-sentence reason lists that
   * the activities they apply to share (see addSharedReason): by category for fixed points.
   */
  fixedPointSentences: Map<string, readonly string[]>;
  /** By unit number. */
  unitSentences: (readonly string[] | undefined)[];
  excludedSentences: Map<KindRule, readonly string[]>;
}

/** Units that stand for a length of teaching, so stated minutes can replace them. */
export const hourBasedUnits: ReadonlySet<string> = new Set(['contact_hour', 'clock_hour', 'contact_hour_60']);

export function isApproved(
  approvingBody: string | undefined,
  pack: Pick<RulePack, 'approvedProviders'>,
): boolean {
  // With no approved-provider rule every provider is acceptable.
  if (!pack.approvedProviders) return true;
  const body = (approvingBody ?? '').trim().toLowerCase();
  return body !== '' && pack.approvedProviders.bodies.some((b) => b.trim().toLowerCase() === body);
}

/** One rule per kind: when a pack lists a kind twice, the first rule wins. */
export function kindRulesOf(pack: Pick<RulePack, 'kindRules'>): Map<ActivityKind, KindRule> {
  const rules = new Map<ActivityKind, KindRule>();
  for (const rule of pack.kindRules) if (!rules.has(rule.kind)) rules.set(rule.kind, rule);
  return rules;
}

export function assessContext(
  pack: RulePack,
  cycle: CycleDates,
  asOf: string,
  table: ActivityTable,
): AssessContext {
  const kindRules = kindRulesOf(pack);
  // Every category a chunk of credit can carry has a number before the first activity:
  // entered ones are numbered already; add the fixed-point categories and the open one.
  for (const rule of kindRules.values()) if (rule.category != null) table.categories.numberOf(rule.category);
  table.categories.numberOf('');

  const unitFactors = new Map(Object.entries(pack.unitPoints) as [Unit, number][]);
  const acceptedOf = new Uint8Array(table.units.size);
  const factorOf = new Float64Array(table.units.size);
  const hourBasedOf = Uint8Array.from(table.units.values, (unit) => (hourBasedUnits.has(unit) ? 1 : 0));
  table.units.values.forEach((unit, number) => {
    const factor = unitFactors.get(unit as Unit);
    if (factor === undefined) return;
    acceptedOf[number] = 1;
    factorOf[number] = factor;
  });
  const keys = new Set(pack.categories.map((c) => c.key));
  return {
    pack,
    cycle,
    asOf,
    startDay: dayNumber(cycle.start),
    endDay: dayNumber(cycle.end),
    asOfDay: dayNumber(asOf),
    kindRules,
    kindRuleOf: table.kinds.values.map((kind) => kindRules.get(kind) ?? null),
    approvedOf: Uint8Array.from(table.bodies.values, (body) => (isApproved(body, pack) ? 1 : 0)),
    acceptedOf,
    factorOf,
    hourBasedOf,
    knownOf: Uint8Array.from(table.categories.values, (key) => (keys.has(key) ? 1 : 0)),
    hasCategories: keys.size > 0,
    fixedPointSentences: new Map(),
    unitSentences: [],
    excludedSentences: new Map(),
  };
}
