import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareActivities, inActivityOrder } from '../../src/domain/rules/order';

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

  it('returns an ordered input as it is', () => {
    const activities = [
      { completedOn: '2025-01-01', id: 2 },
      { completedOn: '2025-01-01', id: 3 },
    ];
    expect(inActivityOrder(activities)).toBe(activities);
  });
});
