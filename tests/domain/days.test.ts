import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/domain/rules/activity-table';
import { formatDay, parseDay } from '../../src/domain/rules/cycle';
import * as reference from './reference/cycle';
import { outcomeOf } from './same-answer';

/**
 * The shortcuts the engine takes with days must answer exactly as the slow way did:
 * day numbers order as the strings do, and days are written and checked as date-fns
 * writes them.
 */

const calendarLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
  })
  .map(
    ({ year, month, day }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
const anyDay = fc.oneof(
  calendarLike,
  fc.constantFrom('2025-1-5', '', 'yesterday', '2025-02-30', '0000-01-01', '9999-12-31', '20250101'),
  fc.string({ maxLength: 12 }),
);
const inYear = (year: number) => {
  const date = new Date(2024, 1, 29);
  date.setFullYear(year);
  return date;
};
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('days in the engine', () => {
  it('day numbers order and tie exactly as the strings do, wherever they are numbers', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (x, y) => {
        const [a, b] = [dayNumber(x), dayNumber(y)];
        if (Number.isNaN(a) || Number.isNaN(b)) return;
        expect(sign(a - b)).toBe(x === y ? 0 : x < y ? -1 : 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('a day is a number exactly when it reads YYYY-MM-DD with a month 01-12 and a day 01-31', () => {
    expect(dayNumber('2026-11-24')).not.toBeNaN();
    for (const odd of ['2026-00-10', '2026-13-01', '2026-01-00', '2026-01-32', '2026-1-01', 'x026-01-01']) {
      expect(dayNumber(odd)).toBeNaN();
    }
  });

  it('formatDay writes what date-fns writes, for any year, and refuses what it refuses', () => {
    const dates = fc.oneof(
      fc.date({ min: new Date(-2000, 0, 1), max: new Date(12000, 0, 1), noInvalidDate: true }),
      fc.constantFrom(new Date(Number.NaN), inYear(0), inYear(1), inYear(9999), inYear(10000), inYear(-1)),
    );
    fc.assert(
      fc.property(dates, (date) => {
        expect(outcomeOf(() => formatDay(date))).toEqual(outcomeOf(() => format(date, 'yyyy-MM-dd')));
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDay accepts and refuses exactly the days it always did', () => {
    fc.assert(
      fc.property(anyDay, (iso) => {
        expect(outcomeOf(() => parseDay(iso).getTime())).toEqual(
          outcomeOf(() => reference.parseDay(iso).getTime()),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
