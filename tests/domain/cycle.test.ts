import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../src/domain/rule-pack';
import { computeCycle, lastDayOfSpan } from '../../src/domain/rules';
import { activity, evaluate, pack, standing } from './helpers';

describe('cycle dates for every built-in pack', () => {
  const cases: [packId: string, certifiedOn: string, end: string][] = [
    // AAMA: 60 months counted from the end of the month of certification.
    ['aama-cma', '2021-03-15', '2026-03-31'],
    ['aama-cma', '2021-03-01', '2026-03-31'],
    ['aama-cma', '2021-03-31', '2026-03-31'],
    ['aama-cma', '2021-01-31', '2026-01-31'],
    ['aama-cma', '2024-02-29', '2029-02-28'],
    ['aama-cma', '2020-02-29', '2025-02-28'],
    ['aama-cma', '2023-02-28', '2028-02-29'],
    ['aama-cma', '2021-12-01', '2026-12-31'],
    // Others: the day before the anniversary; a missing anniversary day rolls to the 1st.
    ['amt-rma', '2024-05-10', '2027-05-09'],
    ['amt-rma', '2024-02-29', '2027-02-28'],
    ['amt-cmas', '2023-01-31', '2026-01-30'],
    ['amt-cmas', '2023-03-01', '2026-02-28'],
    ['nha-ccma', '2024-05-10', '2026-05-09'],
    ['nha-ccma', '2024-02-29', '2026-02-28'],
    ['nha-cmaa', '2022-03-01', '2024-02-29'],
    ['nha-cpt', '2024-01-31', '2026-01-30'],
    // NCCT renews by calendar year (unverified): the cycle ends on 31 December.
    ['ncct-ncma', '2025-06-15', '2025-12-31'],
    ['ncct-ncma', '2024-02-29', '2024-12-31'],
    ['ncct-ncma', '2025-12-31', '2025-12-31'],
    ['ncct-ncma', '2023-03-01', '2023-12-31'],
    ['ncct-ncma', '2025-01-01', '2025-12-31'],
    ['amca-ma', '2024-11-24', '2026-11-23'],
    ['amca-ma', '2024-02-29', '2026-02-28'],
  ];
  it.each(cases)('%s certified %s ends %s', (packId, certifiedOn, end) => {
    expect(computeCycle(certifiedOn, null, pack(packId).cycle)).toEqual({
      start: certifiedOn,
      end,
      from: 'certified_on',
    });
    expect(evaluate(packId, certifiedOn, [], '2026-11-24').cycle.end).toBe(end);
  });

  it('an entered expiry replaces the computed end', () => {
    const evaluation = evaluate('nha-ccma', '2024-05-10', [], '2026-01-01', { expiresOn: '2026-06-30' });
    expect(evaluation.cycle).toEqual({ start: '2024-05-10', end: '2026-06-30', from: 'entered_expiry' });
  });

  it('rejects impossible dates', () => {
    expect(() => computeCycle('2025-02-29', null, pack('nha-ccma').cycle)).toThrow(/calendar date/);
    expect(() => evaluate('nha-ccma', '2024-05-10', [], '2026-13-01')).toThrow(/calendar date/);
  });
});

describe('spans of one month (custom packs) near month ends', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-29', 1, '2025-02-28'],
    ['2025-01-28', 1, '2025-02-27'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-04-30', 1, '2025-05-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
  ] as const)('%s + %i months ends %s', (start, months, end) => {
    expect(lastDayOfSpan(start, months)).toBe(end);
  });
});

describe('credit on the first and last day of the cycle, and one day outside each', () => {
  const cases: [packId: string, certifiedOn: string, start: string, end: string][] = [
    ['aama-cma', '2021-03-15', '2021-03-15', '2026-03-31'],
    ['aama-cma', '2024-02-29', '2024-02-29', '2029-02-28'],
    ['amt-rma', '2023-01-31', '2023-01-31', '2026-01-30'],
    ['amt-cmas', '2023-06-01', '2023-06-01', '2026-05-31'],
    ['nha-ccma', '2024-02-29', '2024-02-29', '2026-02-28'],
    ['nha-cmaa', '2024-05-10', '2024-05-10', '2026-05-09'],
    ['nha-cpt', '2024-05-10', '2024-05-10', '2026-05-09'],
    // NCCT: outside credit counts from 1 January of the year before the renewal year.
    ['ncct-ncma', '2025-03-01', '2024-01-01', '2025-12-31'],
    ['amca-ma', '2024-01-31', '2024-01-31', '2026-01-30'],
  ];
  it.each(cases)('%s certified %s', (packId, certifiedOn, start, end) => {
    const isAama = packId === 'aama-cma';
    const make = (id: number, on: string) =>
      activity({
        id,
        on,
        amount: 1,
        unit: isAama ? 'aama_ceu' : 'clock_hour',
        approvedBy: isAama ? 'AAMA' : '',
      });
    const dayBefore = new Date(`${start}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const dayAfter = new Date(`${end}T12:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const before = dayBefore.toISOString().slice(0, 10);
    const after = dayAfter.toISOString().slice(0, 10);
    // Evaluated on the expiry day: once lapsed, AMT's reactivation counts another window.
    const evaluation = evaluate(
      packId,
      certifiedOn,
      [make(1, start), make(2, end), make(3, before), make(4, after)],
      end,
    );
    expect(standing(evaluation, 1).counted).toBe(1);
    expect(standing(evaluation, 2).counted).toBe(1);
    expect(standing(evaluation, 3)).toMatchObject({ counted: 0, outcome: 'not_counted' });
    expect(standing(evaluation, 3).reasons[0]).toBe(
      packId === 'ncct-ncma'
        ? `Completed ${before}, before ${start}: for this renewal, credit counts from ${start}.`
        : `Completed ${before}, before this cycle began on ${start}.`,
    );
    expect(standing(evaluation, 4)).toMatchObject({ counted: 0, outcome: 'not_counted' });
    expect(standing(evaluation, 4).reasons[0]).toBe(`Completed ${after}, after this cycle ended on ${end}.`);
    expect(evaluation.counted).toBe(2);
    expect(evaluation.earned).toBe(2);
  });

  it('an activity after the as-of date does not count yet', () => {
    const evaluation = evaluate(
      'nha-ccma',
      '2025-01-10',
      [activity({ id: 1, on: '2026-12-01', unit: 'clock_hour' })],
      '2026-11-24',
    );
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(standing(evaluation, 1).reasons[0]).toBe(
      'Completed 2026-12-01, after the as-of date 2026-11-24: not counted yet.',
    );
  });

  it('a custom 1-month pack certified on 31 January ends on the last day of February', () => {
    const custom = rulePackSchema.parse({
      id: 'monthly',
      version: '1',
      credential: 'X',
      name: 'Monthly',
      body: 'Employer',
      cycle: { months: 1, anchor: 'certification_date' },
      totalRequired: 1,
      unitPoints: { clock_hour: 1 },
    });
    const evaluation = evaluate(
      custom,
      '2025-01-31',
      [activity({ id: 1, on: '2025-02-28', unit: 'clock_hour' })],
      '2025-02-28',
    );
    expect(evaluation.cycle.end).toBe('2025-02-28');
    expect(evaluation.status).toBe('complete');
  });
});
