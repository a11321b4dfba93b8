import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import type { KeyOf } from './catalog';
import { isLanguage, type Language, localeOf } from './languages';
import { type EnglishCatalog, en } from './messages/en';
import { es } from './messages/es';

/** A key of the message catalogs ("trash.title"). */
export type MessageKey = KeyOf<EnglishCatalog>;
/** Values a message fills in: names, counts, dates already formatted. */
export type MessageValues = Record<string, string | number>;

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
  return (key, values) => instance.t(key, { ...values, lng: language, locale: localeOf[language] });
}
