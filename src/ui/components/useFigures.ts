import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { daysLeftText, relativeDaysText } from '../../domain/i18n/figures';
import { pointWordOf } from '../../domain/i18n/standing-words';
import type { MessageKey } from '../../domain/i18n/translator';

/** Days left, days from now and a credential's word for its credit, in the window's language. */
export function useFigures() {
  const { t } = useTranslation();
  return useMemo(() => {
    const translate = (key: MessageKey, values?: Record<string, string | number>) => t(key, values ?? {});
    return {
      daysLeft: (daysLeft: number) => daysLeftText(daysLeft, translate),
      relativeDays: (isoDate: string, asOf: string) => relativeDaysText(isoDate, asOf, translate),
      /** "points", "point", "CE credits" for a count. */
      pointWord: (pointName: string, count: number) => pointWordOf(pointName, count, translate),
    };
  }, [t]);
}
