import { format, isValid, parse } from 'date-fns';
import { es } from 'date-fns/locale/es';

/**
 * The ways people type a date: ISO (as on many cards), US style, or as the field shows it.
 * Numbers are read month first, as US certificates print them (the hint says so); a date
 * that cannot be month first ("15/03/2024", as many Spanish speakers write) is read day
 * first. The field then shows the date in words, so the person sees what was read.
 */
const acceptedFormats = [
  'yyyy-MM-dd',
  'M/d/yyyy',
  'M-d-yyyy',
  'd/M/yyyy',
  'd-M-yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
];

/** As the field shows a date in Spanish ("5 dic 2026"), or written out ("5 de diciembre de 2026"). */
const spanishFormats = ['d MMM yyyy', 'd MMMM yyyy', "d 'de' MMMM 'de' yyyy", "d 'de' MMM 'de' yyyy"];

/** A typed date as YYYY-MM-DD, or null when it is not a real date in any accepted form. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  const tries = [
    ...acceptedFormats.map((pattern) => () => parse(value, pattern, new Date(2000, 0, 1))),
    // Spanish month abbreviations may carry a period ("dic."); date-fns reads them without.
    ...spanishFormats.map(
      (pattern) => () =>
        parse(
          value
            .replace(/\./g, '')
            .toLowerCase()
            .replace(/\bsept\b/, 'sep'),
          pattern,
          new Date(2000, 0, 1),
          { locale: es },
        ),
    ),
  ];
  for (const attempt of tries) {
    const date = attempt();
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200)
      return format(date, 'yyyy-MM-dd');
  }
  return null;
}
