import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../src/domain/portfolio';

const messageFor = (value: string) => isoDateSchema.safeParse(value).error?.issues.map((i) => i.message);

describe('isoDateSchema', () => {
  it('refuses a year before 1900 as out of range, not as a date that is not on the calendar', () => {
    for (const value of ['0001-01-01', '0099-12-31', '0100-06-15', '1850-01-01', '1899-12-31']) {
      expect(messageFor(value), value).toEqual(['That date is out of range (before 1900). Check the year.']);
    }
  });

  it('accepts 1900 on, and still refuses impossible dates', () => {
    expect(messageFor('1900-01-01')).toBeUndefined();
    expect(messageFor('2024-02-29')).toBeUndefined();
    expect(messageFor('2025-02-29')).toEqual(['That date does not exist on the calendar.']);
    expect(messageFor('1899-02-30')).toEqual(['That date is out of range (before 1900). Check the year.']);
    expect(messageFor('2025-2-3')).toEqual(['Use a date in the form YYYY-MM-DD.']);
  });
});
