import { describe, expect, it } from 'vitest';
import type { CredentialEvaluation } from '../../src/domain/evaluation';
import {
  deadlineMessages,
  headlineMessage,
  needMessages,
  pointWordOf,
  render,
  type Words,
} from '../../src/domain/i18n/standing-words';
import { translator } from '../../src/domain/i18n/translator';
import { packPhrase } from '../../src/domain/i18n/pack-words';
import { builtInRulePacks, evaluatePortfolio } from '../../src/domain/rules';
import { formatNumber } from '../../src/domain/units';
import { allPacks, generatedPortfolio } from './generated-portfolios';

/** The engine's own way of writing dates and money, so English must come out word for word. */
function engineWords(ev: CredentialEvaluation): Words {
  const t = translator('en');
  return {
    t,
    date: (iso) => iso,
    money: (amount) => `$${formatNumber(amount)}`,
    pointWord: (count) => pointWordOf(ev.pointName, count, t),
    category: (key) => ev.categories.find((c) => c.key === key)?.label ?? key,
    packText: (text) => text,
    kind: (kind) => kind,
    unit: (unit) => unit,
  };
}

function evaluations(): CredentialEvaluation[] {
  const all: CredentialEvaluation[] = [];
  for (const seed of [1, 2, 3, 4]) {
    const portfolio = generatedPortfolio(seed, 120, 8);
    for (const asOf of ['2020-02-01', '2024-06-30', '2026-12-05', '2029-01-15'])
      all.push(...evaluatePortfolio({ ...portfolio, packs: allPacks, asOf }));
  }
  return all;
}

describe('where a credential stands, as messages', () => {
  const all = evaluations();

  it('says in English exactly what the engine says, for every status, need and deadline', () => {
    const statuses = new Set<string>();
    let deadlines = 0;
    for (const ev of all) {
      const words = engineWords(ev);
      statuses.add(ev.status);
      expect(render(headlineMessage(ev), words), `${ev.rulePackId} ${ev.status}`).toBe(ev.headline);
      if (ev.status !== 'complete') expect(needMessages(ev).map((m) => render(m, words))).toEqual(ev.needs);
      for (const deadline of ev.deadlines) {
        const { label, note } = deadlineMessages(ev, deadline);
        expect(render(label, words)).toBe(deadline.label);
        expect(render(note, words)).toBe(deadline.note);
        deadlines++;
      }
    }
    expect([...statuses].sort()).toEqual(
      ['behind', 'complete', 'due_soon', 'grace', 'just_started', 'lapsed', 'not_started', 'on_track'].filter(
        (s) => statuses.has(s),
      ),
    );
    expect(statuses.size).toBeGreaterThanOrEqual(6);
    expect(deadlines).toBeGreaterThan(100);
  });

  it('leaves no built-in deadline in the engine’s English: each has its own words', () => {
    for (const ev of all.filter((e) => !e.rulePackId.startsWith('custom'))) {
      for (const deadline of ev.deadlines) {
        const { label, note } = deadlineMessages(ev, deadline);
        expect('asWritten' in label, deadline.label).toBe(false);
        expect('asWritten' in note, deadline.note).toBe(false);
      }
      expect('asWritten' in headlineMessage(ev)).toBe(false);
    }
  });

  it('reads in Spanish with dates in the Spanish locale', () => {
    const t = translator('es');
    const ev = all.find((e) => e.status === 'due_soon')!;
    const words: Words = {
      t,
      date: (iso) =>
        new Intl.DateTimeFormat('es-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
      money: (amount) => `$${amount}`,
      pointWord: (count) => pointWordOf(ev.pointName, count, t),
      category: (key) => key,
      packText: (text) => packPhrase(text, t),
      kind: (kind) => kind,
      unit: (unit) => unit,
    };
    const headline = render(headlineMessage(ev), words);
    expect(headline).toMatch(/^Vence pronto: le faltan .+ a más tardar el \d+ .+ \d{4}\.$/);
    expect(headline).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('a lapsed credential’s ways back', () => {
  it('are said in Spanish, fee and reactivation progress included, with no English left', () => {
    const t = translator('es');
    const lapsed = evaluations().filter(
      (ev) => ev.status === 'lapsed' && builtInRulePacks.some((pack) => pack.id === ev.rulePackId),
    );
    const withProgress = lapsed.filter((ev) => ev.routesBack?.some((route) => route.progress));
    expect(lapsed.length).toBeGreaterThan(0);
    expect(withProgress.length).toBeGreaterThan(0);
    for (const ev of lapsed) {
      const words: Words = {
        ...spanishWordsFor(ev, t),
        date: (iso) =>
          new Intl.DateTimeFormat('es-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
      };
      const needs = needMessages(ev).map((message) => render(message, words));
      expect(needs).toHaveLength(ev.needs.length);
      for (const need of needs) {
        expect(need, ev.rulePackId).not.toMatch(/\b(Fee|If you apply|still needed|already cover)\b/);
        expect(need, ev.rulePackId).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
    const progress = withProgress[0]!;
    const said = needMessages(progress).map((message) => render(message, spanishWordsFor(progress, t)));
    expect(said.join(' ')).toMatch(/Si presenta la solicitud el/);
  });
});

function spanishWordsFor(ev: CredentialEvaluation, t: ReturnType<typeof translator>): Words {
  return {
    t,
    date: (iso) => iso,
    money: (amount) => `$${amount}`,
    pointWord: (count) => pointWordOf(ev.pointName, count, t),
    category: (key) => key,
    packText: (text) => packPhrase(text, t),
    kind: (kind) => kind,
    unit: (unit) => unit,
  };
}

describe('a built-in rule pack’s own words', () => {
  it('each fee and way to apply has Spanish words', () => {
    const es = translator('es');
    for (const pack of builtInRulePacks) {
      for (const text of [...pack.fees.map((f) => f.label), ...pack.processing.map((p) => p.label)])
        expect(packPhrase(text, es), `${pack.id}: ${text}`).not.toBe(text);
    }
  });
});
