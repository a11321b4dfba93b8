import { parseISO } from 'date-fns';
import { formatNumber } from '../../domain/units';

/**
 * How dates, money and points read everywhere in the window, so every page says them
 * the same way. Dates stay YYYY-MM-DD strings in data; these only format for display.
 */

/** The window's locale (en-US or es-US); LanguageProvider sets it before anything renders. */
let displayLocale = 'en-US';
let dateFormat = new Intl.DateTimeFormat(displayLocale, { month: 'short', day: 'numeric', year: 'numeric' });

let dateTimeFormat = new Intl.DateTimeFormat(displayLocale, { dateStyle: 'medium', timeStyle: 'short' });

/** The window's locale, for code that formats by itself (the plan's words). */
export function getDisplayLocale(): string {
  return displayLocale;
}

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

export function formatMoney(amount: number): string {
  return amount.toLocaleString(displayLocale, {
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

/**
 * The day a rule pack's rules stand as of, for "Rules as of …": a custom pack's version
 * is the day it was saved (YYYY-MM-DD); a built-in pack's is its year and month
 * (2026.12), read as that month. Anything else is shown as written.
 */
export function formatRulesDate(version: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(version)) return formatDate(version);
  const month = /^(\d{4})\.(\d{1,2})$/.exec(version);
  if (month) {
    const date = new Date(Number(month[1]), Number(month[2]) - 1, 1);
    return new Intl.DateTimeFormat(displayLocale, { month: 'long', year: 'numeric' }).format(date);
  }
  return version;
}
