import type { RulePack } from '../rule-pack';
import type { ActivityLike } from '../rules/activity-like';
import type { Unit } from '../units';
import type { CatalogueItem } from './catalogue';
import type { CredentialNeed, PlanResult } from './types';

/**
 * The plan's items as activities, as if done on each credential's deadline: what the
 * planned activities will be once taken, and how the tests check a plan with the rules
 * engine itself. One activity per item, credential and category, in a unit the
 * credential's pack counts as one point.
 */
export function planAsActivities(
  plan: Extract<PlanResult, { kind: 'plan' }>,
  needs: readonly CredentialNeed[],
  catalogue: readonly CatalogueItem[],
  packs: ReadonlyMap<number, RulePack>,
): ActivityLike[] {
  const activities: ActivityLike[] = [];
  for (const chosen of plan.items) {
    const item = catalogue.find((entry) => entry.id === chosen.itemId);
    if (!item) continue;
    for (const use of chosen.uses) {
      const need = needs.find((n) => n.credentialId === use.credentialId);
      const pack = packs.get(use.credentialId);
      if (!need || !pack) continue;
      const unit = onePointUnit(pack);
      const parts =
        Object.keys(use.byCategory).length > 0 ? use.byCategory : { [item.categories[0]!]: use.points };
      for (const [category, points] of Object.entries(parts)) {
        const units = points / item.creditPerUnit;
        activities.push({
          id: activities.length + 1,
          title: `${item.name} (planned)`,
          kind: item.kind,
          completedOn: need.deadline,
          credits: [{ amount: points, unit, category }],
          durationMinutes: Math.round(units * item.hoursPerUnit * 60),
          validMonths: item.validityMonths,
          approvingBody: item.aamaApproved ? 'AAMA' : item.provider,
          credentialIds: [use.credentialId],
        });
      }
    }
  }
  return activities;
}

/** A unit the pack counts as exactly one point (the AAMA CEU where it does). */
export function onePointUnit(pack: RulePack): Unit {
  const entries = Object.entries(pack.unitPoints) as [Unit, number][];
  const one = entries.filter(([, points]) => points === 1).map(([unit]) => unit);
  return one.includes('aama_ceu') ? 'aama_ceu' : (one[0] ?? 'aama_ceu');
}
