import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanSolver } from '../../../src/core/plan-solver';
import { planAsActivities } from '../../../src/domain/plan/as-activities';
import { builtInCatalogue } from '../../../src/domain/plan/catalogue';
import { needFromEvaluation } from '../../../src/domain/plan/needs';
import { planFor } from '../../../src/domain/plan/plan';
import { noLimits, type LpSolver } from '../../../src/domain/plan/types';
import type { RulePack } from '../../../src/domain/rule-pack';
import { builtInRulePacks, evaluateCredential } from '../../../src/domain/rules';
import type { ActivityLike } from '../../../src/domain/rules/activity-like';

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadPlanSolver();
});

const today = '2026-12-05';
const packOf = (id: string) => builtInRulePacks.find((pack) => pack.id === id)!;
const credentials = [
  { id: 1, rulePackId: 'aama-cma', certifiedOn: '2022-03-10' },
  { id: 2, rulePackId: 'nha-ccma', certifiedOn: '2025-04-01' },
];
const done: ActivityLike[] = [
  {
    id: 101,
    title: 'Infection control workshop',
    kind: 'workshop',
    completedOn: '2024-05-02',
    credits: [{ amount: 6, unit: 'aama_ceu', category: 'clinical' }],
    approvingBody: 'AAMA',
    credentialIds: [1, 2],
  },
];

describe('the plan, checked by the rules engine', () => {
  it('completes every credential when its planned items are counted as done activities', () => {
    const packs = new Map<number, RulePack>(credentials.map((c) => [c.id, packOf(c.rulePackId)]));
    const needs = credentials.map((credential) =>
      needFromEvaluation(
        evaluateCredential({ credential, pack: packs.get(credential.id)!, activities: done, asOf: today }),
        packs.get(credential.id)!,
      ),
    );
    expect(needs.map((n) => [n.credential, n.total])).toEqual([
      ['CMA', 54],
      ['CCMA', 10],
    ]);
    const plan = planFor(
      { today, needs, catalogue: builtInCatalogue, member: false, limits: noLimits },
      solve,
    );
    expect(plan.kind).toBe('plan');
    if (plan.kind !== 'plan') return;
    // The ACE membership counts for both credentials and is bought once.
    const ace = plan.items.find((item) => item.itemId === 'ace-membership');
    expect(ace?.yearsBought).toBe(1);
    expect(ace?.uses.map((use) => use.credential)).toEqual(['CMA', 'CCMA']);

    const planned = planAsActivities(plan, needs, builtInCatalogue, packs);
    for (const credential of credentials) {
      const need = needs.find((n) => n.credentialId === credential.id)!;
      const after = evaluateCredential({
        credential,
        pack: packs.get(credential.id)!,
        activities: [...done, ...planned],
        asOf: need.deadline,
      });
      expect(after.stillNeeded, after.credential).toBe(0);
      expect(after.categories.every((category) => category.stillNeeded === 0)).toBe(true);
      expect(after.approvedProviders?.stillNeeded ?? 0).toBe(0);
      expect(after.status).toBe('complete');
    }
  });
});
