import { format, isValid, parseISO } from 'date-fns';
import { formatNumber, formatPoints as formatPointsInWords } from '../../domain/units';

/** "Jan 31, 2027"; the input unchanged when it is not a date. */
export function formatDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'MMM d, yyyy') : isoDate;
}

/** "January 31, 2027". */
export function formatLongDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'MMMM d, yyyy') : isoDate;
}

export function formatPoints(value: number): string {
  return formatNumber(Math.round(value * 100) / 100);
}

/** "12 points", "1 point", using the pack's own word for a unit of credit. */
export function formatPointsWithName(value: number, pointName: string): string {
  return formatPointsInWords(value, pointName, formatPoints(value));
}
