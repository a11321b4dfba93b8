import { cliLanguage } from './language';
import { spanishCommandUsage, spanishGeneralUsage } from './usage.es';
import { englishCommandUsage } from './usage.en';

export type { CommandName } from './usage.en';

export const englishGeneralUsage = [
  'ceu: your continuing-education portfolio from the command line',
  '',
  'Usage: ceu COMMAND [options]',
  '',
  'Commands:',
  '  status        where each credential stands (--json for scripts)',
  '  plan          the cheapest plan that finishes every credential in time',
  '  credentials   list credentials and their ids',
  '  packet        write the recertification packet PDF',
  '  sample        load the sample portfolio into an empty folder',
  '  import FILE   add a portfolio file',
  '  export DIR    write the whole portfolio to a folder',
  '  backup        save a backup file (--out) or take a snapshot (--snapshot)',
  '  backups       list the snapshots in the backup folder',
  '  restore FILE  replace the portfolio with a backup file or snapshot',
  '  renew ID      record a renewal: --on DATE [--by exam], or --undo',
  '  verify        check the database and every certificate file',
  '  read FILE...  show what a certificate says (name, course, date, credit)',
  '  remind        what is due soon (--within DAYS), for a daily task',
  '  calendar      write the dates ahead as an .ics file (--out FILE)',
  "  schema        print the portfolio file's JSON Schema",
  '  help [COMMAND]',
  '',
  'Options for every command:',
  '  --lang en|es  the language to answer in (default: $CEU_LANG, else the system language)',
  '',
  'Run "ceu help COMMAND" for its options. See docs/cli.md.',
].join('\n');

/** A command's usage in the command line's language; undefined for a command that does not exist. */
export function commandUsageOf(command: string): string | undefined {
  const usage: Record<string, string> = cliLanguage() === 'es' ? spanishCommandUsage : englishCommandUsage;
  return Object.hasOwn(usage, command) ? usage[command] : undefined;
}

export function generalUsageText(): string {
  return cliLanguage() === 'es' ? spanishGeneralUsage : englishGeneralUsage;
}
