import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatPace,
  formatPoints,
  percent,
} from '../../../src/ui/components/format';
import { parseTypedDate } from '../../../src/ui/components/typed-date';
import { daysLeftText, relativeDaysText } from '../../../src/domain/i18n/figures';
import { translator } from '../../../src/domain/i18n/translator';

const en = translator('en');
const es = translator('es');

describe('how dates, money and points read', () => {
  it('formats dates for people and leaves non-dates alone', () => {
    expect(formatDate('2026-11-24')).toBe('Nov 24, 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it('says how long is left, or how long ago it expired', () => {
    expect(daysLeftText(1529, en)).toBe('1,529 days left');
    expect(daysLeftText(1, en)).toBe('1 day left');
    expect(daysLeftText(0, en)).toBe('Expires today');
    expect(daysLeftText(-1, en)).toBe('Expired 1 day ago');
    expect(daysLeftText(-12, en)).toBe('Expired 12 days ago');
    expect(daysLeftText(1, es)).toBe('Queda 1 día');
    expect(daysLeftText(-12, es)).toBe('Venció hace 12 días');
  });

  it('counts days from the as-of date, not from the clock', () => {
    expect(relativeDaysText('2026-11-25', '2026-11-24', en)).toBe('tomorrow');
    expect(relativeDaysText('2026-12-04', '2026-11-24', en)).toBe('in 10 days');
    expect(relativeDaysText('2026-11-14', '2026-11-24', en)).toBe('10 days ago');
    expect(relativeDaysText('2026-12-04', '2026-11-24', es)).toBe('en 10 días');
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
    // Month first where it can be; day first where it cannot.
    expect(parseTypedDate('3/4/2024')).toBe('2024-03-04');
    expect(parseTypedDate('15/03/2024')).toBe('2024-03-15');
    expect(parseTypedDate('31/12/2024')).toBe('2024-12-31');
    expect(parseTypedDate('5 dic. 2026')).toBe('2026-12-05');
    expect(parseTypedDate('15 de marzo de 2024')).toBe('2024-03-15');
    expect(parseTypedDate('5 sept 2026')).toBe('2026-09-05');
    expect(parseTypedDate('Mar 15, 2024')).toBe('2024-03-15');
    expect(parseTypedDate('15 March 2024')).toBe('2024-03-15');
    expect(parseTypedDate('2024-02-30')).toBeNull();
    expect(parseTypedDate('next week')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
