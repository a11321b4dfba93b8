import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../domain/evaluation';
import { packPhrase } from '../../domain/i18n/pack-words';
import { reasonMessage } from '../../domain/i18n/reason-words';
import {
  approvedMessage,
  deadlineMessages,
  headlineMessage,
  needMessages,
  pointWordOf,
  render,
  type StandingFacts,
  type Words,
} from '../../domain/i18n/standing-words';
import type { MessageKey } from '../../domain/i18n/translator';
import { formatDate, formatMoney } from './format';
import { useVocabulary } from './useVocabulary';

/** A credential's headline, needs and deadlines in the window's language and locale. */
export function useStandingWords() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return useMemo(() => {
    const translate = (key: MessageKey, values?: Record<string, string | number>) => t(key, values ?? {});
    const words = (ev: Pick<StandingFacts, 'pointName' | 'categories'>): Words => ({
      t: translate,
      date: formatDate,
      money: formatMoney,
      pointWord: (count) => pointWordOf(ev.pointName, count, translate),
      category: (key) =>
        vocabulary.category(key, ev.categories.find((category) => category.key === key)?.label),
      packText: (text) => packPhrase(text, translate),
      kind: vocabulary.kind,
      unit: vocabulary.unit,
    });
    return {
      /** A built-in rule pack's own words (a fee's name) in the window's language. */
      packText: (text: string) => packPhrase(text, translate),
      /** "AAMA-approved providers", as a label. */
      approvedLabel: (label: string) => {
        const text = render(approvedMessage(label), words({ pointName: '', categories: [] }));
        return text.charAt(0).toLocaleUpperCase() + text.slice(1);
      },
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
  }, [t, vocabulary]);
}
