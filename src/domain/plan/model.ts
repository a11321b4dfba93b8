import { differenceInCalendarMonths, parseISO } from 'date-fns';
import type { CatalogueItem } from './catalogue';
import type { CredentialNeed, LpSolution, PlanLimits } from './types';

/**
 * The plan as a mixed-integer program (CPLEX LP text, solved by HiGHS in the app).
 *
 * Time is cut into periods at the credentials' deadlines: x{i}_{p} is the number of units
 * of item i finished in period p, so a unit counts for a credential only if its period
 * ends by that credential's deadline. Each unit is bought once; w{i}_{c}_{k} is how many
 * of those units credential c counts in its category k (a unit counts in one category per
 * credential, and for every credential that accepts it). o{c}_{k} is the credit from
 * unapproved providers that counts, within the room the approved-provider rule leaves.
 * A membership's units are limited by the years bought (y{i}).
 */

/** Pseudo-category for a pack without categories. */
export const anyCategory = '_any';
/** Tie-breaks, far below a cent: fewer hours, then the person's preferred items. */
const perHour = 0.000001;
const notPreferred = 0.00001;

export interface ModelItem {
  index: number;
  item: CatalogueItem;
  price: number;
  membership: boolean;
  /** Units one year of membership brings. */
  unitsPerYear: number;
  maxUnits: number | null;
}

export interface Model {
  lp: string;
  items: readonly ModelItem[];
  /** Deadlines that end each period, ascending. */
  periodEnds: readonly string[];
  /** Months in each period (at least 1). */
  periodMonths: readonly number[];
  needs: readonly CredentialNeed[];
  /** For each need, the categories it plans for. */
  categoriesOf: readonly (readonly string[])[];
  accepts: (item: ModelItem, need: CredentialNeed) => boolean;
  isApproved: (item: ModelItem, need: CredentialNeed) => boolean;
  unitCategories: (item: ModelItem, need: CredentialNeed, needIndex: number) => readonly string[];
}

export function monthsBetween(today: string, deadline: string): number {
  return differenceInCalendarMonths(parseISO(deadline), parseISO(today)) + 1;
}

/** The items the planner may choose: not excluded, with a known price. */
export function usableItems(
  catalogue: readonly CatalogueItem[],
  member: boolean,
  limits: PlanLimits,
): { items: ModelItem[]; withoutPrice: { itemId: string; name: string }[] } {
  const excluded = new Set(limits.excluded);
  const items: ModelItem[] = [];
  const withoutPrice: { itemId: string; name: string }[] = [];
  for (const item of catalogue) {
    if (excluded.has(item.id)) continue;
    const price = planPrice(item, member);
    if (price === null) {
      withoutPrice.push({ itemId: item.id, name: item.name });
      continue;
    }
    const membership = item.pricing === 'yearly_membership';
    items.push({
      index: items.length,
      item,
      price,
      membership,
      unitsPerYear: membership
        ? Math.floor((item.creditPerYear ?? item.creditPerUnit) / item.creditPerUnit)
        : 0,
      maxUnits: item.maxUnits,
    });
  }
  return { items, withoutPrice };
}

/**
 * What the person pays. Unlike the catalogue's display price, a non-member never gets the
 * member price when the non-member price is unknown: the item is left out instead.
 */
export function planPrice(item: CatalogueItem, member: boolean): number | null {
  if (item.owned) return 0;
  return member ? (item.costMember ?? item.costNonMember) : item.costNonMember;
}

export function buildModel(
  today: string,
  needs: readonly CredentialNeed[],
  items: readonly ModelItem[],
  limits: PlanLimits,
): Model {
  const periodEnds = [...new Set(needs.map((need) => need.deadline))].sort();
  const periodMonths = periodEnds.map((end, p) =>
    Math.max(1, monthsBetween(today, end) - (p === 0 ? 0 : monthsBetween(today, periodEnds[p - 1]!))),
  );
  const categoriesOf = needs.map((need) =>
    need.categories.length === 0 ? [anyCategory] : need.categories.map((c) => c.key),
  );
  const accepts = (m: ModelItem, need: CredentialNeed) =>
    m.item.acceptedBy.includes(need.body) && !need.excludedKinds.includes(m.item.kind);
  const isApproved = (m: ModelItem, need: CredentialNeed) =>
    need.approvedBodies.length > 0 && m.item.aamaApproved && need.approvedBodies.includes('AAMA');
  const unitCategories = (m: ModelItem, need: CredentialNeed, c: number) =>
    need.categories.length === 0
      ? [anyCategory]
      : categoriesOf[c]!.filter((key) => m.item.categories.includes(key));

  const preferred = new Set(limits.preferred);
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const general: string[] = [];
  const budget: string[] = [];
  const term = (coefficient: number, name: string) =>
    `${coefficient < 0 ? '-' : '+'} ${num(Math.abs(coefficient))} ${name}`;

  for (const m of items) {
    const penalty = preferred.has(m.item.id) ? 0 : notPreferred;
    const unitsCap = unitCap(m, needs);
    for (let p = 0; p < periodEnds.length; p++) {
      const x = `x${m.index}_${p}`;
      general.push(x);
      const unitCost = (m.membership ? 0 : m.price) + m.item.hoursPerUnit * perHour + penalty;
      objective.push(term(unitCost, x));
      if (!m.membership && m.price > 0) budget.push(term(m.price, x));
    }
    const all = periodEnds.map((_, p) => `x${m.index}_${p}`);
    if (unitsCap !== null) rows.push(`cap${m.index}: ${all.map((x) => term(1, x)).join(' ')} <= ${unitsCap}`);
    if (m.membership) {
      const y = `y${m.index}`;
      general.push(y);
      const years = Math.max(1, Math.ceil(monthsBetween(today, periodEnds.at(-1) ?? today) / 12));
      bounds.push(`0 <= ${y} <= ${years}`);
      objective.push(term(m.price + penalty, y));
      if (m.price > 0) budget.push(term(m.price, y));
      const free = m.item.owned ? m.unitsPerYear : 0;
      rows.push(
        `member${m.index}: ${all.map((x) => term(1, x)).join(' ')} ${term(-m.unitsPerYear, y)} <= ${free}`,
      );
    }
  }

  needs.forEach((need, c) => {
    const usable = items.filter((m) => accepts(m, need));
    const approvedBy = new Map<string, string[]>();
    const outsideBy = new Map<string, string[]>();
    for (const key of categoriesOf[c]!) {
      approvedBy.set(key, []);
      outsideBy.set(key, []);
    }
    for (const m of usable) {
      const keys = unitCategories(m, need, c);
      if (keys.length === 0) continue;
      const counted = periodEnds
        .map((end, p) => (end <= need.deadline ? `x${m.index}_${p}` : null))
        .filter((x): x is string => x !== null);
      const ws = keys.map((key) => `w${m.index}_${c}_${key}`);
      general.push(...ws);
      rows.push(
        `use${m.index}_${c}: ${ws.map((w) => term(1, w)).join(' ')} ${counted.map((x) => term(-1, x)).join(' ')} <= 0`,
      );
      keys.forEach((key, j) => {
        const cell = term(m.item.creditPerUnit, ws[j]!);
        (isApproved(m, need) || need.outsideRoom === null ? approvedBy : outsideBy).get(key)!.push(cell);
      });
    }
    const totalTerms: string[] = [];
    const approvedTerms: string[] = [];
    for (const key of categoriesOf[c]!) {
      const inKey = [...approvedBy.get(key)!];
      approvedTerms.push(...approvedBy.get(key)!);
      if (need.outsideRoom !== null && outsideBy.get(key)!.length > 0) {
        const o = `o${c}_${key}`;
        rows.push(`out${c}_${key}: ${term(1, o)} ${outsideBy.get(key)!.map(negate).join(' ')} <= 0`);
        inKey.push(term(1, o));
      }
      totalTerms.push(...inKey);
      const min = need.categories.find((cat) => cat.key === key)?.min ?? 0;
      if (min > 0) rows.push(`cat${c}_${key}: ${orZero(inKey)} >= ${num(min)}`);
    }
    if (need.outsideRoom !== null) {
      const os = categoriesOf[c]!.filter((key) => outsideBy.get(key)!.length > 0).map(
        (key) => `o${c}_${key}`,
      );
      if (os.length > 0)
        rows.push(`room${c}: ${os.map((o) => term(1, o)).join(' ')} <= ${num(need.outsideRoom)}`);
    }
    if (need.total > 0) rows.push(`total${c}: ${orZero(totalTerms)} >= ${num(need.total)}`);
    if (need.approved > 0) rows.push(`approved${c}: ${orZero(approvedTerms)} >= ${num(need.approved)}`);
  });

  if (limits.hoursPerMonth !== null) {
    periodEnds.forEach((_, p) => {
      const hours = items.map((m) => term(m.item.hoursPerUnit, `x${m.index}_${p}`));
      rows.push(`hours${p}: ${orZero(hours)} <= ${num(limits.hoursPerMonth! * periodMonths[p]!)}`);
    });
  }
  if (limits.budget !== null) rows.push(`budget: ${orZero(budget)} <= ${num(limits.budget)}`);

  const lp = [
    'Minimize',
    ` obj: ${objective.length > 0 ? objective.join(' ') : '0 zero'}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    ...(objective.length === 0 ? [' none: zero = 0'] : []),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    ...(general.length > 0 ? ['General', ` ${general.join(' ')}`] : []),
    'End',
  ].join('\n');
  return { lp, items, periodEnds, periodMonths, needs, categoriesOf, accepts, isApproved, unitCategories };
}

/** The most units of an item that can count: its own limit and the kind limits of the packs that accept it. */
function unitCap(m: ModelItem, needs: readonly CredentialNeed[]): number | null {
  let cap = m.maxUnits;
  for (const need of needs) {
    const room = need.kindRoom[m.item.kind];
    if (room !== undefined && m.item.acceptedBy.includes(need.body))
      cap = cap === null ? room : Math.min(cap, room);
  }
  return cap;
}

function negate(cell: string): string {
  return cell.startsWith('+') ? `-${cell.slice(1)}` : `+${cell.slice(1)}`;
}

function orZero(cells: readonly string[]): string {
  return cells.length > 0 ? cells.join(' ') : '0 zero';
}

function num(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** A column's value, rounded to a whole number for integer columns. */
export function valueOf(solution: LpSolution, name: string): number {
  return Math.round(solution.values[name] ?? 0);
}
