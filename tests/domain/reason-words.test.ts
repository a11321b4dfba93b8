import { describe, expect, it } from 'vitest';
import type { CredentialEvaluation } from '../../src/domain/evaluation';
import { reasonMessage } from '../../src/domain/i18n/reason-words';
import { pointWordOf, render, type Words } from '../../src/domain/i18n/standing-words';
import { translator } from '../../src/domain/i18n/translator';
import { vocabularyOf } from '../../src/domain/i18n/vocabulary';
import { evaluatePortfolio } from '../../src/domain/rules';
import { allPacks, generatedPortfolio } from './generated-portfolios';

function wordsIn(language: 'en' | 'es', ev: CredentialEvaluation): Words {
  const t = translator(language);
  const vocabulary = vocabularyOf(t);
  return {
    t,
    date: (iso) => `<${iso}>`,
    money: (amount) => `$${amount}`,
    pointWord: (count) => pointWordOf(ev.pointName, count, t),
    category: (key) => vocabulary.category(key, ev.categories.find((c) => c.key === key)?.label),
    packText: (text) => text,
    kind: vocabulary.kind,
    unit: vocabulary.unit,
  };
}

describe('why an activity does not count, in the person’s language', () => {
  const reasons: { text: string; ev: CredentialEvaluation }[] = [];
  // The same sentence for the same credential reads the same: each is checked once.
  const seen = new Set<string>();
  for (const seed of [11, 12, 13])
    for (const asOf of ['2021-03-01', '2025-06-30', '2027-09-15']) {
      const portfolio = generatedPortfolio(seed, 300, 8);
      for (const ev of evaluatePortfolio({ ...portfolio, packs: allPacks, asOf }))
        for (const activity of ev.activities)
          for (const text of activity.reasons) {
            const id = `${ev.credential}|${ev.pointName}|${text}`;
            if (seen.has(id)) continue;
            seen.add(id);
            reasons.push({ text, ev });
          }
    }
  // A custom pack's own exclusion reason is its own words: shown as written.
  const packWritten = new Set(
    allPacks.flatMap((pack) => (pack.kindRules ?? []).map((rule) => rule.reason ?? '')),
  );

  it('reads back every reason the engine gives, keeping each date and number', () => {
    expect(reasons.length).toBeGreaterThan(1000);
    const templates = new Set<string>();
    for (const { text, ev } of reasons) {
      const message = reasonMessage(text, ev.pointName);
      if ('asWritten' in message) {
        expect(packWritten.has(text), text).toBe(true);
        continue;
      }
      templates.add(message.key);
      const english = render(message, wordsIn('en', ev));
      const spanish = render(message, wordsIn('es', ev));
      for (const figure of text.match(/\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?/g) ?? []) {
        expect(english, `${text}\n${english}`).toContain(figure);
        expect(spanish.replace(/(\d),(\d)/g, '$1.$2'), `${text}\n${spanish}`).toContain(figure);
      }
      expect(spanish).not.toMatch(/\b(Completed|left out|at most|count)\b/);
    }
    expect(templates.size).toBeGreaterThanOrEqual(10);
  });

  it('says the as-of day and the rule pack in plain words', () => {
    const t = translator('en');
    const ev = reasons[0]!.ev;
    const text = render(
      reasonMessage('Completed 2026-03-01, after the as-of date 2026-02-01: not counted yet.', ev.pointName),
      { ...wordsIn('en', ev), t },
    );
    expect(text).toBe(
      'Completed <2026-03-01>, after <2026-02-01>, the day this standing is worked out for: not counted yet.',
    );
  });
});
