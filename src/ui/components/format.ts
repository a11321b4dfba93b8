import { differenceInCalendarDays, parseISO } from 'date-fns';
import { formatNumber } from '../../domain/units';

/**
 * How dates, money and points read everywhere in the window, so every page says them
 * the same way. Dates stay YYYY-MM-DD strings in data; these only format for display.
 */

/** The window's locale (en-US or es-US); LanguageProvider sets it before anything renders. */
let displayLocale = 'en-US';
let dateFormat = new Intl.DateTimeFormat(displayLocale, { month: 'short', day: 'numeric', year: 'numeric' });

let dateTimeFormat = new Intl.DateTimeFormat(displayLocale, { dateStyle: 'medium', timeStyle: 'short' });

export function setDisplayLocale(locale: string): void {
  displayLocale = locale;
  dateFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' });
  dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Nov 24, 2026, 3:05 PM" (or its Spanish form) in this computer's time zone, from an ISO time. */
export function formatDateTime(isoTime: string): string {
  const date = new Date(isoTime);
  return Number.isNaN(date.getTime()) ? isoTime : dateTimeFormat.format(date);
}

/** "Nov 24, 2026" (or "24 nov 2026" in Spanish) from "2026-11-24"; the input unchanged if it is not a date. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const date = parseISO(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** "in 12 days", "today", "3 days ago" relative to the evaluation's as-of date. */
export function formatRelativeDays(isoDate: string, asOf: string): string {
  const days = differenceInCalendarDays(parseISO(isoDate), parseISO(asOf));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days.toLocaleString('en-US')} days` : `${(-days).toLocaleString('en-US')} days ago`;
}

/** "1,529 days left", "Expired 12 days ago". */
export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft > 1) return `${daysLeft.toLocaleString('en-US')} days left`;
  if (daysLeft === 1) return '1 day left';
  if (daysLeft === 0) return 'Expires today';
  const ago = -daysLeft;
  return `Expired ${ago.toLocaleString('en-US')} day${ago === 1 ? '' : 's'} ago`;
}

export function formatMoney(amount: number): string {
  return amount.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  });
}

export { formatPoints } from '../../domain/units';

/** "1.5" points a month: a pace is a rough guide, so one decimal at most. */
export function formatPace(pointsPerMonth: number): string {
  return formatNumber(Math.round(pointsPerMonth * 10) / 10);
}

/** A share from 0 to 100 for progress bars; a requirement of zero is already met. */
export function percent(counted: number, required: number): number {
  if (required <= 0) return 100;
  return Math.max(0, Math.min(100, (counted / required) * 100));
}
