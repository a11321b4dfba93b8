import { format, isValid, parseISO } from 'date-fns';
import { formatNumber } from '../../domain/units';
import type { RulePack } from '../../domain/rule-pack';

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
  const singular = pointName.endsWith('s') ? pointName.slice(0, -1) : pointName;
  return `${formatPoints(value)} ${value === 1 ? singular : pointName}`;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** "CMA (AAMA) — Certified Medical Assistant". */
export function credentialLine(pack: RulePack): string {
  return `${pack.credential} (${pack.body}) — ${pack.name}`;
}

/** "CMA (AAMA)". */
export function credentialShort(pack: RulePack): string {
  return `${pack.credential} (${pack.body})`;
}
