import { describe, expect, it } from 'vitest';
import { credentialEvaluationSchema } from '../../src/domain/evaluation';
import {
  builtInRulePacks,
  effectivePack,
  evaluateCredential,
  evaluatePortfolio,
  InvalidOverridesError,
} from '../../src/domain/rules';
import { activity, pack, standing } from './helpers';

const AS_OF = '2025-06-01';
const credentials = [
  { id: 1, rulePackId: 'aama-cma', certifiedOn: '2021-03-15', expiresOn: null, overrides: {} },
  { id: 2, rulePackId: 'nha-ccma', certifiedOn: '2024-05-10', expiresOn: null, overrides: {} },
];

describe('one activity, two credentials, two sets of rules', () => {
  const both = [1, 2];
  const activities = [
    // 45 minutes: too short for the AAMA, fine for the NHA.
    activity({ id: 1, on: '2025-01-10', unit: 'clock_hour', amount: 0.75, minutes: 45, credentialIds: both }),
    // A CPR card: 4 clinical points for the AAMA, its entered credit for the NHA.
    activity({
      id: 2,
      on: '2025-02-10',
      kind: 'cpr_card',
      unit: 'contact_hour',
      amount: 2,
      category: 'clinical',
      credentialIds: both,
    }),
    // An IACET CEU: 10 for both.
    activity({
      id: 3,
      on: '2025-03-10',
      unit: 'iacet_ceu',
      amount: 1,
      category: 'administrative',
      credentialIds: both,
    }),
    // Claimed only for the AAMA credential.
    activity({ id: 4, on: '2025-03-11', approvedBy: 'AAMA', amount: 3, credentialIds: [1] }),
  ];

  it('evaluates each credential under its own pack', () => {
    const [cma, ccma] = evaluatePortfolio({ credentials, packs: builtInRulePacks, activities, asOf: AS_OF });
    if (!cma || !ccma) throw new Error('two evaluations expected');
    expect(cma.rulePackId).toBe('aama-cma');
    expect([1, 2, 3, 4].map((id) => standing(cma, id).counted)).toEqual([0, 4, 10, 3]);
    expect(ccma.rulePackId).toBe('nha-ccma');
    expect(ccma.activities.map((a) => [a.activityId, a.counted])).toEqual([
      [1, 0.75],
      [2, 2],
      [3, 10],
    ]);
    expect(ccma.status).toBe('complete');
    for (const evaluation of [cma, ccma])
      expect(credentialEvaluationSchema.parse(evaluation)).toEqual(evaluation);
  });

  it('evaluatePortfolio agrees with evaluateCredential', () => {
    const [cma] = evaluatePortfolio({ credentials, packs: builtInRulePacks, activities, asOf: AS_OF });
    const single = evaluateCredential({
      credential: credentials[0]!,
      pack: pack('aama-cma'),
      activities,
      asOf: AS_OF,
    });
    expect(single).toEqual(cma);
  });

  it('names a missing rule pack', () => {
    expect(() =>
      evaluatePortfolio({
        credentials: [{ ...credentials[0]!, rulePackId: 'gone' }],
        packs: builtInRulePacks,
        activities,
        asOf: AS_OF,
      }),
    ).toThrow(/No rule pack "gone"/);
  });
});

describe('credential overrides', () => {
  it('merge over the pack for that credential only, keeping what they do not mention', () => {
    const merged = effectivePack(pack('amt-rma'), {
      cycle: { months: 24 },
      fees: [{ label: 'AMT annual fee', amount: 65, every: 'year' }],
      unitPoints: { college_credit: 5 },
    });
    expect(merged.cycle).toEqual({ months: 24, anchor: 'certification_date', calendarYear: false });
    expect(merged.fees).toEqual([
      {
        label: 'AMT annual fee',
        amount: 65,
        every: 'year',
        unverified: false,
        dueInAnniversaryMonth: false,
        covers: [],
      },
    ]);
    expect(merged.unitPoints).toMatchObject({ amt_ccp_point: 1, college_credit: 5 });
    expect(merged.id).toBe('amt-rma');
    expect(pack('amt-rma').cycle.months).toBe(36);
  });

  it('change the evaluation of one credential and not of another on the same pack', () => {
    const course = activity({
      id: 1,
      on: '2025-03-01',
      unit: 'college_credit',
      amount: 2,
      credentialIds: [1, 2],
    });
    const results = evaluatePortfolio({
      credentials: [
        {
          id: 1,
          rulePackId: 'amt-rma',
          certifiedOn: '2024-05-10',
          overrides: { unitPoints: { college_credit: 5 }, totalRequired: 10 },
        },
        { id: 2, rulePackId: 'amt-rma', certifiedOn: '2024-05-10', overrides: {} },
      ],
      packs: builtInRulePacks,
      activities: [course],
      asOf: AS_OF,
    });
    expect(results.map((r) => [r.counted, r.required, r.status])).toEqual([
      [10, 10, 'complete'],
      [0, 30, 'behind'],
    ]);
  });

  it('an expiry entered on the credential wins over the computed one', () => {
    const [result] = evaluatePortfolio({
      credentials: [{ id: 1, rulePackId: 'nha-ccma', certifiedOn: '2024-05-10', expiresOn: '2026-05-31' }],
      packs: builtInRulePacks,
      activities: [activity({ id: 1, on: '2026-05-20', unit: 'nha_ce_credit', amount: 10 })],
      asOf: '2026-05-25',
    });
    expect(result?.cycle).toEqual({ start: '2024-05-10', end: '2026-05-31', from: 'entered_expiry' });
    expect(result?.status).toBe('complete');
  });

  it('invalid overrides are refused with the field named', () => {
    expect(() => effectivePack(pack('nha-ccma'), { totalRequired: -5 })).toThrow(InvalidOverridesError);
    expect(() => effectivePack(pack('nha-ccma'), { cycle: { anchor: 'sometimes' } })).toThrow(
      /cycle\.anchor/,
    );
  });

  it('refuses prototype keys without touching any prototype', () => {
    expect(() =>
      effectivePack(pack('nha-ccma'), JSON.parse('{"__proto__": {"polluted": true}, "totalRequired": 12}')),
    ).toThrow(/__proto__: there is no setting "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
