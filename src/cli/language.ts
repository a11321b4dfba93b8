import { isLanguage, type Language, localeOf, pickLanguage } from '../domain/i18n/languages';
import { type MessageKey, type MessageValues, translator } from '../domain/i18n/translator';

/**
 * The language `ceu` speaks: `--lang es|en` (anywhere on the line), else CEU_LANG, else
 * the terminal's locale (LC_ALL, LC_MESSAGES, LANG), else English. JSON output is a
 * contract and stays English whatever the language.
 */
export function chooseCliLanguage(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { language: Language; rest: string[]; refused?: string } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      asked = argv[i + 1] ?? '';
      i += 1;
    } else if (arg.startsWith('--lang=')) {
      asked = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
    }
  }
  const fromSystem = pickLanguage([env.CEU_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]);
  if (asked === undefined) return { language: fromSystem, rest };
  const language = asked.trim().toLowerCase();
  if (isLanguage(language)) return { language, rest };
  return { language: fromSystem, rest, refused: asked };
}

let current: Language = 'en';
let said = translator('en');

/** Sets the language every later `say` uses (once, when a command starts). */
export function setCliLanguage(language: Language): void {
  current = language;
  said = translator(language);
}

export function cliLanguage(): Language {
  return current;
}

export function cliLocale(): string {
  return localeOf[current];
}

/** A message of the catalogs in the command line's language. */
export function say(key: MessageKey, values?: MessageValues): string {
  return said(key, values);
}
