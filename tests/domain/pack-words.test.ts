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

describe('a built-in pack’s longer sentences', () => {
  const es = translator('es');
  const en = translator('en');
  const sentences = () => {
    const found = new Set<string>();
    for (const pack of builtInRulePacks) {
      for (const text of [
        ...pack.categories.map((category) => category.description),
        ...pack.notes,
        ...pack.unverified,
        ...pack.lapseRoutes.flatMap((route) => [route.label, route.text]),
        ...pack.kindRules.map((rule) => rule.reason),
        ...pack.fees.map((fee) => fee.label),
      ])
        if (text) found.add(text);
    }
    return [...found];
  };

  it('every one reads in Spanish, and in English as the pack wrote it', () => {
    const english = sentences().filter((text) => packPhrase(text, es) === text);
    expect(english).toEqual([]);
    for (const text of sentences()) expect(packPhrase(text, en)).toBe(text);
  });

  it('the Spanish phrasebook has nothing left over from sentences the packs no longer use', async () => {
    const { packProseEs } = await import('../../src/domain/i18n/pack-prose.es');
    const used = new Set(sentences());
    expect(Object.keys(packProseEs).filter((text) => !used.has(text))).toEqual([]);
  });
});
