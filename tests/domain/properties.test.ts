import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialEvaluationSchema, type CredentialEvaluation } from '../../src/domain/evaluation';
import type { ActivityKind } from '../../src/domain/portfolio';
import { rulePackSchema, type RulePack } from '../../src/domain/rule-pack';
import {
  builtInRulePacks,
  evaluateCredential,
  evaluatePortfolio,
  type ActivityLike,
} from '../../src/domain/rules';
import { units } from '../../src/domain/units';

/**
 * Properties over random portfolios and random (valid) packs. Custom packs here keep to
 * the shapes the engine solves exactly: a kind point cap only without an approved-
 * provider rule, and count caps only on fixed-point kinds (see the rules README).
 */

const day = (offset: number) => new Date(Date.UTC(2019, 0, 1 + offset)).toISOString().slice(0, 10);
const kinds: ActivityKind[] = [
  'online_course',
  'seminar',
  'conference',
  'cpr_card',
  'exam',
  'college_course',
];
const categoryKeys = ['administrative', 'clinical', 'general', 'ethics'];

const creditArb = fc.record({
  amount: fc.integer({ min: 1, max: 3000 }).map((n) => n / 100),
  unit: fc.constantFrom(...units),
  category: fc.constantFrom(...categoryKeys),
});

const activityFields = fc.record({
  kind: fc.constantFrom(...kinds),
  offset: fc.integer({ min: 0, max: 365 * 10 }),
  approvingBody: fc.constantFrom('', 'AAMA', 'aama', 'NHA', 'Board'),
  durationMinutes: fc.option(fc.integer({ min: 10, max: 240 }), { nil: null }),
  credits: fc.array(creditArb, { minLength: 0, maxLength: 3 }),
  claimed: fc.boolean(),
});
type ActivityFieldsArb = typeof activityFields extends fc.Arbitrary<infer T> ? T : never;

const toActivity = (fields: ActivityFieldsArb, id: number): ActivityLike => ({
  id,
  title: `Activity ${id}`,
  kind: fields.kind,
  completedOn: day(fields.offset),
  approvingBody: fields.approvingBody,
  durationMinutes: fields.durationMinutes,
  credits: fields.credits,
  credentialIds: fields.claimed ? [1, 2] : [2],
});

const customPackArb: fc.Arbitrary<RulePack> = fc
  .record({
    months: fc.integer({ min: 1, max: 72 }),
    anchor: fc.constantFrom('certification_date' as const, 'end_of_month' as const),
    total: fc.integer({ min: 0, max: 8000 }).map((n) => n / 100),
    categories: fc.subarray(['administrative', 'clinical', 'general']),
    mins: fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 3, maxLength: 3 }),
    maxes: fc.array(fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }), {
      minLength: 3,
      maxLength: 3,
    }),
    approved: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
    unitSubset: fc.subarray([...units], { minLength: 1 }),
    factors: fc.array(fc.integer({ min: 1, max: 2000 }), {
      minLength: units.length,
      maxLength: units.length,
    }),
    cpr: fc.option(
      fc.record({ points: fc.integer({ min: 1, max: 800 }), count: fc.integer({ min: 1, max: 4 }) }),
      { nil: null },
    ),
    conferenceCap: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
    minutes: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
  })
  .map((p) =>
    rulePackSchema.parse({
      id: 'random',
      version: '1',
      credential: 'R',
      name: 'Random',
      body: 'Board',
      cycle: { months: p.months, anchor: p.anchor },
      totalRequired: p.total,
      categories: p.categories.map((key, i) => ({
        key,
        label: key,
        min: (p.mins[i] ?? 0) / 100,
        max: p.maxes[i] == null ? null : p.maxes[i]! / 100,
      })),
      approvedProviders:
        p.approved === null ? null : { bodies: ['Board', 'AAMA'], minPoints: p.approved / 100 },
      unitPoints: Object.fromEntries(p.unitSubset.map((unit, i) => [unit, (p.factors[i] ?? 100) / 100])),
      kindRules: [
        ...(p.cpr
          ? [
              {
                kind: 'cpr_card',
                pointsEach: p.cpr.points / 100,
                category: p.categories[0] ?? null,
                maxCount: p.cpr.count,
              },
            ]
          : []),
        ...(p.conferenceCap && p.approved === null
          ? [{ kind: 'conference', maxPoints: p.conferenceCap / 100 }]
          : []),
        { kind: 'exam', excluded: true, reason: 'Exams do not count here.' },
      ],
      minActivityMinutes: p.minutes,
    }),
  );

const packArb = fc.oneof(fc.constantFrom(...builtInRulePacks), customPackArb);
const scenarioArb = fc.record({
  pack: packArb,
  certifiedOffset: fc.integer({ min: 0, max: 365 * 6 }),
  asOfOffset: fc.integer({ min: 0, max: 365 * 10 }),
  activities: fc.array(activityFields, { maxLength: 40 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function run(scenario: Scenario, activities: ActivityLike[]): CredentialEvaluation {
  return evaluateCredential({
    credential: { id: 1, rulePackId: scenario.pack.id, certifiedOn: day(scenario.certifiedOffset) },
    pack: scenario.pack,
    activities,
    asOf: day(scenario.asOfOffset),
  });
}
const activitiesOf = (scenario: Scenario) =>
  scenario.activities.map((fields, i) => toActivity(fields, i + 1));
const EPS = 1e-9;
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

describe('properties of the rules engine', () => {
  it('counted never exceeds earned, nothing is negative, and every limit holds', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const evaluation = run(scenario, activitiesOf(scenario));
        credentialEvaluationSchema.parse(evaluation);
        expect(evaluation.counted).toBeLessThanOrEqual(evaluation.earned + EPS);
        for (const field of ['earned', 'counted', 'stillNeeded'] as const)
          expect(evaluation[field]).toBeGreaterThanOrEqual(0);
        for (const a of evaluation.activities) {
          expect(a.counted).toBeGreaterThanOrEqual(0);
          expect(a.earned).toBeGreaterThanOrEqual(0);
          expect(a.counted).toBeLessThanOrEqual(a.earned + EPS);
          expect(sum(Object.values(a.countedByCategory))).toBe(a.counted);
          if (a.outcome !== 'counted') expect(a.reasons.length).toBeGreaterThan(0);
        }
        expect(sum(evaluation.activities.map((a) => a.counted))).toBe(evaluation.counted);
        for (const c of evaluation.categories) {
          expect(c.counted).toBeGreaterThanOrEqual(0);
          expect(c.counted).toBeLessThanOrEqual(c.earned + EPS);
          if (c.max !== null) expect(c.counted).toBeLessThanOrEqual(c.max + EPS);
          expect(c.stillNeeded).toBeGreaterThanOrEqual(0);
        }
        const approved = evaluation.approvedProviders;
        if (approved && scenario.pack.approvedProviders) {
          const outsideCounted = Math.round((evaluation.counted - approved.counted) * 100) / 100;
          expect(outsideCounted).toBeLessThanOrEqual(Math.max(0, evaluation.required - approved.min) + EPS);
          expect(approved.outsideLeftOut).toBeGreaterThanOrEqual(0);
          expect(approved.stillNeeded).toBeGreaterThanOrEqual(0);
        }
        if (evaluation.status === 'complete') expect(evaluation.needs).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('adding an activity never lowers the counted total', () => {
    fc.assert(
      fc.property(scenarioArb, activityFields, (scenario, extra) => {
        const before = activitiesOf(scenario);
        const added = toActivity({ ...extra, claimed: true }, before.length + 1);
        const without = run(scenario, before);
        const withIt = run(scenario, [...before, added]);
        expect(withIt.counted).toBeGreaterThanOrEqual(without.counted - EPS);
        // Meeting category minimums is never undone either.
        const met = (e: CredentialEvaluation) => e.categories.map((c) => Math.min(c.counted, c.min));
        met(withIt).forEach((value, i) => expect(value).toBeGreaterThanOrEqual((met(without)[i] ?? 0) - EPS));
      }),
      { numRuns: 400 },
    );
  });

  it('the result does not depend on the order of activities', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (scenario, seed) => {
        const activities = activitiesOf(scenario);
        const shuffled = [...activities];
        let state = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) & 0x7fffffff;
          const j = state % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(run(scenario, shuffled)).toEqual(run(scenario, activities));
      }),
      { numRuns: 300 },
    );
  });

  it('evaluating the portfolio gives each credential what evaluating it alone gives', () => {
    fc.assert(
      fc.property(scenarioArb, packArb, (scenario, second) => {
        const activities = activitiesOf(scenario);
        const certifiedOn = day(scenario.certifiedOffset);
        const asOf = day(scenario.asOfOffset);
        const credentials = [
          { id: 1, rulePackId: scenario.pack.id, certifiedOn },
          { id: 2, rulePackId: second.id, certifiedOn },
        ];
        const packs = second.id === scenario.pack.id ? [scenario.pack] : [scenario.pack, second];
        const together = evaluatePortfolio({ credentials, packs, activities, asOf });
        const alone = credentials.map((credential) =>
          evaluateCredential({
            credential,
            pack: packs.find((p) => p.id === credential.rulePackId)!,
            activities,
            asOf,
          }),
        );
        expect(together).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });
});
