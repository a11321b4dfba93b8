/**
 * Rules-engine benchmark: 10,000 random activities across 4 credentials, evaluated as
 * the status page does (evaluatePortfolio). Prints the median of 31 runs once the JIT
 * has settled (the first ten or so evaluations of a fresh process still run partly
 * unoptimized code, so 20 warm-up runs come first), and the first, cold evaluation on
 * its own; target < 20 ms. Prints, never asserts: timings on a shared machine are noisy,
 * so the line ends with the 1-minute load average to read them against.
 *   npx tsx scripts/bench-rules.ts     or     npm run bench -- rules
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ActivityKind } from '../src/domain/portfolio';
import {
  builtInRulePacks,
  evaluatePortfolio,
  type ActivityLike,
  type CredentialLike,
} from '../src/domain/rules';
import type { Unit } from '../src/domain/units';

const ACTIVITIES = 10_000;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 31;
const TARGET_MS = 20;

/** A small seeded generator so every run measures the same portfolio. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const credentials: CredentialLike[] = [
  { id: 1, rulePackId: 'aama-cma', certifiedOn: '2021-03-15' },
  { id: 2, rulePackId: 'nha-ccma', certifiedOn: '2025-01-10' },
  { id: 3, rulePackId: 'amt-rma', certifiedOn: '2024-05-10' },
  { id: 4, rulePackId: 'ncct-ncma', certifiedOn: '2026-02-01' },
];

export function randomActivities(count: number, seed = 42): ActivityLike[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kinds: ActivityKind[] = [
    'online_course',
    'seminar',
    'workshop',
    'conference',
    'journal_article_test',
    'cpr_card',
  ];
  const units: Unit[] = [
    'aama_ceu',
    'contact_hour',
    'clock_hour',
    'nha_ce_credit',
    'amt_ccp_point',
    'iacet_ceu',
  ];
  const categories = ['administrative', 'clinical', 'general'];
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const credits = Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      amount: Math.round((0.5 + random() * 4) * 100) / 100,
      unit: pick(units),
      category: pick(categories),
    }));
    const claimed = credentials.filter(() => random() < 0.4).map((c) => c.id);
    return {
      id: index + 1,
      title: `Course ${index + 1}`,
      kind: pick(kinds),
      completedOn: new Date(start + Math.floor(random() * 7 * 365) * 86_400_000).toISOString().slice(0, 10),
      durationMinutes: random() < 0.5 ? 30 + Math.floor(random() * 120) : null,
      approvingBody: pick(['AAMA', '', 'NHA', 'AMT', '']),
      credits,
      credentialIds: claimed.length > 0 ? claimed : [pick(credentials).id],
    };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function runRulesBench(): {
  ms: number;
  cpuMs: number;
  coldMs: number;
  fastestMs: number;
  runs: number;
  activities: number;
  credentials: number;
} {
  const activities = randomActivities(ACTIVITIES);
  const evaluateAll = () =>
    evaluatePortfolio({ credentials, packs: builtInRulePacks, activities, asOf: '2026-11-24' });
  const coldBegan = performance.now();
  evaluateAll();
  const coldMs = performance.now() - coldBegan;
  for (let i = 1; i < WARM_UP_RUNS; i++) evaluateAll();
  const wall: number[] = [];
  const cpu: number[] = [];
  let claims = 0;
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const began = performance.now();
    const result = evaluateAll();
    wall.push(performance.now() - began);
    const used = process.cpuUsage(cpuBefore);
    // Process CPU time (all threads, so it includes the garbage collector's helpers) is
    // steadier than wall time when other work shares the machine.
    cpu.push((used.user + used.system) / 1000);
    claims = result.reduce((sum, evaluation) => sum + evaluation.activities.length, 0);
  }
  const ms = median(wall);
  const meanMs = wall.reduce((sum, value) => sum + value, 0) / wall.length;
  const cpuMs = median(cpu);
  const fastestMs = Math.min(...wall);
  console.log(
    `rules engine: ${ACTIVITIES.toLocaleString('en-US')} activities (${claims.toLocaleString('en-US')} claims) ` +
      `across ${credentials.length} credentials: median ${ms.toFixed(2)} ms wall (mean ${meanMs.toFixed(2)}), ${cpuMs.toFixed(2)} ms CPU ` +
      `(fastest ${fastestMs.toFixed(2)} ms; ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up; ` +
      `first, cold evaluation ${coldMs.toFixed(1)} ms; ` +
      `load ${loadavg()[0]?.toFixed(2)}) — target < ${TARGET_MS} ms`,
  );
  return {
    ms,
    cpuMs,
    coldMs,
    fastestMs,
    runs: MEASURED_RUNS,
    activities: ACTIVITIES,
    credentials: credentials.length,
  };
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/bench-rules.ts')) runRulesBench();
