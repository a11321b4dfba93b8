import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanSolver } from '../../../src/core/plan-solver';
import {
  catalogueItemSchema,
  type CatalogueItem,
  type CatalogueItemInput,
} from '../../../src/domain/plan/catalogue';
import { planFor } from '../../../src/domain/plan/plan';
import {
  noLimits,
  type CredentialNeed,
  type LpSolver,
  type PlanLimits,
} from '../../../src/domain/plan/types';
import { cheapestByExhaustiveSearch, meets } from './exhaustive';

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadPlanSolver();
});

const today = '2026-12-05';
const deadline = '2027-05-31';
const months = 6;

function item(input: Partial<CatalogueItemInput> & { id: string }): CatalogueItem {
  return catalogueItemSchema.parse({
    name: input.id,
    provider: 'Provider',
    kind: 'online_course',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'per_unit',
    costMember: 10,
    costNonMember: 10,
    delivery: 'online',
    creditRoute: 'certificate',
    source: 'test',
    ...input,
  });
}

function need(input: Partial<CredentialNeed> & { credentialId: number }): CredentialNeed {
  return {
    credential: `C${input.credentialId}`,
    body: 'AAMA',
    deadline,
    total: 0,
    categories: [],
    approved: 0,
    approvedBodies: [],
    outsideRoom: null,
    excludedKinds: [],
    kindRoom: {},
    ...input,
  };
}

/** A small seeded generator (mulberry32), so every run tries the same cases. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => {
    const chosen = list.filter(() => next() < 0.5);
    return chosen.length > 0 ? chosen : [list[int(0, list.length - 1)]!];
  };
  return { next, int, pick };
}

const categoryKeys = ['administrative', 'clinical', 'general'] as const;

function randomCase(seed: number) {
  const r = random(seed);
  const catalogue = Array.from({ length: 3 }, (_, i) => {
    const membership = r.next() < 0.25;
    const credit = r.int(1, 3);
    const price = r.int(0, 30);
    return item({
      id: `item-${i}`,
      acceptedBy: r.pick(['AAMA', 'NHA']),
      aamaApproved: r.next() < 0.5,
      categories: r.pick(categoryKeys),
      creditPerUnit: credit,
      hoursPerUnit: r.int(1, 3),
      pricing: membership ? 'yearly_membership' : 'per_unit',
      costMember: price,
      costNonMember: price,
      creditPerYear: membership ? credit * r.int(2, 3) : null,
      maxUnits: r.next() < 0.3 ? r.int(1, 3) : null,
      owned: r.next() < 0.1,
    });
  });
  const mins = categoryKeys.slice(0, 2).map((key) => ({ key, min: r.int(0, 2) }));
  const sum = mins.reduce((a, c) => a + c.min, 0);
  const needs = [
    need({
      credentialId: 1,
      body: 'AAMA',
      categories: [...mins, { key: 'general', min: 0 }],
      total: r.int(Math.max(1, sum), 6),
      approved: r.int(0, 3),
      approvedBodies: ['AAMA'],
      outsideRoom: r.int(0, 4),
    }),
    need({ credentialId: 2, body: 'NHA', total: r.int(1, 5) }),
  ];
  const limits: PlanLimits = {
    budget: r.next() < 0.4 ? r.int(10, 80) : null,
    hoursPerMonth: r.next() < 0.3 ? r.int(1, 2) : null,
    preferred: [],
    excluded: r.next() < 0.2 ? ['item-0'] : [],
  };
  return { catalogue, needs, limits };
}

describe('the plan to the deadline', () => {
  it('is never dearer than the cheapest plan exhaustive search finds, on 150 seeded small catalogues', () => {
    let compared = 0;
    let neither = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { catalogue, needs, limits } = randomCase(seed);
      const brute = cheapestByExhaustiveSearch(needs, catalogue, limits, months, 6);
      const plan = planFor({ today, needs, catalogue, member: false, limits }, solve);
      if (brute === null) {
        expect(plan.kind, `seed ${seed}`).toBe('no_plan');
        neither += 1;
        continue;
      }
      expect(plan.kind, `seed ${seed}`).toBe('plan');
      if (plan.kind !== 'plan') continue;
      compared += 1;
      expect(plan.cost, `seed ${seed}`).toBeCloseTo(brute.cost, 6);
      // The solver's plan meets every need by the brute-force check too.
      const usable = catalogue.filter((i) => !limits.excluded.includes(i.id));
      const units = usable.map((i) => plan.items.find((c) => c.itemId === i.id)?.units ?? 0);
      for (const n of needs) expect(meets(n, usable, units), `seed ${seed}`).toBe(true);
      if (limits.budget !== null) expect(plan.cost).toBeLessThanOrEqual(limits.budget + 1e-9);
    }
    // Both outcomes are exercised: plans to compare, and limits no plan fits.
    expect(compared).toBeGreaterThan(30);
    expect(neither).toBeGreaterThan(30);
  });

  it('buys a course that counts for two credentials once, and says it counts for both', () => {
    const catalogue = [
      item({ id: 'shared', acceptedBy: ['AAMA', 'NHA'], costNonMember: 12, costMember: 12 }),
      item({ id: 'aama-only', acceptedBy: ['AAMA'], costNonMember: 8, costMember: 8 }),
      item({ id: 'nha-only', acceptedBy: ['NHA'], costNonMember: 8, costMember: 8 }),
    ];
    const needs = [
      need({ credentialId: 1, body: 'AAMA', total: 2 }),
      need({ credentialId: 2, body: 'NHA', total: 2 }),
    ];
    const plan = planFor({ today, needs, catalogue, member: false, limits: noLimits }, solve);
    expect(plan.kind).toBe('plan');
    if (plan.kind !== 'plan') return;
    expect(plan.items.map((i) => [i.itemId, i.units])).toEqual([['shared', 2]]);
    expect(plan.cost).toBe(24);
    expect(plan.items[0]!.uses.map((use) => [use.credential, use.points])).toEqual([
      ['C1', 2],
      ['C2', 2],
    ]);
  });

  it('says which limit to relax when no plan fits', () => {
    const catalogue = [
      item({ id: 'cheap-slow', costNonMember: 5, costMember: 5, hoursPerUnit: 10 }),
      item({ id: 'dear-quick', costNonMember: 50, costMember: 50, hoursPerUnit: 1 }),
    ];
    const needs = [need({ credentialId: 1, total: 6 })];
    const ask = (limits: Partial<PlanLimits>) =>
      planFor({ today, needs, catalogue, member: false, limits: { ...noLimits, ...limits } }, solve);

    // Six months at 5 hours a month: 30 hours, so 2 slow and 4 quick courses at best.
    const both = ask({ budget: 40, hoursPerMonth: 5 });
    expect(both.kind).toBe('no_plan');
    if (both.kind === 'no_plan') {
      expect(both.relax).toEqual([
        { limit: 'budget', neededBudget: 210 },
        { limit: 'hoursPerMonth', neededHoursPerMonth: 10 },
      ]);
    }
    const excluded = ask({ excluded: ['cheap-slow', 'dear-quick'] });
    expect(excluded.kind === 'no_plan' && excluded.relax).toEqual([
      { limit: 'excluded', items: ['cheap-slow'], names: ['cheap-slow'] },
    ]);

    const none = planFor(
      {
        today,
        needs: [need({ credentialId: 1, body: 'NCCT', total: 2 })],
        catalogue,
        member: false,
        limits: noLimits,
      },
      solve,
    );
    expect(none.kind === 'no_plan' && none.credentials[0]!.outcome).toBe('not_coverable');
  });

  it('keeps to the hours a month and finishes each credential by its own deadline', () => {
    const catalogue = [item({ id: 'course', costNonMember: 10, costMember: 10, hoursPerUnit: 2 })];
    const needs = [
      need({ credentialId: 1, total: 4, deadline: '2027-01-31' }),
      need({ credentialId: 2, body: 'AAMA', total: 6, deadline: '2027-03-31' }),
    ];
    const plan = planFor(
      { today, needs, catalogue, member: false, limits: { ...noLimits, hoursPerMonth: 4 } },
      solve,
    );
    expect(plan.kind).toBe('plan');
    if (plan.kind !== 'plan') return;
    expect(plan.items[0]!.units).toBe(6);
    for (const month of plan.months) expect(month.hours).toBeLessThanOrEqual(4);
    const byJanuary = plan.months
      .filter((m) => m.month <= '2027-01')
      .reduce((s, m) => s + m.items[0]!.units, 0);
    expect(byJanuary).toBeGreaterThanOrEqual(4);
  });

  it('chooses a preferred item when it costs the same, and never an excluded one', () => {
    const catalogue = [item({ id: 'first' }), item({ id: 'second' })];
    const needs = [need({ credentialId: 1, total: 3 })];
    const chosen = (limits: Partial<PlanLimits>) => {
      const plan = planFor(
        { today, needs, catalogue, member: false, limits: { ...noLimits, ...limits } },
        solve,
      );
      return plan.kind === 'plan' ? plan.items.map((i) => i.itemId) : [];
    };
    expect(chosen({ preferred: ['second'] })).toEqual(['second']);
    expect(chosen({ preferred: ['first'] })).toEqual(['first']);
    expect(chosen({ excluded: ['first'] })).toEqual(['second']);
  });
});
