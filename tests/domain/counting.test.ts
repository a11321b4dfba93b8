import { describe, expect, it } from 'vitest';
import { rulePackSchema, type RulePackInput } from '../../src/domain/rule-pack';
import { activity, category, evaluate, standing } from './helpers';

const AAMA_CERT = '2021-03-15';
const AS_OF = '2025-06-01';

describe('minimum activity length (AAMA: one contact hour, 50 minutes, for non-AAMA programs)', () => {
  it('a 45-minute course from another provider does not count, with the reason', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', approvedBy: 'IACET', minutes: 45 })],
      AS_OF,
    );
    expect(standing(evaluation, 1)).toMatchObject({ outcome: 'not_counted', counted: 0, earned: 1 });
    expect(standing(evaluation, 1).reasons).toEqual([
      '45 minutes: shorter than the one contact hour (50 minutes) the AAMA requires.',
    ]);
  });

  it.each([
    ['stated 50 minutes', { minutes: 50 }, 1],
    ['stated 49 minutes', { minutes: 49 }, 0],
    ['1 contact hour, no duration', { unit: 'contact_hour' as const, amount: 1 }, 1],
    ['0.9 contact hour (45 minutes inferred)', { unit: 'contact_hour' as const, amount: 0.9 }, 0],
    ['0.5 clock hour (30 minutes inferred)', { unit: 'clock_hour' as const, amount: 0.5 }, 0],
    ['1 clock hour (60 minutes): one point, not 1.2', { unit: 'clock_hour' as const, amount: 1 }, 1],
    ['1 sixty-minute contact hour: one point', { unit: 'contact_hour_60' as const, amount: 1 }, 1],
    ['0.5 AAMA CEU, length unknown: counted', { amount: 0.5 }, 0.5],
  ])('%s', (_label, options, counted) => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', approvedBy: 'IACET', ...options })],
      AS_OF,
    );
    expect(standing(evaluation, 1).counted).toBe(counted);
  });

  it.each([
    ['stated 45 minutes', { minutes: 45 }],
    ['0.5 contact hour', { unit: 'contact_hour' as const, amount: 0.5 }],
  ])('an AAMA-approved program is not held to the 50-minute minimum: %s', (_label, options) => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', approvedBy: 'AAMA', ...options })],
      AS_OF,
    );
    expect(standing(evaluation, 1)).toMatchObject({ outcome: 'counted', reasons: [] });
  });

  it('an inferred length names the credit it was inferred from', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', unit: 'contact_hour', amount: 0.75 })],
      AS_OF,
    );
    expect(standing(evaluation, 1).reasons[0]).toBe(
      '0.75 contact hours (about 38 minutes): shorter than the one contact hour (50 minutes) the AAMA requires.',
    );
  });

  it('a split course is as long as all its parts together', () => {
    const split = activity({
      id: 1,
      on: '2023-01-01',
      credits: [
        { amount: 0.5, unit: 'contact_hour', category: 'administrative' },
        { amount: 0.5, unit: 'contact_hour', category: 'clinical' },
      ],
    });
    const evaluation = evaluate('aama-cma', AAMA_CERT, [split], AS_OF);
    expect(standing(evaluation, 1)).toMatchObject({
      counted: 1,
      countedByCategory: { administrative: 0.5, clinical: 0.5 },
    });
  });

  it.each(['amt-rma', 'nha-ccma', 'ncct-ncma', 'amca-ma'])(
    '%s has no minimum length: a 45-minute course counts',
    (id) => {
      const evaluation = evaluate(
        id,
        '2025-01-10',
        [activity({ id: 1, on: '2025-03-01', unit: 'clock_hour', amount: 0.75, minutes: 45 })],
        AS_OF,
      );
      expect(standing(evaluation, 1).counted).toBe(0.75);
    },
  );
});

describe('units', () => {
  it('an IACET CEU is ten contact hours: 10 AAMA points, 10 NHA credits, 10 NCCT clock hours', () => {
    const iacet = (credentialIds: number[]) =>
      activity({
        id: 1,
        on: '2025-03-01',
        unit: 'iacet_ceu',
        amount: 1,
        category: 'clinical',
        credentialIds,
      });
    expect(standing(evaluate('aama-cma', AAMA_CERT, [iacet([1])], AS_OF), 1).counted).toBe(10);
    expect(standing(evaluate('nha-ccma', '2025-01-10', [iacet([1])], AS_OF), 1).counted).toBe(10);
    expect(standing(evaluate('ncct-ncma', '2025-01-10', [iacet([1])], AS_OF), 1).counted).toBe(10);
  });

  it('an unaccepted unit is not counted and the reason says so', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', unit: 'nha_ce_credit', amount: 2 })],
      AS_OF,
    );
    expect(standing(evaluation, 1)).toMatchObject({ outcome: 'not_counted', earned: 0, counted: 0 });
    expect(standing(evaluation, 1).reasons[0]).toMatch(
      /^Unit NHA CE credit is not accepted by this pack \(CMA, AAMA\)/,
    );
    expect(evaluation.earned).toBe(0);
  });

  it('college credit is not guessed for NHA, and is 15 points for the AAMA', () => {
    const course = activity({
      id: 1,
      on: '2025-03-01',
      unit: 'college_credit',
      amount: 3,
      kind: 'college_course',
    });
    const nha = evaluate('nha-ccma', '2025-01-10', [course], AS_OF);
    expect(standing(nha, 1).counted).toBe(0);
    expect(standing(nha, 1).reasons[0]).toMatch(
      /^Unit college credit is not accepted by this pack \(CCMA, NHA\)/,
    );
    // 45 points, but a college is not an AAMA-approved provider: at most 30 outside points count.
    const aama = standing(evaluate('aama-cma', AAMA_CERT, [course], AS_OF), 1);
    expect(aama).toMatchObject({ earned: 45, counted: 30, outcome: 'partly' });
    expect(aama.reasons).toEqual([
      '15 general points left out: not from AAMA-approved providers, and at most 30 points from other providers can count.',
    ]);
  });

  it('an IACET CEU is refused by a custom pack that does not list it', () => {
    const custom: RulePackInput = {
      id: 'state-ma',
      version: '1',
      credential: 'SMA',
      name: 'State medical assistant',
      body: 'State board',
      cycle: { months: 24, anchor: 'certification_date' },
      totalRequired: 12,
      unitPoints: { clock_hour: 1 },
    };
    const evaluation = evaluate(
      custom,
      '2025-01-10',
      [activity({ id: 1, on: '2025-03-01', unit: 'iacet_ceu' })],
      AS_OF,
    );
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(standing(evaluation, 1).reasons[0]).toMatch(
      /^Unit IACET CEU is not accepted by this pack \(SMA, State board\)/,
    );
  });

  it('a credit in one accepted and one refused unit counts partly', () => {
    const mixed = activity({
      id: 1,
      on: '2023-01-01',
      approvedBy: 'AAMA',
      credits: [
        { amount: 2, unit: 'aama_ceu', category: 'clinical' },
        { amount: 1, unit: 'amt_ccp_point', category: 'clinical' },
      ],
    });
    const evaluation = evaluate('aama-cma', AAMA_CERT, [mixed], AS_OF);
    expect(standing(evaluation, 1)).toMatchObject({ outcome: 'partly', earned: 2, counted: 2 });
  });
});

describe('categories', () => {
  it('a category the pack does not have is not counted', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [activity({ id: 1, on: '2023-01-01', category: 'ethics', approvedBy: 'AAMA' })],
      AS_OF,
    );
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(standing(evaluation, 1).reasons[0]).toMatch(
      /^Category "ethics" is not one of this pack's categories/,
    );
  });

  it('a pack without categories counts credit in any category', () => {
    const evaluation = evaluate(
      'nha-ccma',
      '2025-01-10',
      [activity({ id: 1, on: '2025-03-01', category: 'ethics', unit: 'nha_ce_credit' })],
      AS_OF,
    );
    expect(standing(evaluation, 1)).toMatchObject({ counted: 1, countedByCategory: { ethics: 1 } });
    expect(evaluation.categories).toEqual([]);
  });

  it('a category maximum leaves the excess out, with the reason', () => {
    const custom = rulePackSchema.parse({
      id: 'capped',
      version: '1',
      credential: 'C',
      name: 'Capped',
      body: 'Employer',
      cycle: { months: 12, anchor: 'certification_date' },
      totalRequired: 20,
      categories: [
        { key: 'safety', label: 'Safety', max: 5 },
        { key: 'clinical', label: 'Clinical' },
      ],
      unitPoints: { clock_hour: 1 },
    });
    const evaluation = evaluate(
      custom,
      '2025-01-10',
      [
        activity({ id: 1, on: '2025-02-01', unit: 'clock_hour', amount: 8, category: 'safety' }),
        activity({ id: 2, on: '2025-02-02', unit: 'clock_hour', amount: 4, category: 'clinical' }),
      ],
      AS_OF,
    );
    expect(category(evaluation, 'safety')).toMatchObject({ earned: 8, counted: 5 });
    expect(standing(evaluation, 1)).toMatchObject({ outcome: 'partly', counted: 5 });
    expect(standing(evaluation, 1).reasons).toEqual([
      '3 safety points left out: the safety category counts at most 5 points.',
    ]);
    expect(evaluation.counted).toBe(9);
    expect(evaluation.needs).toEqual(['11 more points in any category']);
  });
});
