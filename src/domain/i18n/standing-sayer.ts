import type { Deadline } from '../evaluation';
import { packPhrase } from './pack-words';
import { reasonMessage } from './reason-words';
import {
  approvedMessage,
  deadlineMessages,
  headlineMessage,
  needMessages,
  pointWordOf,
  render,
  type StandingFacts,
  type Words,
} from './standing-words';
import type { MessageKey } from './translator';
import { vocabularyOf } from './vocabulary';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * A credential's headline, needs, deadlines and reasons in one language, from a
 * translate function and the locale's date and money formatters. The window (through
 * useStandingWords) and the command line say the same things with it.
 */
export function standingSayer(
  t: Translate,
  date: (iso: string) => string,
  money: (amount: number) => string,
) {
  const vocabulary = vocabularyOf(t);
  const words = wordsFor(t, date, money);
  return {
    /** A built-in rule pack's own words (a fee's name) in this language. */
    packText: (text: string) => packPhrase(text, t),
    /** "AAMA-approved providers", as a label. */
    approvedLabel: (label: string) => {
      const text = render(approvedMessage(label), words({ pointName: '', categories: [] }));
      return text.charAt(0).toLocaleUpperCase() + text.slice(1);
    },
    pointWord: (pointName: string, count: number) => pointWordOf(pointName, count, t),
    category: (ev: Pick<StandingFacts, 'categories'>, key: string) =>
      vocabulary.category(key, ev.categories.find((category) => category.key === key)?.label),
    headline: (ev: StandingFacts) => render(headlineMessage(ev), words(ev)),
    needs: (ev: StandingFacts) => needMessages(ev).map((need) => render(need, words(ev))),
    /** Why an activity (or part of it) does not count, from the engine's sentence. */
    reason: (ev: Pick<StandingFacts, 'pointName' | 'categories'>, text: string) =>
      render(reasonMessage(text, ev.pointName), words(ev)),
    deadline: (ev: StandingFacts, deadline: Deadline) => {
      const { label, note } = deadlineMessages(ev, deadline);
      return { label: render(label, words(ev)), note: render(note, words(ev)) };
    },
  };
}
export type StandingSayer = ReturnType<typeof standingSayer>;

/** The renderer's words for one credential in one language, for rendering a `Message`. */
export function wordsFor(t: Translate, date: (iso: string) => string, money: (amount: number) => string) {
  const vocabulary = vocabularyOf(t);
  return (ev: Pick<StandingFacts, 'pointName' | 'categories'>): Words => ({
    t,
    date,
    money,
    pointWord: (count) => pointWordOf(ev.pointName, count, t),
    category: (key) =>
      vocabulary.category(key, ev.categories.find((category) => category.key === key)?.label),
    packText: (text) => packPhrase(text, t),
    kind: vocabulary.kind,
    unit: vocabulary.unit,
  });
}
