import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareActivities, inActivityOrder } from '../../src/domain/rules/order';
import * as reference from './reference/order';

describe('the one order of activities', () => {
  const day = fc
    .integer({ min: 0, max: 40_000 })
    .map((offset) => new Date(Date.UTC(1990, 0, 1 + offset)).toISOString().slice(0, 10));
  const odd = fc.constantFrom(
    '',
    '2025-1-5',
    'yesterday',
    '2025-02-30',
    '0000-00-00',
    '2025-01-99',
    '2025-13-01',
  );

  it('matches a plain sort by date then id, for calendar dates and for anything else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ completedOn: fc.oneof(day, day, day, odd), id: fc.integer({ min: 1, max: 50 }) }),
          {
            maxLength: 60,
          },
        ),
        (activities) => {
          const expected = [...activities].sort(compareActivities);
          expect(inActivityOrder(activities).map((a) => [a.completedOn, a.id])).toEqual(
            expected.map((a) => [a.completedOn, a.id]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders a month-00 or day-00 date as its text, not as the December (or month end) before it', () => {
    const activities = [
      { completedOn: '2025-00-15', id: 1 },
      { completedOn: '2024-12-15', id: 2 },
      { completedOn: '2024-12-00', id: 3 },
      { completedOn: '2024-11-31', id: 4 },
    ];
    expect(inActivityOrder(activities).map((a) => a.completedOn)).toEqual([
      '2024-11-31',
      '2024-12-00',
      '2024-12-15',
      '2025-00-15',
    ]);
  });

  it('gives exactly the order it gave before, odd days and odd ids included', () => {
    const oddId = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1.5, 2 ** 53);
    // Few days, so many activities share one; odd days rarely (one sends the whole sort another way).
    const fewDays = fc.integer({ min: 0, max: 4 }).map((offset) => `2025-01-0${offset + 1}`);
    const date = fc.oneof(
      { weight: 20, arbitrary: fewDays },
      { weight: 5, arbitrary: day },
      { weight: 1, arbitrary: fc.oneof(odd, fc.constantFrom('2025-00-15', '2024-12-31', '2024-12-00')) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ completedOn: date, id: fc.oneof(fc.integer({ min: 1, max: 20 }), oddId) }), {
          maxLength: 60,
        }),
        (activities) => {
          const tagged = activities.map((activity, position) => ({ ...activity, position }));
          expect(inActivityOrder(tagged).map((a) => a.position)).toEqual(
            reference.inActivityOrder(tagged).map((a) => a.position),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('returns an ordered input as it is', () => {
    const activities = [
      { completedOn: '2025-01-01', id: 2 },
      { completedOn: '2025-01-01', id: 3 },
    ];
    expect(inActivityOrder(activities)).toBe(activities);
  });
});
