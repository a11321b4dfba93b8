import type { CatalogueItem } from '../../../src/domain/plan/catalogue';
import { planPrice as priceFor } from '../../../src/domain/plan/model';
import type { CredentialNeed, PlanLimits } from '../../../src/domain/plan/types';

/**
 * Brute force for the planner's tests, written without the solver: every count of units
 * (and years of membership) up to `maxUnits`, in order of cost, checked by trying every
 * way to split each item's units among the categories it can cover.
 * Assumes one deadline for all credentials.
 */
export function cheapestByExhaustiveSearch(
  needs: readonly CredentialNeed[],
  catalogue: readonly CatalogueItem[],
  limits: PlanLimits,
  months: number,
  maxUnits: number,
): { cost: number; units: number[] } | null {
  const items = catalogue.filter(
    (item) => priceFor(item, false) !== null && !limits.excluded.includes(item.id),
  );
  const options = items.map((item) => {
    const price = priceFor(item, false)!;
    const cap = Math.min(maxUnits, item.maxUnits ?? maxUnits);
    const list: { units: number; cost: number }[] = [];
    if (item.pricing === 'yearly_membership') {
      const perYear = Math.floor((item.creditPerYear ?? item.creditPerUnit) / item.creditPerUnit);
      const years = Math.max(1, Math.ceil(months / 12));
      for (let y = 0; y <= years; y++) {
        const top = Math.min(cap, perYear * (y + (item.owned ? 1 : 0)));
        const from = y === 0 ? 0 : Math.min(top, perYear * (y - 1 + (item.owned ? 1 : 0)) + 1);
        for (let u = from; u <= top; u++) list.push({ units: u, cost: price * y });
      }
    } else {
      for (let u = 0; u <= cap; u++) list.push({ units: u, cost: price * u });
    }
    return list;
  });
  const vectors: { cost: number; units: number[] }[] = [];
  const walk = (i: number, units: number[], cost: number) => {
    if (i === items.length) {
      vectors.push({ cost, units: [...units] });
      return;
    }
    for (const option of options[i]!) walk(i + 1, [...units, option.units], cost + option.cost);
  };
  walk(0, [], 0);
  vectors.sort((a, b) => a.cost - b.cost);
  for (const vector of vectors) {
    if (limits.budget !== null && vector.cost > limits.budget + 1e-9) continue;
    const hours = vector.units.reduce((sum, u, i) => sum + u * items[i]!.hoursPerUnit, 0);
    if (limits.hoursPerMonth !== null && hours > limits.hoursPerMonth * months + 1e-9) continue;
    if (needs.every((need) => meets(need, items, vector.units))) return vector;
  }
  return null;
}

/** Whether these units of these items meet the need, for some split of units among categories. */
export function meets(
  need: CredentialNeed,
  items: readonly CatalogueItem[],
  units: readonly number[],
): boolean {
  const keys = need.categories.length === 0 ? ['_any'] : need.categories.map((c) => c.key);
  const parts = items.map((item, i) => {
    const accepted = item.acceptedBy.includes(need.body) && !need.excludedKinds.includes(item.kind);
    const into = need.categories.length === 0 ? ['_any'] : keys.filter((k) => item.categories.includes(k));
    const approved = need.approvedBodies.includes('AAMA') && item.aamaApproved;
    return { into: accepted ? into : [], units: units[i]!, credit: item.creditPerUnit, approved };
  });
  const approvedIn = new Map(keys.map((k) => [k, 0]));
  const outsideIn = new Map(keys.map((k) => [k, 0]));
  const check = (): boolean => {
    let required = 0;
    for (const key of keys) {
      const min = need.categories.find((c) => c.key === key)?.min ?? 0;
      const short = Math.max(0, min - approvedIn.get(key)!);
      if (need.outsideRoom === null) {
        if (short > outsideIn.get(key)! + 1e-9) return false;
      } else {
        if (short > outsideIn.get(key)! + 1e-9) return false;
        required += short;
      }
    }
    if (need.outsideRoom !== null && required > need.outsideRoom + 1e-9) return false;
    const approved = [...approvedIn.values()].reduce((a, b) => a + b, 0);
    const outside = [...outsideIn.values()].reduce((a, b) => a + b, 0);
    const counted = approved + (need.outsideRoom === null ? outside : Math.min(outside, need.outsideRoom));
    return counted + 1e-9 >= need.total && approved + 1e-9 >= need.approved;
  };
  const split = (i: number): boolean => {
    if (i === parts.length) return check();
    const part = parts[i]!;
    if (part.into.length === 0 || part.units === 0) return split(i + 1);
    const target = part.approved || need.outsideRoom === null ? approvedIn : outsideIn;
    const spread = (j: number, left: number): boolean => {
      const key = part.into[j]!;
      if (j === part.into.length - 1) {
        target.set(key, target.get(key)! + left * part.credit);
        const ok = split(i + 1);
        target.set(key, target.get(key)! - left * part.credit);
        return ok;
      }
      for (let take = 0; take <= left; take++) {
        target.set(key, target.get(key)! + take * part.credit);
        const ok = spread(j + 1, left - take);
        target.set(key, target.get(key)! - take * part.credit);
        if (ok) return true;
      }
      return false;
    };
    return spread(0, part.units);
  };
  return split(0);
}
