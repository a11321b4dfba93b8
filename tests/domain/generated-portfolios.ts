import { activityKinds, type ActivityKind } from '../../src/domain/portfolio';
import type { RulePackInput } from '../../src/domain/rule-pack';
import { builtInRulePacks, type ActivityLike, type CredentialLike } from '../../src/domain/rules';
import { units, type Unit } from '../../src/domain/units';

/**
 * Large seeded portfolios for the "same answer as before" checks (snapshot.test.ts,
 * equivalence.test.ts). They reach every corner the engine has: every kind and unit,
 * odd approving bodies and categories, dates that are not calendar dates, duplicate
 * ids and claims, custom packs with every kind of cap, overrides, entered expiries.
 */

/** A small seeded generator so a seed always gives the same portfolio. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayMs = 86_400_000;
export const dayFrom = (start: string, offset: number) =>
  new Date(Date.parse(start) + offset * dayMs).toISOString().slice(0, 10);

/** Custom packs, as a user would enter them (unparsed), with every cap the engine knows. */
export const customPacks: RulePackInput[] = [
  {
    id: 'custom-caps',
    version: '3',
    credential: 'CAPS',
    name: 'Every cap at once',
    body: 'Board',
    cycle: { months: 36, anchor: 'certification_date' },
    pointName: 'credits',
    totalRequired: 45.5,
    categories: [
      { key: 'administrative', label: 'Administrative', min: 8, max: 20 },
      { key: 'clinical', label: 'Clinical', min: 12.25 },
      { key: 'ethics', label: 'Law and ethics', min: 3, max: 6 },
      { key: 'bls', label: 'BLS', min: 0, max: 4 },
    ],
    approvedProviders: { bodies: ['Board', ' AAMA '], minPoints: 25, label: 'Board-approved' },
    unitPoints: { aama_ceu: 1, contact_hour: 1, clock_hour: 1.2, iacet_ceu: 10, college_credit: 15 },
    kindRules: [
      { kind: 'cpr_card', pointsEach: 2, category: 'bls', maxCount: 2 },
      { kind: 'conference', maxPoints: 9.5 },
      { kind: 'seminar', maxCount: 7 },
      { kind: 'exam', excluded: true, reason: 'Exams do not count here.' },
      { kind: 'publication', excluded: true },
      { kind: 'cpr_card', pointsEach: 9 },
    ],
    minActivityMinutes: 45,
    graceDays: 30,
    lapsedNote: 'Take the exam again.',
    examRoute: { passMonthsBeforeExpiry: 3, applyDaysBeforeExpiry: 45 },
    fees: [
      { label: 'Renewal', amount: 95.5, every: 'renewal' },
      { label: 'Membership', amount: 40, every: 'year', unverified: true },
    ],
  },
  {
    id: 'custom-open',
    version: '1',
    credential: 'OPEN',
    name: 'No categories, no approved providers',
    body: 'Employer',
    cycle: { months: 13, anchor: 'end_of_month' },
    pointName: 'hours',
    totalRequired: 20,
    unitPoints: { clock_hour: 1, contact_hour: 5 / 6, amca_ce_credit: 0.75, nha_ce_credit: 1 },
    kindRules: [
      { kind: 'workshop', maxPoints: 6 },
      { kind: 'college_course', pointsEach: 3.33 },
      { kind: 'self_study', maxPoints: 2.5, maxCount: 3 },
      { kind: 'cpr_card', pointsEach: 1, maxCount: 1 },
    ],
    fees: [{ label: 'Yearly', amount: 12, every: 'year' }],
  },
  {
    id: 'custom-points',
    version: '2',
    credential: 'PTS',
    name: 'Points from categories not in the pack',
    body: 'State',
    cycle: { months: 24, anchor: 'certification_date' },
    pointName: 'point',
    totalRequired: 10,
    categories: [
      { key: 'general', label: 'general', min: 2 },
      { key: 'clinical', label: 'BLS and clinical', min: 1, max: 3 },
    ],
    approvedProviders: { bodies: ['NHA', 'AMT'], minPoints: 12 },
    unitPoints: { nha_ce_credit: 1, amt_ccp_point: 1, iacet_ceu: 7.5 },
    kindRules: [
      { kind: 'cpr_card', pointsEach: 0.5, maxCount: 4 },
      { kind: 'online_course', maxPoints: 4 },
      { kind: 'instructional_presentation', pointsEach: 2, category: 'general' },
    ],
    minActivityMinutes: 120,
  },
  {
    id: 'custom-kinds',
    version: '1',
    credential: 'KINDS',
    name: 'A point cap on several kinds',
    body: 'Hospital',
    cycle: { months: 120, anchor: 'certification_date' },
    totalRequired: 40,
    categories: [
      { key: 'clinical', label: 'Clinical', min: 5 },
      { key: 'general', label: 'General', max: 30 },
    ],
    unitPoints: { clock_hour: 1, contact_hour: 1, aama_ceu: 1 },
    kindRules: [
      { kind: 'workshop', maxPoints: 3 },
      { kind: 'seminar', maxPoints: 2 },
      { kind: 'conference', maxPoints: 4 },
      { kind: 'online_course', maxPoints: 5 },
      { kind: 'cpr_card', maxPoints: 1 },
    ],
  },
];

export const allPacks: RulePackInput[] = [...builtInRulePacks, ...customPacks];

const approvingBodies = ['AAMA', '', 'NHA', 'AMT', '', 'Board', ' aama ', 'board ', 'State'];
const categoryKeys = ['administrative', 'clinical', 'general', 'ethics', 'bls', 'other_area', '__proto__'];
const oddDays = [
  '2025-1-5',
  '2025-02-30',
  '',
  'yesterday',
  '2024-13-01',
  '0999-12-31',
  'fclinical',
  '2025-00-15',
];
const overrideChoices: Record<string, unknown>[] = [
  {},
  { cycle: { months: 48 } },
  { totalRequired: 30, fees: [{ label: 'New fee', amount: 99, every: 'year' }] },
  { approvedProviders: null, graceDays: 10 },
  { categories: [{ key: 'general', label: 'General', min: 5, max: 12 }], minActivityMinutes: null },
  { unitPoints: { clock_hour: 2 }, pointName: 'CE credits' },
];

/** Mostly a few round amounts (so equal left-out amounts meet), some odd ones. */
function amountOf(roll: number, value: number): number {
  if (roll < 0.4) return [1, 2, 1.5, 0.5][Math.floor(value * 4)] as number;
  if (roll < 0.5) return Math.round(value * 300) / 300 + 0.01;
  return Math.round((0.25 + value * 6) * 100) / 100;
}

export interface GeneratedPortfolio {
  credentials: CredentialLike[];
  activities: ActivityLike[];
  asOfs: string[];
}

/** `count` activities over `credentialCount` credentials drawn from every pack. */
export function generatedPortfolio(
  seed: number,
  count: number,
  credentialCount = 6,
  packs: readonly RulePackInput[] = allPacks,
): GeneratedPortfolio {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const credentials: CredentialLike[] = Array.from({ length: credentialCount }, (_, index) => ({
    id: index + 1,
    rulePackId: pick(packs).id,
    certifiedOn: dayFrom('2019-01-01', Math.floor(random() * 6 * 365)),
    expiresOn: random() < 0.2 ? dayFrom('2026-01-01', Math.floor(random() * 700)) : null,
    overrides: random() < 0.4 ? pick(overrideChoices) : {},
  }));
  const ids = credentials.map((c) => c.id);
  const activities: ActivityLike[] = [];
  for (let index = 0; index < count; index++) {
    const creditCount = random() < 0.05 ? 0 : 1 + Math.floor(random() * random() * 4);
    const credits = Array.from({ length: creditCount }, () => ({
      amount: amountOf(random(), random()),
      unit: pick(units) as Unit,
      category: pick(categoryKeys),
    }));
    const claims = ids.filter(() => random() < 0.45);
    if (random() < 0.05 && claims.length > 0) claims.push(claims[0] as number); // claimed twice
    const id = random() < 0.01 ? Math.max(1, index - 3) : index + 1; // a few shared ids
    const roll = random();
    activities.push({
      id,
      title: `Course ${id}`,
      kind: (random() < 0.6
        ? pick(['online_course', 'seminar', 'cpr_card', 'conference'])
        : pick(activityKinds)) as ActivityKind,
      completedOn: random() < 0.003 ? pick(oddDays) : dayFrom('2018-06-01', Math.floor(random() * 10 * 365)),
      durationMinutes: roll < 0.4 ? 10 + Math.floor(random() * 200) : roll < 0.45 ? undefined : null,
      approvingBody: random() < 0.05 ? undefined : pick(approvingBodies),
      credits,
      credentialIds: random() < 0.01 ? undefined : claims.length > 0 ? claims : [pick(ids)],
    });
  }
  // Not in date order: the engine must sort them itself.
  for (let i = activities.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [activities[i], activities[j]] = [activities[j] as ActivityLike, activities[i] as ActivityLike];
  }
  const asOfs = ['2026-11-24', dayFrom('2019-06-01', Math.floor(random() * 9 * 365)), '2031-01-01'];
  return { credentials, activities, asOfs };
}
