import type { ModelItem } from './model';

/**
 * Leaves out per-unit items another item beats on every count: accepted by at least the
 * same bodies, approved if it is, covering at least its categories, at least as much
 * credit per unit, no dearer, no longer, the same kind and no tighter unit limit. Any plan
 * using the beaten item costs no less than the same plan with the better one, so the
 * optimum is unchanged and the program is much smaller. Preferred items are never left out.
 */
export function withoutDominated(items: readonly ModelItem[], preferred: ReadonlySet<string>): ModelItem[] {
  const kept = items.filter(
    (candidate) =>
      candidate.membership ||
      preferred.has(candidate.item.id) ||
      !items.some((other) => other !== candidate && beats(other, candidate)),
  );
  return kept.map((m, index) => ({ ...m, index }));
}

function beats(a: ModelItem, b: ModelItem): boolean {
  if (a.membership || a.item.kind !== b.item.kind) return false;
  const x = a.item;
  const y = b.item;
  const atLeast =
    y.acceptedBy.every((body) => x.acceptedBy.includes(body)) &&
    (x.aamaApproved || !y.aamaApproved) &&
    y.categories.every((key) => x.categories.includes(key)) &&
    x.creditPerUnit >= y.creditPerUnit &&
    a.price <= b.price &&
    x.hoursPerUnit <= y.hoursPerUnit &&
    (a.maxUnits === null || (b.maxUnits !== null && a.maxUnits >= b.maxUnits));
  if (!atLeast) return false;
  // Exactly equal items: keep the first, so one of them stays.
  const equal =
    x.acceptedBy.length === y.acceptedBy.length &&
    x.aamaApproved === y.aamaApproved &&
    x.categories.length === y.categories.length &&
    x.creditPerUnit === y.creditPerUnit &&
    a.price === b.price &&
    x.hoursPerUnit === y.hoursPerUnit &&
    a.maxUnits === b.maxUnits;
  return !equal || a.index < b.index;
}
