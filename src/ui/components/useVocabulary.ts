import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey, MessageValues } from '../../domain/i18n/translator';
import { vocabularyOf, type Vocabulary } from '../../domain/i18n/vocabulary';

/** Kinds, units and categories in the window's language. */
export function useVocabulary(): Vocabulary {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => vocabularyOf((key: MessageKey, values?: MessageValues) => t(key, values ?? {})),
    // A new language makes a new `t`; the language is named too so the memo is plainly right.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}
