/**
 * Planner benchmark: 3 credentials (CMA, CCMA, RMA) with deadlines spread over 24 months
 * and a seeded catalogue of 200 items, planned with a budget and hours a month (HiGHS,
 * exact optimum). Prints the median of 15 runs after 3 warm-up runs, and the cold first
 * run; target < 200 ms. Prints, never asserts.
 *   npx tsx scripts/bench-plan.ts     or     npm run bench -- plan
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadPlanSolver } from '../src/core/plan-solver';
import { seeded } from '../tests/domain/generated-portfolios';
import { catalogueItemSchema, type CatalogueItem } from '../src/domain/plan/catalogue';
import { planFor } from '../src/domain/plan/plan';
import type { CredentialNeed, PlanInput } from '../src/domain/plan/types';

const ITEMS = 200;
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 15;
const TARGET_MS = 200;

function catalogue(count: number): CatalogueItem[] {
  const random = seeded(7);
  const bodies = ['AAMA', 'NHA', 'AMT'];
  const categories = ['administrative', 'clinical', 'general'];
  return Array.from({ length: count }, (_, i) => {
    const membership = random() < 0.1;
    const credit = 1 + Math.floor(random() * 4);
    const price = membership ? 20 + Math.round(random() * 250) : 10 + Math.round(random() * 5000) / 100;
    const acceptedBy = bodies.filter(() => random() < 0.5);
    const chosen = categories.filter(() => random() < 0.6);
    return catalogueItemSchema.parse({
      id: `item-${i}`,
      name: `Course ${i}`,
      provider: `Provider ${i % 17}`,
      kind: 'online_course',
      acceptedBy: acceptedBy.length > 0 ? acceptedBy : ['AAMA'],
      aamaApproved: random() < 0.4,
      categories: chosen.length > 0 ? chosen : ['general'],
      creditPerUnit: credit,
      hoursPerUnit: credit * (0.8 + random()),
      pricing: membership ? 'yearly_membership' : 'per_unit',
      costMember: price,
      costNonMember: price,
      creditPerYear: membership ? 20 + Math.floor(random() * 30) : null,
      maxUnits: random() < 0.2 ? 1 + Math.floor(random() * 4) : null,
      delivery: 'online',
      creditRoute: 'certificate',
      source: 'bench',
    });
  });
}

const base = {
  excludedKinds: [],
  kindRoom: {},
  approved: 0,
  approvedBodies: [],
  outsideRoom: null,
  categories: [],
};
const needs: CredentialNeed[] = [
  {
    ...base,
    credentialId: 1,
    credential: 'CMA',
    body: 'AAMA',
    deadline: '2028-11-01',
    total: 60,
    categories: [
      { key: 'administrative', min: 10 },
      { key: 'clinical', min: 10 },
      { key: 'general', min: 10 },
    ],
    approved: 30,
    approvedBodies: ['AAMA'],
    outsideRoom: 30,
  },
  { ...base, credentialId: 2, credential: 'CCMA', body: 'NHA', deadline: '2027-06-01', total: 10 },
  { ...base, credentialId: 3, credential: 'RMA', body: 'AMT', deadline: '2028-03-01', total: 30 },
];

export async function runPlanBench(): Promise<void> {
  const items = catalogue(ITEMS);
  const input: PlanInput = {
    today: '2026-12-05',
    needs,
    catalogue: items,
    member: false,
    limits: { budget: 1500, hoursPerMonth: 6, preferred: [], excluded: [] },
  };
  const solve = await loadPlanSolver();
  const times: number[] = [];
  let result = planFor(input, solve);
  for (let run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
    const start = performance.now();
    result = planFor(input, solve);
    if (run >= WARM_UP_RUNS) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const summary =
    result.kind === 'plan' ? `plan of ${result.items.length} items, $${result.cost}` : 'no plan fits';
  console.log(
    `plan: 3 credentials, ${items.length} catalogue items, 24 months: median ${median.toFixed(1)} ms ` +
      `(min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}; target < ${TARGET_MS} ms; ${summary}; ` +
      `load ${loadavg()[0]!.toFixed(2)})`,
  );
}

if (process.argv[1]?.endsWith('bench-plan.ts')) void runPlanBench();
