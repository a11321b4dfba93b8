import { daysBetween } from '../rules/cycle';
import type { MessageKey } from './translator';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** "1,529 days left", "Expires today", "Expired 12 days ago". */
export function daysLeftText(daysLeft: number, t: Translate): string {
  if (daysLeft > 0) return t('figures.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return t('figures.expiresToday');
  return t('figures.expiredAgo', { count: -daysLeft });
}

/** "in 12 days", "today", "3 days ago", counted from `asOf` (YYYY-MM-DD), not from the clock. */
export function relativeDaysText(isoDate: string, asOf: string, t: Translate): string {
  const days = daysBetween(asOf, isoDate);
  if (days === 0) return t('figures.today');
  if (days === 1) return t('figures.tomorrow');
  if (days === -1) return t('figures.yesterday');
  return days > 0 ? t('figures.inDays', { count: days }) : t('figures.daysAgo', { count: -days });
}
