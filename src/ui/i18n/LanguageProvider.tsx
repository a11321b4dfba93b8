import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type Language, type LanguageChoice, localeOf, pickLanguage } from '../../domain/i18n/languages';
import { createI18n } from '../../domain/i18n/translator';
import { call } from '../api/client';
import { setDisplayLocale } from '../components/format';
import { setCurrentLanguage } from './current';

type LanguageState = {
  /** The person's choice: 'system' until they pick one. */
  choice: LanguageChoice;
  /** The language 'system' means on this computer. */
  systemLanguage: Language;
  /** Remembers a new choice and switches the window to it. */
  choose(choice: LanguageChoice): Promise<void>;
};

const LanguageContext = createContext<LanguageState | null>(null);

/** The language choice and how to change it, for the language switch. */
export function useLanguageChoice(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguageChoice needs a LanguageProvider above it.');
  return state;
}

/**
 * The window's language: the one the person chose in the app (remembered in
 * settings.json), or the system's (Spanish for any Spanish locale, English otherwise).
 * The system's comes from the main process, as Electron reports it, and falls back to
 * the browser's own. Every component below reads its words with `useTranslation()`.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const browser = useMemo(() => pickLanguage(navigator.languages ?? [navigator.language]), []);
  const [loaded, setLoaded] = useState<{ choice: LanguageChoice; system: Language } | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('getLanguage', undefined)
      .then(({ choice, system }) => {
        if (!cancelled) setLoaded({ choice, system: system.length > 0 ? pickLanguage(system) : browser });
      })
      // Without an answer (the API not reachable) the window still opens, in the browser's language.
      .catch(() => !cancelled && setLoaded({ choice: 'system', system: browser }));
    return () => {
      cancelled = true;
    };
  }, [browser]);

  const language: Language = !loaded ? browser : loaded.choice === 'system' ? loaded.system : loaded.choice;
  const i18n = useMemo(() => {
    setDisplayLocale(localeOf[language]);
    setCurrentLanguage(language);
    return createI18n(language);
  }, [language]);
  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const state = useMemo<LanguageState>(
    () => ({
      choice: loaded?.choice ?? 'system',
      systemLanguage: loaded?.system ?? browser,
      choose: async (choice) => {
        const saved = await call('setLanguage', { choice });
        setLoaded((current) => ({ choice: saved.choice, system: current?.system ?? browser }));
      },
    }),
    [loaded, browser],
  );

  // A moment's wait for the remembered choice, so the window never flashes in the other language.
  if (!loaded) return null;
  return (
    <LanguageContext.Provider value={state}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </LanguageContext.Provider>
  );
}
