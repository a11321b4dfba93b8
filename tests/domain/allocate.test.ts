import { describe, expect, it } from 'vitest';
import type { RulePackInput } from '../../src/domain/rule-pack';
import { aama, activity, category, evaluate, outside, standing } from './helpers';

const CERT = '2021-03-15';
const AS_OF = '2025-06-01';

describe('AAMA: at most 30 outside points, and the right ones', () => {
  it('exactly 30 outside points all count', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [
        aama('2022-01-01', 30, 'administrative', 1),
        outside('2022-02-01', 10, 'clinical', 2),
        outside('2022-03-01', 20, 'general', 3),
      ],
      AS_OF,
    );
    expect(evaluation).toMatchObject({ counted: 60, status: 'complete' });
    expect(evaluation.approvedProviders).toMatchObject({ counted: 30, stillNeeded: 0, outsideLeftOut: 0 });
  });

  // Outside credit 11 administrative (earliest), 10 clinical, 10 general = 31. Taking it
  // in date order (greedy) would count all 11 administrative and leave general one
  // short; the exact choice leaves one administrative point out.
  const tricky = [
    aama('2022-01-01', 30, 'administrative', 1),
    outside('2022-02-01', 11, 'administrative', 2),
    outside('2022-03-01', 10, 'clinical', 3),
    outside('2022-04-01', 10, 'general', 4),
  ];

  it('31 outside points: the one left out is the one that keeps every minimum met', () => {
    const evaluation = evaluate('aama-cma', CERT, tricky, AS_OF);
    expect(evaluation).toMatchObject({ counted: 60, stillNeeded: 0, status: 'complete', needs: [] });
    expect([2, 3, 4].map((id) => standing(evaluation, id).counted)).toEqual([10, 10, 10]);
    expect(standing(evaluation, 2).outcome).toBe('partly');
    expect(standing(evaluation, 2).reasons).toEqual([
      '1 administrative point left out: not from AAMA-approved providers, and at most 30 points from other providers can count.',
    ]);
    expect(evaluation.approvedProviders).toMatchObject({ counted: 30, outsideLeftOut: 1 });
    expect(category(evaluation, 'general')).toMatchObject({ earned: 10, counted: 10, stillNeeded: 0 });
  });

  it('the same whatever order the activities come in', () => {
    const forward = evaluate('aama-cma', CERT, tricky, AS_OF);
    const backward = evaluate('aama-cma', CERT, [...tricky].reverse(), AS_OF);
    expect(backward).toEqual(forward);
  });

  it('largest-first would fail too: a big general course must yield to small clinical ones', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [
        aama('2022-01-01', 20, 'administrative', 1),
        aama('2022-01-02', 10, 'general', 2),
        outside('2022-02-01', 30, 'general', 3),
        outside('2022-03-01', 5, 'clinical', 4),
        outside('2022-04-01', 5, 'clinical', 5),
      ],
      AS_OF,
    );
    expect(evaluation.status).toBe('complete');
    expect(standing(evaluation, 3).counted).toBe(20);
    expect(category(evaluation, 'clinical').counted).toBe(10);
  });

  it('outside credit alone: 30 count and the needs say what is missing', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [outside('2022-02-01', 20, 'administrative', 1), outside('2022-03-01', 20, 'clinical', 2)],
      AS_OF,
    );
    expect(evaluation.counted).toBe(30);
    expect(category(evaluation, 'administrative').counted).toBeGreaterThanOrEqual(10);
    expect(category(evaluation, 'clinical').counted).toBeGreaterThanOrEqual(10);
    expect(evaluation.approvedProviders).toMatchObject({ counted: 0, stillNeeded: 30, outsideLeftOut: 10 });
    expect(evaluation.stillNeeded).toBe(30);
    // The "more" lines add up to the 30 still needed; the approved rule is said as a part of them.
    expect(evaluation.stillNeeded).toBe(30);
    expect(evaluation.needs).toEqual([
      '10 more general points',
      '20 more points in any category',
      'All of these must come from AAMA-approved providers.',
    ]);
  });

  it('approved credit beyond 60 all counts; outside stays capped at 30', () => {
    const evaluation = evaluate(
      'aama-cma',
      CERT,
      [
        aama('2022-01-01', 40, 'administrative', 1),
        aama('2022-01-02', 40, 'clinical', 2),
        outside('2022-02-01', 40, 'general', 3),
      ],
      AS_OF,
    );
    expect(evaluation.counted).toBe(110);
    expect(standing(evaluation, 3).counted).toBe(30);
  });
});

describe('custom packs: limits that cross', () => {
  const custom = (extra: Partial<RulePackInput>): RulePackInput => ({
    id: 'custom',
    version: '1',
    credential: 'X',
    name: 'Custom',
    body: 'Board',
    cycle: { months: 24, anchor: 'certification_date' },
    totalRequired: 20,
    unitPoints: { clock_hour: 1 },
    ...extra,
  });
  const credit = (
    id: number,
    on: string,
    amount: number,
    category: string,
    approvedBy = '',
    kind: 'workshop' | 'conference' = 'workshop',
  ) => activity({ id, on, amount, category, approvedBy, kind, unit: 'clock_hour' });

  it('within a category maximum, approved credit counts before outside credit', () => {
    const pack = custom({
      categories: [
        { key: 'a', label: 'A', max: 10 },
        { key: 'b', label: 'B' },
      ],
      approvedProviders: { bodies: ['Board'], minPoints: 10 },
    });
    const evaluation = evaluate(
      pack,
      '2025-01-10',
      [credit(1, '2025-02-01', 10, 'a'), credit(2, '2025-03-01', 10, 'a', 'Board')],
      AS_OF,
    );
    expect(standing(evaluation, 2).counted).toBe(10);
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(evaluation.approvedProviders?.stillNeeded).toBe(0);
  });

  it('a kind cap is spent where a category minimum needs it', () => {
    const pack = custom({
      categories: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B', min: 5 },
      ],
      kindRules: [{ kind: 'conference', maxPoints: 5 }],
    });
    const evaluation = evaluate(
      pack,
      '2025-01-10',
      [
        credit(1, '2025-02-01', 5, 'a', '', 'conference'),
        credit(2, '2025-03-01', 5, 'b', '', 'conference'),
        credit(3, '2025-04-01', 15, 'a'),
      ],
      AS_OF,
    );
    expect(standing(evaluation, 2).counted).toBe(5);
    expect(standing(evaluation, 1).counted).toBe(0);
    expect(evaluation.status).toBe('complete');
  });

  it('credit blocked by two full limits names both', () => {
    const pack = custom({
      categories: [
        { key: 'a', label: 'A', max: 5 },
        { key: 'b', label: 'B' },
      ],
      approvedProviders: { bodies: ['Board'], minPoints: 10 },
    });
    const evaluation = evaluate(
      pack,
      '2025-01-10',
      [credit(1, '2025-02-01', 10, 'a'), credit(2, '2025-03-01', 5, 'b')],
      AS_OF,
    );
    expect(standing(evaluation, 1).counted).toBe(5);
    expect(standing(evaluation, 1).reasons).toEqual([
      '5 A points left out: not from approved providers, and at most 10 points from other providers can count; ' +
        'the A category counts at most 5 points.',
    ]);
  });

  it('an approved-provider minimum above the total leaves no room for outside credit', () => {
    const pack = custom({ approvedProviders: { bodies: ['Board'], minPoints: 25 } });
    const evaluation = evaluate(pack, '2025-01-10', [credit(1, '2025-02-01', 5, 'a')], AS_OF);
    expect(evaluation.counted).toBe(0);
    expect(evaluation.approvedProviders?.stillNeeded).toBe(25);
    expect(evaluation.stillNeeded).toBe(25);
  });
});
