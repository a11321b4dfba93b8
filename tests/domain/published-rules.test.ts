import { describe, expect, it } from 'vitest';
import { activity, evaluate, standing } from './helpers';

/** The bodies' published rules (see docs/rules-engine.md for each source and quote). */

describe('AAMA: the grace period ends on the last day of the third month after expiry', () => {
  // certifiedOn -> expiry (end of month, 60 months later) -> last day of grace
  it.each([
    ['2019-02-10', '2024-02-29', '2024-05-31'], // AAMA's own example: 29 February -> end of May
    ['2021-03-15', '2026-03-31', '2026-06-30'],
    ['2021-11-01', '2026-11-30', '2027-02-28'],
    ['2022-12-31', '2027-12-31', '2028-03-31'],
    ['2022-11-20', '2027-11-30', '2028-02-29'],
  ])('certified %s, expires %s, grace to %s', (certifiedOn, end, lastGraceDay) => {
    const evaluation = evaluate('aama-cma', certifiedOn, [], end);
    expect(evaluation.cycle.end).toBe(end);
    expect(evaluation.deadlines.find((d) => d.key === 'grace_end')?.date).toBe(lastGraceDay);
  });

  it('whether grace-period credit counts is an open question, not an answer', () => {
    const evaluation = evaluate('aama-cma', '2021-03-15', [], '2026-04-15');
    expect(evaluation.status).toBe('grace');
    expect(evaluation.openQuestions?.[0]).toMatch(/credit earned during the grace period.*does not say/);
    expect(evaluation.ruleSources?.find((r) => r.rule === 'grace period')).toMatchObject({
      quote: expect.stringContaining('not been expired for more than three months'),
      unverified: false,
    });
  });
});

describe('NCCT: calendar year, look-back to the previous calendar year (unverified)', () => {
  it.each([
    [
      '2024-12-31',
      0,
      /^Completed 2024-12-31, before 2025-01-01: for this renewal, credit counts from 2025-01-01\.$/,
    ],
    ['2025-01-01', 1, null],
    ['2026-12-31', 1, null],
    ['2027-01-01', 0, /after this cycle ended on 2026-12-31/],
  ] as const)('a course completed %s counts %s', (on, counted, reason) => {
    const evaluation = evaluate(
      'ncct-ncma',
      '2026-01-01',
      [activity({ id: 1, on, unit: 'clock_hour', amount: 1 })],
      '2027-01-05',
    );
    expect(evaluation.cycle).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(evaluation.creditWindow).toEqual({ start: '2025-01-01', end: '2026-12-31', why: 'look_back' });
    expect(standing(evaluation, 1).counted).toBe(counted);
    if (reason) expect(standing(evaluation, 1).reasons[0]).toMatch(reason);
  });

  it.each([
    ['2027-06-01', /Recertify late/],
    ['2031-12-31', /Recertify late/],
    ['2032-01-01', /^Retake the exam/],
  ])('lapsed, as of %s: %s', (asOf, first) => {
    const evaluation = evaluate('ncct-ncma', '2026-01-01', [], asOf);
    expect(evaluation.status).toBe('lapsed');
    expect(evaluation.needs[0]).toMatch(first);
  });
});

describe('NCCT: stated minutes give the clock hours (minutesPerPoint 60), not a guess from the unit', () => {
  it.each([
    ['2 contact hours, no minutes stated: 5/6 each', { unit: 'contact_hour', amount: 2 }, 1.67],
    ['2 contact hours stated as 100 minutes', { unit: 'contact_hour', amount: 2, minutes: 100 }, 1.67],
    ['2 contact hours stated as 120 minutes', { unit: 'contact_hour', amount: 2, minutes: 120 }, 2],
    ['1 clock hour stated as 90 minutes', { unit: 'clock_hour', amount: 1, minutes: 90 }, 1.5],
    [
      '1 sixty-minute contact hour stated as 60 minutes',
      { unit: 'contact_hour_60', amount: 1, minutes: 60 },
      1,
    ],
    [
      'an AAMA CEU is not hour-based: its minutes are not used',
      { unit: 'aama_ceu', amount: 1, minutes: 120 },
      0.83,
    ],
  ] as const)('%s', (_label, options, counted) => {
    const evaluation = evaluate(
      'ncct-ncma',
      '2026-01-01',
      [activity({ id: 1, on: '2026-03-01', ...options })],
      '2026-06-01',
    );
    expect(standing(evaluation, 1).counted).toBe(counted);
  });

  it('a course with two credits keeps the unit conversion (the minutes cannot be split without a guess)', () => {
    const evaluation = evaluate(
      'ncct-ncma',
      '2026-01-01',
      [
        activity({
          id: 1,
          on: '2026-03-01',
          minutes: 240,
          credits: [
            { amount: 1, unit: 'clock_hour', category: 'general' },
            { amount: 1, unit: 'clock_hour', category: 'clinical' },
          ],
        }),
      ],
      '2026-06-01',
    );
    expect(standing(evaluation, 1).counted).toBe(2);
  });
});

describe('AMT: after a lapse, reactivation by CCP counts the three years before the application', () => {
  // RMA certified 2020-01-10 expired 2023-01-09; applying (as of) 2025-06-01.
  const activities = [
    activity({ id: 1, on: '2022-06-01', unit: 'amt_ccp_point', amount: 10 }),
    activity({ id: 2, on: '2022-06-02', unit: 'amt_ccp_point', amount: 10 }),
    activity({ id: 3, on: '2024-03-01', unit: 'amt_ccp_point', amount: 15 }),
  ];

  it('counts activities from the day three years before the application', () => {
    const evaluation = evaluate('amt-rma', '2020-01-10', activities, '2025-06-01');
    expect(evaluation.status).toBe('lapsed');
    expect(evaluation.creditWindow).toEqual({ start: '2022-06-02', end: '2025-06-01', why: 'reactivation' });
    expect([1, 2, 3].map((id) => standing(evaluation, id).counted)).toEqual([0, 10, 15]);
    expect(standing(evaluation, 1).reasons).toEqual([
      'Completed 2022-06-01, before 2022-06-02: a reactivation counts only activities completed from 2022-06-02 on.',
    ]);
    expect(evaluation.stillNeeded).toBe(5);
    expect(evaluation.needs).toEqual([
      'Reactivate by CCP: Send AMT a reactivation application with its fee; the application is valid for 6 months, and all activities must have been completed within the past three years. If you apply on 2025-06-01, 5 CCP points still needed from activities completed from 2022-06-02 on.',
      'Reactivate by exam: Pass the certification exam again (the only route once lapsed 10 years or more).',
    ]);
  });

  it('lapsed 10 years or more: only the exam', () => {
    const evaluation = evaluate('amt-rma', '2020-01-10', activities, '2033-01-10');
    expect(evaluation.creditWindow).toBeNull();
    expect(evaluation.needs).toEqual([
      'Reactivate by exam: Pass the certification exam again (the only route once lapsed 10 years or more).',
    ]);
  });

  it('a current cycle start given explicitly replaces certifiedOn', () => {
    const evaluation = evaluate('amt-rma', '2014-01-10', activities, '2025-06-01', {
      cycleStart: '2023-01-10',
    });
    expect(evaluation.cycle).toEqual({ start: '2023-01-10', end: '2026-01-09', from: 'certified_on' });
    expect(evaluation.status).toBe('behind');
  });
});

describe('what is still needed never adds up to more than stillNeeded', () => {
  const aamaOf = (on: string, amount: number, category: string, approvedBy: string, id: number) =>
    activity({ id, on, amount, category, approvedBy, unit: approvedBy ? 'aama_ceu' : 'contact_hour' });
  it.each([
    [[aamaOf('2022-01-01', 32, 'general', '', 1)], 30], // outside credit capped at 30
    // 20 approved + 12 outside: 28 needed, 10 of them from approved providers (not 10 + 28).
    [[aamaOf('2022-01-01', 20, 'general', 'AAMA', 1), aamaOf('2022-01-02', 12, 'general', '', 2)], 28],
    [[aamaOf('2022-01-01', 30, 'administrative', '', 1), aamaOf('2022-01-02', 2, 'clinical', 'AAMA', 2)], 28],
    [[aamaOf('2022-01-01', 20, 'clinical', 'AAMA', 1)], 40],
    [[], 60],
  ])('%#', (activities, stillNeeded) => {
    const evaluation = evaluate('aama-cma', '2021-03-15', activities, '2023-01-01');
    expect(evaluation.stillNeeded).toBe(stillNeeded);
    const more = evaluation.needs
      .map((line) => /^(\d+(?:\.\d+)?) more /.exec(line)?.[1])
      .filter((amount) => amount !== undefined)
      .reduce((sum, amount) => sum + Number(amount), 0);
    expect(more).toBe(stillNeeded);
  });
});
