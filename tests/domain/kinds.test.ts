import { describe, expect, it } from 'vitest';
import type { RulePackInput } from '../../src/domain/rule-pack';
import { activity, category, evaluate, pack, standing } from './helpers';

const AAMA_CERT = '2021-03-15';
const AS_OF = '2025-06-01';

describe('kind rules', () => {
  const cpr = (id: number, on: string, extra: Partial<Parameters<typeof activity>[0]> = {}) =>
    activity({ id, on, kind: 'cpr_card', unit: 'contact_hour', amount: 1, category: 'general', ...extra });

  it('a CPR card is 4 clinical points whatever was entered; a fourth card does not count', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [cpr(1, '2021-06-01'), cpr(2, '2022-06-01'), cpr(3, '2023-06-01'), cpr(4, '2024-06-01')],
      AS_OF,
    );
    expect([1, 2, 3].map((id) => standing(evaluation, id).countedByCategory)).toEqual([
      { clinical: 4 },
      { clinical: 4 },
      { clinical: 4 },
    ]);
    // Counting as the rules set it is a note, not a reason: the card counts in full.
    expect(standing(evaluation, 1)).toMatchObject({
      outcome: 'counted',
      reasons: [],
      notes: [
        'CPR card: counts as 4 clinical points whatever credit was entered.',
        'CPR card: no validity entered. Only cards valid at least 24 months count: check the card.',
      ],
    });
    expect(standing(evaluation, 4)).toMatchObject({ counted: 0, earned: 4, outcome: 'not_counted' });
    expect(standing(evaluation, 4).reasons).toContain('Fourth CPR card in this cycle: at most 3 count.');
    expect(category(evaluation, 'clinical')).toMatchObject({ earned: 16, counted: 12 });
  });

  it('a card from before the cycle takes no place among the three', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [cpr(1, '2021-03-14'), cpr(2, '2022-06-01'), cpr(3, '2023-06-01'), cpr(4, '2024-06-01')],
      AS_OF,
    );
    expect(evaluation.counted).toBe(12);
    expect(standing(evaluation, 1).reasons[0]).toBe(
      'Completed 2021-03-14, before this cycle began on 2021-03-15.',
    );
  });

  it('a CPR card is not held to the minimum length, and counts as entered for NHA', () => {
    const short = cpr(1, '2025-03-01', { minutes: 30, credentialIds: [1] });
    expect(standing(evaluate('aama-cma', AAMA_CERT, [short], AS_OF), 1).counted).toBe(4);
    expect(standing(evaluate('nha-ccma', '2025-01-10', [short], AS_OF), 1).counted).toBe(1);
  });

  it('CPR points are outside credit even from an AAMA-approved provider (unverified: treated so until confirmed)', () => {
    const evaluation = evaluate(
      'aama-cma',
      AAMA_CERT,
      [cpr(1, '2021-06-01'), cpr(2, '2022-06-01', { approvedBy: 'AAMA' })],
      AS_OF,
    );
    expect(standing(evaluation, 2)).toMatchObject({ counted: 4, approvedProvider: false });
    expect(evaluation.approvedProviders?.counted).toBe(0);
    expect(pack('aama-cma').unverified.join(' ')).toMatch(
      /CPR card points count toward the 30 AAMA-approved/,
    );
  });

  it('AAMA: a CPR card with no validity entered counts, with a note to check it', () => {
    const evaluation = evaluate('aama-cma', AAMA_CERT, [cpr(1, '2022-06-01')], AS_OF);
    expect(standing(evaluation, 1)).toMatchObject({
      counted: 4,
      reasons: [],
      notes: [
        'CPR card: counts as 4 clinical points whatever credit was entered.',
        'CPR card: no validity entered. Only cards valid at least 24 months count: check the card.',
      ],
    });
  });

  it.each([
    ['a two-year card', 24, 4, []],
    ['a card valid longer', 36, 4, []],
    ['a card with no validity entered (counted)', null, 4, []],
    ['a one-year card', 12, 0, ['CPR card valid for 12 months: only cards valid at least 24 months count.']],
  ] as const)('AAMA: only two-year CPR cards count: %s', (_label, validMonths, counted, reasons) => {
    const evaluation = evaluate('aama-cma', AAMA_CERT, [cpr(1, '2022-06-01', { validMonths })], AS_OF);
    expect(standing(evaluation, 1)).toMatchObject({ counted, reasons });
  });

  it('NCCT: a CPR card is not CE, with the policy as the reason', () => {
    const evaluation = evaluate(
      'ncct-ncma',
      '2026-01-01',
      [activity({ id: 1, on: '2026-03-01', kind: 'cpr_card', unit: 'clock_hour', amount: 4 })],
      '2026-06-01',
    );
    expect(standing(evaluation, 1)).toMatchObject({ counted: 0, outcome: 'not_counted' });
    expect(standing(evaluation, 1).reasons[0]).toMatch(
      /NCCT does not accept CPR, BLS, PALS or first-aid cards.*CE-0309/,
    );
  });

  const customWithKinds = (extra: Partial<RulePackInput>): RulePackInput => ({
    id: 'kinds',
    version: '1',
    credential: 'K',
    name: 'Kinds',
    body: 'Employer',
    cycle: { months: 24, anchor: 'certification_date' },
    totalRequired: 20,
    unitPoints: { clock_hour: 1 },
    ...extra,
  });

  it('an excluded kind never counts, with its reason', () => {
    const custom = customWithKinds({
      kindRules: [
        { kind: 'cpr_card', excluded: true, reason: 'BLS/ACLS cards are not continuing education here.' },
      ],
    });
    const evaluation = evaluate(custom, '2025-01-10', [cpr(1, '2025-03-01', { unit: 'clock_hour' })], AS_OF);
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(standing(evaluation, 1).reasons).toEqual(['BLS/ACLS cards are not continuing education here.']);
  });

  it('a kind point cap counts at most its points, earliest first', () => {
    const custom = customWithKinds({ kindRules: [{ kind: 'conference', maxPoints: 6 }] });
    const conference = (id: number, on: string) =>
      activity({ id, on, kind: 'conference', unit: 'clock_hour', amount: 4 });
    const evaluation = evaluate(
      custom,
      '2025-01-10',
      [conference(2, '2025-04-01'), conference(1, '2025-03-01')],
      AS_OF,
    );
    expect(standing(evaluation, 1).counted).toBe(4);
    expect(standing(evaluation, 2).counted).toBe(2);
    expect(standing(evaluation, 2).reasons).toEqual([
      '2 points left out: at most 6 points from conferences count in one cycle.',
    ]);
  });

  it('a kind count cap counts the larger credit first', () => {
    const custom = customWithKinds({ kindRules: [{ kind: 'publication', maxCount: 1 }] });
    const article = (id: number, on: string, amount: number) =>
      activity({ id, on, kind: 'publication', unit: 'clock_hour', amount });
    const evaluation = evaluate(
      custom,
      '2025-01-10',
      [article(1, '2025-03-01', 2), article(2, '2025-04-01', 5)],
      AS_OF,
    );
    expect(standing(evaluation, 2).counted).toBe(5);
    expect(standing(evaluation, 1).reasons).toContain(
      'Second published research or article in this cycle: at most 1 count.',
    );
  });
});
