import { describe, expect, it } from 'vitest';
import { packPhrase } from '../../src/domain/i18n/pack-words';
import { translator } from '../../src/domain/i18n/translator';
import { builtInRulePacks } from '../../src/domain/rules/packs';

describe('a built-in pack’s own words', () => {
  const es = translator('es');
  const en = translator('en');

  it('every built-in pack’s reminder to confirm its rules reads in Spanish, naming its body', () => {
    for (const pack of builtInRulePacks) {
      const spanish = packPhrase(pack.confirmNote, es);
      expect(spanish, pack.id).toMatch(
        /^Las reglas y las cuotas cambian: confirme estos requisitos con la \S+/,
      );
      expect(spanish).toContain(pack.body);
      // In English the sentence comes back exactly as the pack wrote it.
      expect(packPhrase(pack.confirmNote, en)).toBe(pack.confirmNote);
    }
  });

  it('every built-in pack’s note on a lapse reads in Spanish', () => {
    for (const pack of builtInRulePacks) {
      if (!pack.lapsedNote) continue;
      expect(packPhrase(pack.lapsedNote, es), pack.id).not.toBe(pack.lapsedNote);
      expect(packPhrase(pack.lapsedNote, en)).toBe(pack.lapsedNote);
    }
  });

  it('a reminder the person wrote themselves stays as written', () => {
    expect(packPhrase('Ask my supervisor first.', es)).toBe('Ask my supervisor first.');
  });
});
