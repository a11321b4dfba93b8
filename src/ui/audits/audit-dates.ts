import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';

/** "12 days left", "due today", "3 days overdue", in the person's language. */
export function dueText(t: TFunction, dueOn: string, today: string): string {
  const days = differenceInCalendarDays(parseISO(dueOn), parseISO(today));
  return days >= 0 ? t('audits.dueIn', { days }) : t('audits.overdue', { days: -days });
}

/** Today on this computer, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
