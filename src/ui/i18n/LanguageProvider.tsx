import { type ReactNode, useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { localeOf, pickLanguage } from '../../domain/i18n/languages';
import { setDisplayLocale } from '../components/format';
import { setCurrentLanguage } from './current';
import { createI18n } from '../../domain/i18n/translator';

/**
 * The window's language: the system's (Electron reports it as the browser's language),
 * Spanish for any Spanish locale, English otherwise. Every component below reads its
 * words with `useTranslation()`.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useMemo(() => pickLanguage(navigator.languages ?? [navigator.language]), []);
  const i18n = useMemo(() => {
    setDisplayLocale(localeOf[language]);
    setCurrentLanguage(language);
    return createI18n(language);
  }, [language]);
  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
