import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import type { KeyOf } from './catalog';
import { isLanguage, type Language, localeOf } from './languages';
import { type EnglishCatalog, en } from './messages/en';
import { es } from './messages/es';

/** A key of the message catalogs ("trash.title"). */
export type MessageKey = KeyOf<EnglishCatalog>;
/**
 * A value a message fills in: a name or a count; a message of its own (a reason inside a
 * sentence, said in the same language); or a date (YYYY-MM-DD) written out in the
 * language's long form ("March 5, 2026", "5 de marzo de 2026").
 */
export type MessageValue = string | number | NestedMessage | { date: string };
/** A message inside another one's values, as core sends it (the key travels as a string). */
export interface NestedMessage {
  key: string;
  values?: MessageValues;
}
/** Values a message fills in. */
export type MessageValues = Record<string, MessageValue>;
/** A message as a key of the catalogs with its values; a value may itself be a message. */
export interface Said {
  key: MessageKey;
  values?: Record<string, MessageValue | Said>;
}

export const catalogs = { en, es } as const;

/**
 * An i18next instance for one language, with ICU MessageFormat (plurals by the
 * language's own rules) and English as the fallback for a key a catalog lacks. The
 * window, the CLI and the main process each make their own.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    resources: { en: { translation: en }, es: { translation: es } },
    // Messages are plain text shown by React or a terminal: nothing to escape here.
    interpolation: { escapeValue: false },
    // Numbers inside messages in the person's locale: es-US writes 1.5, as US certificates do.
    i18nFormat: { parseLngForICU: (lng: string) => (isLanguage(lng) ? localeOf[lng] : lng) },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** A plain function that renders a key in one language, for code outside React. */
export function translator(language: Language): (key: MessageKey, values?: MessageValues) => string {
  const instance = createI18n(language);
  const longDate = new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' });
  const say = (key: MessageKey, values?: MessageValues): string => {
    if (!values) return instance.t(key, { lng: language, locale: localeOf[language] });
    const flat: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values)) {
      if (typeof value !== 'object') flat[name] = value;
      else if ('date' in value) flat[name] = dateInWords(value.date, longDate);
      else flat[name] = say(value.key as MessageKey, value.values);
    }
    return instance.t(key, { ...flat, lng: language, locale: localeOf[language] });
  };
  return say;
}

let inEnglish: ReturnType<typeof translator> | null = null;

/** A message's English, as the app has always written it (logs, JSON, older callers). */
export function english(said: Said): string {
  inEnglish ??= translator('en');
  return inEnglish(said.key, said.values);
}

function dateInWords(iso: string, format: Intl.DateTimeFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(at) ? iso : format.format(at);
}
