import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../src/domain/rule-pack';
import { builtInRulePacks, convertCredit, findRulePack } from '../../src/domain/rules';
import { units, type Unit } from '../../src/domain/units';
import { activity, evaluate, pack } from './helpers';

describe('built-in rule packs', () => {
  it('ships the eight packs, each valid against the rule-pack schema', () => {
    expect(builtInRulePacks.map((p) => p.id)).toEqual([
      'aama-cma',
      'amt-rma',
      'amt-cmas',
      'nha-ccma',
      'nha-cmaa',
      'nha-cpt',
      'ncct-ncma',
      'amca-ma',
    ]);
    for (const p of builtInRulePacks) {
      expect(rulePackSchema.parse(p)).toEqual(p);
      expect(p).toMatchObject({ builtIn: true, version: '2026.12', lastChecked: '2026-11-24' });
      // Every per-rule source has its day read; an unverified one is never without words.
      for (const rule of p.ruleSources) {
        expect(rule.lastChecked).toBe('2026-12-04');
        if (rule.unverified) expect(rule.quote.length + rule.source.length).toBeGreaterThan(10);
      }
      expect(p.source.length).toBeGreaterThan(20);
      expect(p.confirmNote).toContain(p.body);
    }
  });

  it('finds a pack by id and returns undefined for an unknown id', () => {
    expect(findRulePack(builtInRulePacks, 'nha-cpt')?.credential).toBe('CPT');
    expect(findRulePack(builtInRulePacks, 'nope')).toBeUndefined();
  });

  const table: [
    id: string,
    credential: string,
    body: string,
    months: number,
    anchor: string,
    total: number,
    graceDays: number,
    graceMonths: number | null,
    calendarYear: boolean,
  ][] = [
    ['aama-cma', 'CMA', 'AAMA', 60, 'end_of_month', 60, 0, 3, false],
    ['amt-rma', 'RMA', 'AMT', 36, 'certification_date', 30, 0, null, false],
    ['amt-cmas', 'CMAS', 'AMT', 36, 'certification_date', 30, 0, null, false],
    ['nha-ccma', 'CCMA', 'NHA', 24, 'certification_date', 10, 0, null, false],
    ['nha-cmaa', 'CMAA', 'NHA', 24, 'certification_date', 10, 0, null, false],
    ['nha-cpt', 'CPT', 'NHA', 24, 'certification_date', 10, 0, null, false],
    ['ncct-ncma', 'NCMA', 'NCCT', 12, 'certification_date', 14, 0, null, true],
    ['amca-ma', 'CMAC', 'AMCA', 24, 'certification_date', 10, 30, null, false],
  ];
  it.each(table)(
    '%s: %s (%s) needs its total in %i months',
    (id, credential, body, months, anchor, total, graceDays, graceMonths, calendarYear) => {
      const p = pack(id);
      expect(p).toMatchObject({
        credential,
        body,
        totalRequired: total,
        graceDays,
        graceMonths,
        cycle: { months, anchor, calendarYear },
      });
    },
  );

  it('AAMA: categories, approved providers, CPR, minimum length, exam route and fees', () => {
    const p = pack('aama-cma');
    expect(p.categories.map((c) => [c.key, c.min, c.max])).toEqual([
      ['administrative', 10, null],
      ['clinical', 10, null],
      ['general', 10, null],
    ]);
    expect(p.approvedProviders).toMatchObject({ bodies: ['AAMA'], minPoints: 30 });
    expect(p.kindRules).toEqual([
      expect.objectContaining({
        kind: 'cpr_card',
        pointsEach: 4,
        category: 'clinical',
        maxCount: 3,
        minValidMonths: 24,
        countsTowardApproved: false,
      }),
    ]);
    expect(p.minActivityMinutes).toBe(50);
    expect(p.minActivityMinutesFor).toBe('non_approved');
    expect(p.examRoute).toEqual({ passMonthsBeforeExpiry: 2, applyDaysBeforeExpiry: 30 });
    expect(p.fees.map((fee) => [fee.amount, fee.unverified])).toEqual([
      [125, true],
      [250, true],
      [50, false],
    ]);
    expect(p.processing.map((time) => time.days)).toEqual([30, 21, 7]);
    expect(p.openQuestions.join(' ')).toMatch(/grace period/);
    expect(p.unverified.join(' ')).toMatch(/\$125/);
    expect(p.lapsedNote).toMatch(/3 attempts.*\$50 reactivation fee plus the exam fee/);
  });

  it('yearly fees for AMT and NCCT, renewal fee for NHA', () => {
    expect(pack('amt-rma').fees).toEqual([
      expect.objectContaining({
        amount: 50,
        every: 'year',
        dueInAnniversaryMonth: true,
        covers: ['amt-cmas'],
      }),
    ]);
    expect(pack('ncct-ncma').fees).toEqual([
      expect.objectContaining({ amount: 77, every: 'year', unverified: true }),
    ]);
    expect(pack('nha-ccma').fees).toEqual([
      expect.objectContaining({ amount: 179, every: 'renewal', unverified: true }),
    ]);
  });
});

describe('unit conversion, pack by pack (null: not accepted, never guessed)', () => {
  const expected: Record<string, Partial<Record<Unit, number>>> = {
    // A 60-minute hour is one AAMA point, never 1.2 (no AAMA source gives it more).
    'aama-cma': {
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
      college_credit: 15,
    },
    'amt-rma': {
      amt_ccp_point: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
    'amt-cmas': {
      amt_ccp_point: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
    'nha-ccma': {
      nha_ce_credit: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
    'nha-cmaa': {
      nha_ce_credit: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
    'nha-cpt': {
      nha_ce_credit: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
    'ncct-ncma': { clock_hour: 1, contact_hour_60: 1, contact_hour: 0.83, aama_ceu: 0.83, iacet_ceu: 10 },
    'amca-ma': {
      amca_ce_credit: 1,
      aama_ceu: 1,
      contact_hour: 1,
      clock_hour: 1,
      contact_hour_60: 1,
      iacet_ceu: 10,
    },
  };
  const rows = Object.entries(expected).flatMap(([id, table]) =>
    units.map((unit) => [id, unit, table[unit] ?? null] as const),
  );
  it.each(rows)('%s: 1 %s -> %s', (id, unit, points) => {
    expect(convertCredit({ amount: 1, unit }, pack(id))).toBe(points);
  });

  it('NCCT: six 50-minute contact hours are exactly five clock hours', () => {
    expect(convertCredit({ amount: 6, unit: 'contact_hour' }, pack('ncct-ncma'))).toBe(5);
  });

  it('AAMA: 5 clock hours are 5 points; 2 college credits are 30 points; CME is not guessed', () => {
    expect(convertCredit({ amount: 5, unit: 'clock_hour' }, pack('aama-cma'))).toBe(5);
    expect(convertCredit({ amount: 1, unit: 'cme_category_1' }, pack('aama-cma'))).toBeNull();
    expect(convertCredit({ amount: 2, unit: 'college_credit' }, pack('aama-cma'))).toBe(30);
  });
});

describe('every pack completes at exactly its total and not one hundredth below', () => {
  const basis: Record<string, { unit: Unit; approvedBy: string }> = {
    'amt-rma': { unit: 'amt_ccp_point', approvedBy: '' },
    'amt-cmas': { unit: 'amt_ccp_point', approvedBy: '' },
    'nha-ccma': { unit: 'nha_ce_credit', approvedBy: '' },
    'nha-cmaa': { unit: 'nha_ce_credit', approvedBy: '' },
    'nha-cpt': { unit: 'nha_ce_credit', approvedBy: '' },
    'ncct-ncma': { unit: 'clock_hour', approvedBy: '' },
    'amca-ma': { unit: 'amca_ce_credit', approvedBy: '' },
  };
  it.each(Object.entries(basis))('%s', (id, { unit, approvedBy }) => {
    const total = pack(id).totalRequired;
    const credit = (amount: number, n: number) =>
      activity({
        id: n,
        on: '2025-06-01',
        amount,
        unit,
        approvedBy,
        minutes: id === 'ncct-ncma' ? null : 60,
      });
    const exact = evaluate(
      id,
      '2025-01-15',
      [credit(total - 1, 1), credit(0.5, 2), credit(0.5, 3)],
      '2025-07-01',
    );
    expect(exact.counted).toBe(total);
    expect(exact.status).toBe('complete');
    const short = evaluate(id, '2025-01-15', [credit(total - 1, 1), credit(0.99, 2)], '2025-07-01');
    expect(short.counted).toBe(total - 0.01);
    expect(short.stillNeeded).toBe(0.01);
    expect(short.status).not.toBe('complete');
  });

  it('aama-cma: 60 points, 10 in each category, 30 approved', () => {
    const credits = [
      activity({ id: 1, on: '2022-01-10', amount: 10, category: 'administrative', approvedBy: 'AAMA' }),
      activity({ id: 2, on: '2022-01-11', amount: 10, category: 'clinical', approvedBy: 'AAMA' }),
      activity({ id: 3, on: '2022-01-12', amount: 10, category: 'general', approvedBy: 'AAMA' }),
      activity({ id: 4, on: '2022-01-13', amount: 30, unit: 'contact_hour', category: 'general' }),
    ];
    const evaluation = evaluate('aama-cma', '2021-03-15', credits, '2025-01-01');
    expect(evaluation).toMatchObject({ counted: 60, stillNeeded: 0, status: 'complete', needs: [] });
    expect(evaluation.headline).toBe('Complete — ready to apply.');
    expect(evaluation.approvedProviders).toMatchObject({ counted: 30, stillNeeded: 0, outsideLeftOut: 0 });
  });
});
