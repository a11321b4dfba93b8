import { describe, expect, it } from 'vitest';
import { aama, activity, evaluate, outside } from './helpers';

// CMA certified 2021-03-15: cycle 2021-03-15 .. 2026-03-31 (2209 days), grace to 2026-06-30
// ("not expired for more than three months": the last day of the third month after expiry).
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
    ['2021-03-15', [], 'just_started'], // the first six months are never "behind"
    ['2021-09-13', [], 'just_started'], // 182 days in
    ['2021-09-14', [], 'on_track'], // 183 days in, nothing done: 60 in 1,660 days is 1.11× even pace
    ['2022-09-15', [], 'just_started'], // nothing recorded yet, years left: a portfolio just begun
    ['2022-09-15', evenThirds(1), 'behind'], // 3 done 18 months in: 57 in 1,293 days is 1.35× even pace
    ['2025-09-15', [], 'behind'], // nothing recorded and about six months left
    ['2023-09-15', evenThirds(10), 'on_track'], // 30 done; even pace asks about 24.8
    ['2023-09-15', evenThirds(8), 'on_track'], // 24 done, a little under the line: 36 in 929 days is 1.19× even pace
    ['2023-09-15', evenThirds(7), 'behind'], // 21 done: 39 in 929 days is 1.29× even pace
    ['2025-12-30', evenThirds(10), 'behind'], // 91 days left: not yet due soon
    ['2025-12-31', evenThirds(10), 'due_soon'], // 90 days left
    ['2026-03-31', evenThirds(10), 'due_soon'], // the expiry day itself
    ['2024-01-01', complete, 'complete'],
    ['2026-03-31', complete, 'complete'],
    ['2026-04-01', complete, 'grace'], // expiry + 1
    ['2026-04-01', evenThirds(10), 'grace'],
    ['2026-06-29', evenThirds(10), 'grace'], // expiry + 90: a 90-day grace would end here
    ['2026-06-30', evenThirds(10), 'grace'], // the end of the third month after expiry
    ['2026-07-01', evenThirds(10), 'lapsed'],
    ['2026-07-01', complete, 'lapsed'],
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
    // 8 + 18 = the 26 still needed; the approved-provider rule is a part of them, not more.
    expect(evaluation.needs).toEqual([
      '8 more clinical points',
      '18 more points in any category',
      'At least 12 points of these must come from AAMA-approved providers.',
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
      'Expired on 2026-03-31 with 30 points still needed; credit earned after expiry does not count. The grace period ends on 2026-06-30.',
    );
    expect(evaluate('aama-cma', CERT, complete, '2026-04-01').headline).toBe(
      'Expired on 2026-03-31, but the credit is complete: apply by 2026-06-30, when the grace period ends.',
    );
    expect(evaluate('aama-cma', CERT, [], '2021-01-01').headline).toBe(
      'Not started: this cycle begins on 2021-03-15.',
    );
  });

  it('lapsed AAMA: exam, 3 attempts, reactivation fee', () => {
    const evaluation = evaluate('aama-cma', CERT, evenThirds(10), '2026-07-01');
    expect(evaluation.headline).toMatch(
      /^Lapsed: expired on 2026-03-31 and the 3-month grace period ended on 2026-06-30\./,
    );
    expect(evaluation.needs).toEqual([
      'Reactivate by exam: Retake the CMA (AAMA) exam (3 attempts; after a third failure only a new accredited program restores eligibility) and pay the $50 reactivation fee plus the exam fee. Fee: $50.',
    ]);
    expect(evaluation.pace).toBeNull();
  });

  it('a single point reads in the singular', () => {
    const evaluation = evaluate(
      'nha-ccma',
      '2025-01-10',
      [activity({ id: 1, on: '2025-03-01', unit: 'nha_ce_credit', amount: 9 })],
      '2025-04-01',
    );
    expect(evaluation.headline).toBe('Just started: 1 CE credit still needed in 21 months.');
    expect(evaluation.needs).toEqual(['1 more CE credit']);
  });
});

describe('deadlines', () => {
  it('AAMA: exam pass-by and application-by dates, expiry and grace end', () => {
    const deadlines = evaluate('aama-cma', CERT, [], '2025-01-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['exam_pass_by', '2026-01-31'],
      ['apply_by_1', '2026-03-01'],
      ['exam_apply_by', '2026-03-01'],
      ['apply_by_2', '2026-03-10'],
      ['apply_by_3', '2026-03-24'],
      ['expiry', '2026-03-31'],
      ['grace_end', '2026-06-30'],
    ]);
    expect(deadlines[1]).toMatchObject({
      label: 'Apply by (A mailed application)',
      note: 'A mailed application takes about 30 days to process: apply by this day to be recertified before expiry.',
    });
  });

  it('AMT: the yearly fee is due in the anniversary month, one payment for RMA and CMAS', () => {
    const deadlines = evaluate('amt-rma', '2024-05-10', [], '2025-01-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['fee_1_year_1', '2025-05-31'],
      ['fee_1_year_2', '2026-05-31'],
      ['expiry', '2027-05-09'],
      ['fee_1_year_3', '2027-05-31'],
    ]);
    expect(deadlines[0]?.note).toBe('About $50 a year. One payment also covers: amt-cmas.');
  });

  it('NCCT: the yearly fee is due at the end of the calendar year', () => {
    const deadlines = evaluate('ncct-ncma', '2025-06-15', [], '2025-07-01').deadlines;
    expect(deadlines.map((d) => [d.key, d.date])).toEqual([
      ['expiry', '2025-12-31'],
      ['fee_1_year_1', '2025-12-31'],
    ]);
    expect(deadlines[1]?.note).toBe('About $77 a year (unverified).');
  });

  it('every evaluation carries the fees, the source, the confirm note and the unverified lines', () => {
    const evaluation = evaluate('nha-cpt', '2025-01-10', [], '2025-07-01');
    expect(evaluation.fees).toEqual([
      {
        label: 'NHA renewal fee (sources say $179 or $185)',
        amount: 179,
        every: 'renewal',
        unverified: true,
      },
    ]);
    expect(evaluation.confirmNote).toMatch(/confirm these requirements with the NHA/);
    expect(evaluation.lastChecked).toBe('2026-11-24');
    expect(evaluation.unverified.length).toBeGreaterThan(0);
  });
});

describe('around expiry, pack by pack', () => {
  // The last day of grace: AAMA to the end of the third month after expiry; AMCA 30 days
  // (unverified); the others none. NCCT renews by calendar year.
  const cases: [id: string, certifiedOn: string, end: string, lastGraceDay: string | null][] = [
    ['aama-cma', '2021-03-15', '2026-03-31', '2026-06-30'],
    ['aama-cma', '2019-02-10', '2024-02-29', '2024-05-31'],
    ['amt-rma', '2023-06-01', '2026-05-31', null],
    ['amt-cmas', '2023-06-01', '2026-05-31', null],
    ['nha-ccma', '2024-06-01', '2026-05-31', null],
    ['nha-cmaa', '2024-06-01', '2026-05-31', null],
    ['nha-cpt', '2024-06-01', '2026-05-31', null],
    ['ncct-ncma', '2025-01-01', '2025-12-31', null],
    ['amca-ma', '2024-06-01', '2026-05-31', '2026-06-30'],
  ];
  const plusDays = (iso: string, days: number) => {
    const date = new Date(`${iso}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  it.each(cases)('%s certified %s', (id, certifiedOn, end, lastGraceDay) => {
    expect(evaluate(id, certifiedOn, [], plusDays(end, -91)).status).toBe('behind');
    expect(evaluate(id, certifiedOn, [], plusDays(end, -90)).status).toBe('due_soon');
    expect(evaluate(id, certifiedOn, [], end).status).toBe('due_soon');
    expect(evaluate(id, certifiedOn, [], plusDays(end, 1)).status).toBe(lastGraceDay ? 'grace' : 'lapsed');
    if (lastGraceDay) expect(evaluate(id, certifiedOn, [], lastGraceDay).status).toBe('grace');
    expect(evaluate(id, certifiedOn, [], plusDays(lastGraceDay ?? end, 1)).status).toBe('lapsed');
    expect(evaluate(id, certifiedOn, [], plusDays(certifiedOn, -1)).status).toBe('not_started');
  });
});
