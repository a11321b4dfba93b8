import { format, isValid, parse } from 'date-fns';

/** The ways people type a date: ISO as on many certificates, US style, or as the field shows it. */
const acceptedFormats = [
  'yyyy-MM-dd',
  'M/d/yyyy',
  'M-d-yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
];

/** Reads a typed date into YYYY-MM-DD, or null when it is not a date in any accepted form. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  for (const pattern of acceptedFormats) {
    const date = parse(value, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200)
      return format(date, 'yyyy-MM-dd');
  }
  return null;
}
