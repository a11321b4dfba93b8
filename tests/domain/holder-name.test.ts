import { describe, expect, it } from 'vitest';
import { matchesAnyName, nameWords, namesMatch } from '../../src/domain/holder-name';

describe('is the name on a certificate the holder’s?', () => {
  it.each([
    ['Ana Ruiz', 'Ana Ruiz'],
    ['ANA RUIZ', 'Ana Ruiz'],
    ['Ána Ruíz', 'Ana Ruiz'],
    ['María José Núñez', 'Maria Jose Nunez'],
    ['Ruiz, Ana', 'Ana Ruiz'],
    ['Ruiz, Ana M.', 'Ana Maria Ruiz'],
    ['Ana M. Ruiz', 'Ana Maria Ruiz'],
    ['Ana Maria Ruiz', 'Ana Ruiz'],
    ['Ana Ruiz', 'Ana Maria Ruiz'],
    ['Ana Ruiz', 'Ana Ruiz López'],
    ['Ana Ruiz-López', 'Ana Ruiz López'],
    ['A. Ruiz', 'Ana Ruiz'],
    ['Jordan A. Rivera', 'Jordan Rivera'],
    ["Sean O'Brien", 'Sean OBrien'],
    ['Dr. Ana Ruiz, Jr.', 'Ana Ruiz'],
  ])('%s is %s', (printed, holder) => {
    expect(namesMatch(printed, holder)).toBe(true);
  });

  it.each([
    ['Maria Ruiz', 'Ana Ruiz'],
    ['Ana Gomez', 'Ana Ruiz'],
    ['Anabel Ruiz', 'Ana Ruiz'],
    ['Jordan Smith', 'Ana Ruiz'],
    ['Ruiz, Maria', 'Ana Ruiz'],
  ])('%s is not %s', (printed, holder) => {
    expect(namesMatch(printed, holder)).toBe(false);
  });

  it('accepts a name a certifying body has on record (a maiden name)', () => {
    expect(matchesAnyName('Ana Gomez', ['Ana Ruiz', 'Ana Gomez'])).toBe(true);
    expect(matchesAnyName('Ana Gomez', ['Ana Ruiz', ''])).toBe(false);
    expect(matchesAnyName('Ana Gomez', [])).toBe(true);
  });

  it('puts a name in plain words, given name first', () => {
    expect(nameWords('Núñez-Ruiz, María J.')).toEqual(['maria', 'j', 'nunez', 'ruiz']);
  });
});
