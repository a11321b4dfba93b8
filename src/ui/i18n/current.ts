import type { Language } from '../../domain/i18n/languages';
import { type MessageKey, type MessageValues, translator } from '../../domain/i18n/translator';

/**
 * The window's language for code outside React (the API client's own messages):
 * LanguageProvider sets it before anything renders.
 */
let current = translator('en');

export function setCurrentLanguage(language: Language): void {
  current = translator(language);
}

/** A message in the window's language. */
export function tNow(key: MessageKey, values?: MessageValues): string {
  return current(key, values);
}
