import { pickLanguage } from '../../src/domain/i18n/languages';
import { type MessageKey, type MessageValues, translator } from '../../src/domain/i18n/translator';
import { loadSettings } from '../../src/core/settings';

export type Say = (key: MessageKey, values?: MessageValues) => string;

/**
 * The words for the main process's dialogs, in the language the window speaks: the
 * person's choice in the app, or the system's when they have not chosen. Read each time
 * a dialog opens, so a change of language applies at once.
 */
export function dialogWords(dataDir: string, systemLanguages: () => readonly string[] = () => []): Say {
  const choice = loadSettings(dataDir).settings.language;
  return translator(choice === 'system' ? pickLanguage(systemLanguages()) : choice);
}
