import { z } from 'zod';

/**
 * The languages CEU Portfolio speaks. Every word on screen (the window, dialogs, menus,
 * notifications, the CLI) comes from a message catalog in each of them; the packet stays
 * in English, since it is for the certifying body.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** The locale numbers, dates and money are formatted in: people in the US, in either language. */
export const localeOf: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** Each language named in itself, for the language switch. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The language to use for a list of preferred locales, best first (the system's, or
 * `--lang`): the first whose language we speak ("es-MX" → es), English otherwise.
 */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): Language {
  for (const locale of preferred) {
    const language = locale?.trim().toLowerCase().split(/[-_.]/)[0];
    if (isLanguage(language)) return language;
  }
  return 'en';
}

/** The window's language: the system's (the default), or the one the person chose. */
export const languageChoiceSchema = z.enum(['system', 'en', 'es']);
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;
