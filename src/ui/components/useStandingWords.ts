import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { standingSayer } from '../../domain/i18n/standing-sayer';
import type { MessageKey } from '../../domain/i18n/translator';
import { formatDate, formatMoney } from './format';

/** A credential's headline, needs and deadlines in the window's language and locale. */
export function useStandingWords() {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      standingSayer(
        (key: MessageKey, values?: Record<string, string | number>) => t(key, values ?? {}),
        formatDate,
        formatMoney,
      ),
    // A new language makes a new `t`; the language is named too so the memo is plainly right.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}
