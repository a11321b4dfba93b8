import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDaysLeft,
  formatMoney,
  formatPace,
  formatPoints,
  formatRelativeDays,
  percent,
} from '../../../src/ui/components/format';
import { parseTypedDate } from '../../../src/ui/components/typed-date';

describe('how dates, money and points read', () => {
  it('formats dates for people and leaves non-dates alone', () => {
    expect(formatDate('2026-11-24')).toBe('Nov 24, 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it('says how long is left, or how long ago it expired', () => {
    expect(formatDaysLeft(1529)).toBe('1,529 days left');
    expect(formatDaysLeft(1)).toBe('1 day left');
    expect(formatDaysLeft(0)).toBe('Expires today');
    expect(formatDaysLeft(-1)).toBe('Expired 1 day ago');
    expect(formatDaysLeft(-12)).toBe('Expired 12 days ago');
  });

  it('counts days from the as-of date, not from the clock', () => {
    expect(formatRelativeDays('2026-11-25', '2026-11-24')).toBe('tomorrow');
    expect(formatRelativeDays('2026-12-04', '2026-11-24')).toBe('in 10 days');
    expect(formatRelativeDays('2026-11-14', '2026-11-24')).toBe('10 days ago');
  });

  it('uses the pack’s own word for its credit, singular when one', () => {
    expect(formatPoints(1, 'points')).toBe('1 point');
    expect(formatPoints(2.5, 'CE credits')).toBe('2.5 CE credits');
    expect(formatPace(2.1333)).toBe('2.1');
    expect(formatMoney(125)).toBe('$125');
    expect(formatMoney(77.5)).toBe('$77.50');
  });

  it('keeps progress between 0 and 100, and a zero requirement is met', () => {
    expect(percent(30, 60)).toBe(50);
    expect(percent(90, 60)).toBe(100);
    expect(percent(0, 0)).toBe(100);
  });

  it('reads a typed date in the forms people use', () => {
    expect(parseTypedDate('2024-03-15')).toBe('2024-03-15');
    expect(parseTypedDate('3/15/2024')).toBe('2024-03-15');
    expect(parseTypedDate('Mar 15, 2024')).toBe('2024-03-15');
    expect(parseTypedDate('15 March 2024')).toBe('2024-03-15');
    expect(parseTypedDate('2024-02-30')).toBeNull();
    expect(parseTypedDate('next week')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
