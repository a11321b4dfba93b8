import { describe, expect, it } from 'vitest';
import { aama, activity, evaluate, outside } from './helpers';

// CMA certified 2021-03-15: cycle 2021-03-15 .. 2026-03-31 (2209 days), grace to 2026-06-29.
const CERT = '2021-03-15';
const evenThirds = (each: number) => [
  aama('2021-06-01', each, 'administrative', 1),
  aama('2021-07-01', each, 'clinical', 2),
  aama('2021-08-01', each, 'general', 3),
];
const complete = [...evenThirds(10), aama('2021-09-01', 30, 'general', 4)];

describe('status as of a date (AAMA)', () => {
  it.each([
    ['2021-03-14', [], 'not_started'],
    ['2021-03-15', [], 'on_track'],
    ['2023-09-15', evenThirds(10), 'on_track'], // 30 done; even pace asks about 24.8
    ['2023-09-15', evenThirds(7), 'behind'], // 21 done
    ['2025-12-30', evenThirds(10), 'behind'], // 91 days left: not yet due soon
    ['2025-12-31', evenThirds(10), 'due_soon'], // 90 days left
    ['2026-03-31', evenThirds(10), 'due_soon'], // the expiry day itself
    ['2024-01-01', complete, 'complete'],
    ['2026-03-31', complete, 'complete'],
    ['2026-04-01', complete, 'grace'], // expiry + 1
    ['2026-04-01', evenThirds(10), 'grace'],
    ['2026-06-29', evenThirds(10), 'grace'], // expiry + 90
    ['2026-06-30', evenThirds(10), 'lapsed'], // expiry + 91
    ['2026-06-30', complete, 'lapsed'],
  ] as const)('as of %s -> %s', (asOf, activities, status) => {
    expect(evaluate('aama-cma', CERT, [...activities], asOf).status).toBe(status);
  });

  it('days left count down to the expiry and go negative after it', () => {
    expect(evaluate('aama-cma', CERT, [], '2026-03-31').daysLeft).toBe(0);
    expect(evaluate('aama-cma', CERT, [], '2026-04-01').daysLeft).toBe(-1);
    expect(evaluate('aama-cma', CERT, [], '2026-06-30').daysLeft).toBe(-91);
    expect(evaluate('aama-cma', CERT, [], '2025-12-31').daysLeft).toBe(90);
  });

  it('category shortfalls count against the pace: 60 administrative points alone are behind', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [aama('2021-06-01', 60, 'administrative', 1)],
      '2025-06-01',
    );
    expect(evaluation.status).toBe('behind');
    expect(evaluation.stillNeeded).toBe(20);
  });
});

describe('status for the other bodies', () => {
  it('NHA has no grace period: the day after expiry is lapsed', () => {
    const evaluation = evaluate('nha-ccma', '2024-05-10', [], '2026-05-10');
    expect(evaluation.status).toBe('lapsed');
    expect(evaluation.headline).toBe(
      'Lapsed: expired on 2026-05-09. Contact NHA about reinstating an expired certification.',
    );
  });

  it('NCCT: complete with 14 clock hours within the year', () => {
    const hours = activity({ id: 1, on: '2025-08-01', unit: 'clock_hour', amount: 14 });
    expect(evaluate('ncct-ncma', '2025-06-15', [hours], '2025-09-01').status).toBe('complete');
  });
});

describe('headline, needs and pace', () => {
  it('Behind: 22 points still needed in 7 months', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [
        aama('2022-01-01', 20, 'administrative', 1),
        aama('2022-02-01', 2, 'clinical', 2),
        aama('2022-03-01', 16, 'general', 3),
      ],
      '2025-08-31',
    );
    expect(evaluation.status).toBe('behind');
    expect(evaluation.headline).toBe('Behind: 22 points still needed in 7 months.');
    expect(evaluation.needs).toEqual(['8 more clinical points', '14 more points in any category']);
    expect(evaluation.pace).toEqual({ monthsLeft: 7, pointsPerMonth: 3.14 });
  });

  it('needs name categories, approved providers and the rest', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [
        aama('2022-01-01', 8, 'administrative', 1),
        aama('2022-01-02', 10, 'general', 2),
        outside('2022-02-01', 14, 'administrative', 3),
        outside('2022-02-02', 2, 'clinical', 4),
      ],
      '2023-01-01',
    );
    expect(evaluation.counted).toBe(34);
    expect(evaluation.needs).toEqual([
      '8 more clinical points',
      '12 more points from AAMA-approved providers',
      '18 more points in any category',
    ]);
    expect(evaluation.stillNeeded).toBe(26);
  });

  it('on track, due soon, grace and not started read plainly', () => {
    expect(evaluate('aama-cma', CERT, evenThirds(10), '2023-09-15').headline).toBe(
      'On track: 30 points still needed in 31 months.',
    );
    expect(evaluate('aama-cma', CERT, evenThirds(10), '2026-03-01').headline).toBe(
      'Due soon: 30 points still needed in 30 days, by 2026-03-31.',
    );
    expect(evaluate('aama-cma', CERT, evenThirds(10), '2026-04-01').headline).toBe(
      'Expired on 2026-03-31 with 30 points still needed; credit earned after expiry does not count. The grace period ends on 2026-06-29.',
    );
    expect(evaluate('aama-cma', CERT, complete, '2026-04-01').headline).toBe(
      'Expired on 2026-03-31, but the credit is complete: apply by 2026-06-29, when the grace period ends.',
    );
    expect(evaluate('aama-cma', CERT, [], '2021-01-01').headline).toBe(
      'Not started: this cycle begins on 2021-03-15.',
    );
  });

  it('lapsed AAMA: exam, 3 attempts, reactivation fee', () => {
    const evaluation = evaluate('aama-cma', CERT, evenThirds(10), '2026-06-30');
    expect(evaluation.headline).toMatch(
      /^Lapsed: expired on 2026-03-31 and the 90-day grace period ended on 2026-06-29\./,
    );
    expect(evaluation.needs[0]).toMatch(
      /Retake the CMA \(AAMA\) exam \(3 attempts\) and pay a \$50 reactivation fee/,
    );
    expect(evaluation.pace).toBeNull();
  });

  it('a single point reads in the singular', () => {
    const evaluation = evaluate(
      'nha-ccma',
      '2025-01-10',
      [activity({ id: 1, on: '2025-03-01', unit: 'nha_ce_credit', amount: 9 })],
      '2025-04-01',
    );
    expect(evaluation.headline).toBe('On track: 1 CE credit still needed in 21 months.');
    expect(evaluation.needs).toEqual(['1 more CE credit']);
  });
});

describe('deadlines', () => {
  it('AAMA: exam pass-by and application-by dates, expiry and grace end', () => {
    const deadlines = evaluate('aama-cma', CERT, [], '2025-01-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['exam_pass_by', '2026-01-31'],
      ['exam_apply_by', '2026-03-01'],
      ['expiry', '2026-03-31'],
      ['grace_end', '2026-06-29'],
    ]);
  });

  it('AMT: a yearly fee due by the end of each year of the cycle', () => {
    const deadlines = evaluate('amt-rma', '2024-05-10', [], '2025-01-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['fee_1_year_1', '2025-05-09'],
      ['fee_1_year_2', '2026-05-09'],
      ['expiry', '2027-05-09'],
      ['fee_1_year_3', '2027-05-09'],
    ]);
    expect(deadlines[0]?.note).toBe('About $50 a year.');
  });

  it('NCCT: the yearly fee is due at the yearly expiry', () => {
    const deadlines = evaluate('ncct-ncma', '2025-06-15', [], '2025-07-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['expiry', '2026-06-14'],
      ['fee_1_year_1', '2026-06-14'],
    ]);
    expect(deadlines[1]?.note).toBe('About $77 a year (unverified).');
  });

  it('every evaluation carries the fees, the source, the confirm note and the unverified lines', () => {
    const evaluation = evaluate('nha-cpt', '2025-01-10', [], '2025-07-01');
    expect(evaluation.fees).toEqual([
      { label: 'NHA renewal fee', amount: 179, every: 'renewal', unverified: true },
    ]);
    expect(evaluation.confirmNote).toMatch(/confirm these requirements with the NHA/);
    expect(evaluation.lastChecked).toBe('2026-11-24');
    expect(evaluation.unverified.length).toBeGreaterThan(0);
  });
});

describe('around expiry, pack by pack', () => {
  const cases: [id: string, certifiedOn: string, end: string, graceDays: number][] = [
    ['aama-cma', '2021-03-15', '2026-03-31', 90],
    ['amt-rma', '2023-06-01', '2026-05-31', 0],
    ['amt-cmas', '2023-06-01', '2026-05-31', 0],
    ['nha-ccma', '2024-06-01', '2026-05-31', 0],
    ['nha-cmaa', '2024-06-01', '2026-05-31', 0],
    ['nha-cpt', '2024-06-01', '2026-05-31', 0],
    ['ncct-ncma', '2025-06-01', '2026-05-31', 0],
    ['amca-ma', '2024-06-01', '2026-05-31', 0],
  ];
  const plusDays = (iso: string, days: number) => {
    const date = new Date(`${iso}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  it.each(cases)('%s', (id, certifiedOn, end, graceDays) => {
    expect(evaluate(id, certifiedOn, [], plusDays(end, -91)).status).toBe('behind');
    expect(evaluate(id, certifiedOn, [], plusDays(end, -90)).status).toBe('due_soon');
    expect(evaluate(id, certifiedOn, [], end).status).toBe('due_soon');
    expect(evaluate(id, certifiedOn, [], plusDays(end, 1)).status).toBe(graceDays > 0 ? 'grace' : 'lapsed');
    expect(evaluate(id, certifiedOn, [], plusDays(end, graceDays)).status).toBe(
      graceDays > 0 ? 'grace' : 'due_soon',
    );
    expect(evaluate(id, certifiedOn, [], plusDays(end, graceDays + 1)).status).toBe('lapsed');
    expect(evaluate(id, certifiedOn, [], plusDays(certifiedOn, -1)).status).toBe('not_started');
  });
});
