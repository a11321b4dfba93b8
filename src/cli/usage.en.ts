/**
 * What `ceu` says about itself, in English. Kept in one place so `ceu help`, usage errors
 * and docs/cli.md say the same thing; usage.es.ts says it in Spanish, key for key.
 */
const dataDir = "  --data-dir DIR   the portfolio folder (default: $CEU_DATA_DIR, else the app's own folder)";

export const englishCommandUsage = {
  renew: [
    'ceu renew ID --on YYYY-MM-DD [--by ce|exam] [--data-dir DIR]',
    'ceu renew ID --undo [--data-dir DIR]',
    '  Records that you renewed (or reactivated) credential ID on that day: the current cycle',
    '  is kept with what counted in it, and the next cycle starts by its rules.',
    '  --on DATE        the day you renewed (today or earlier)',
    '  --by ce|exam     with continuing education (default) or by passing the exam again',
    '  --undo           undo the last renewal of that credential',
    dataDir,
  ].join('\n'),
  status: [
    'ceu status [--data-dir DIR] [--as-of YYYY-MM-DD] [--json]',
    '  Where each credential stands: headline, credit by category, approved providers,',
    '  deadlines, and activities that do not count with the reasons.',
    dataDir,
    '  --as-of DATE     check as of this date instead of today',
    '  --json           print { asOf, credentials } as JSON (see docs/status-json.md)',
  ].join('\n'),
  credentials: [
    'ceu credentials [--data-dir DIR]',
    '  Lists your credentials with their ids (for ceu packet --credential ID).',
    dataDir,
  ].join('\n'),
  packet: [
    'ceu packet --credential ID --out FILE [options]',
    '  Writes the recertification packet PDF for one credential.',
    '  --credential ID            the credential (see ceu credentials)',
    '  --out FILE                 where to save the PDF',
    dataDir,
    '  --as-of DATE               date prepared, and the date the credit is checked as of',
    '  --include-not-counted      list activities that do not count, with reasons (default)',
    '  --no-include-not-counted   leave that section out',
    '  --manifest                 add a page listing each certificate file and its SHA-256',
    '  --allow-placeholders       save even if some certificates cannot be read,',
    '                             with a placeholder page for each',
    '  --password SHA=PASSWORD    the password of a protected certificate PDF (repeatable;',
    '                             SHA is its SHA-256 or the first 8+ characters of it)',
    "  --audit ID                 an audit response: only the audit's activities, with its",
    '                             reference number and deadline on the cover',
  ].join('\n'),
  sample: [
    'ceu sample [--clear] [--data-dir DIR]',
    '  Loads the sample portfolio into an empty portfolio folder (created if needed).',
    '  --clear                    removes the sample (what you added yourself stays)',
    dataDir,
  ].join('\n'),
  import: [
    'ceu import FILE [--data-dir DIR]',
    '  Adds a portfolio file (docs/portfolio-json.md) and its certificates to the portfolio.',
    '  The whole file is checked first; if anything is wrong, nothing is imported.',
    dataDir,
  ].join('\n'),
  export: [
    'ceu export DIR [--data-dir DIR]',
    'ceu export --csv FILE [--data-dir DIR]',
    '  Writes DIR/portfolio.json and DIR/certificates/ (an empty folder, or an earlier export).',
    '  --csv FILE       writes the activity log as a spreadsheet (CSV, one row per credit)',
    dataDir,
  ].join('\n'),
  backup: [
    'ceu backup --out FILE.ceubackup [--data-dir DIR]',
    'ceu backup --snapshot [--to FOLDER] [--data-dir DIR]',
    '  --out FILE       writes the whole portfolio (database and certificates) to one file',
    '  --snapshot       takes a snapshot into the backup folder (set in the app; default',
    '                   DIR/backups), copying only certificates not already there, then',
    '                   removes old snapshots (keeping 7 daily and 8 weekly by default)',
    '  --to FOLDER      take the snapshot into FOLDER instead',
    dataDir,
  ].join('\n'),
  backups: [
    'ceu backups [--data-dir DIR] [--from FOLDER] [--json]',
    '  Lists the snapshots in the backup folder, newest first.',
    dataDir,
    '  --from FOLDER    list the snapshots in FOLDER instead',
    '  --json           print { folder, snapshots } as JSON',
  ].join('\n'),
  restore: [
    'ceu restore FILE|SNAPSHOT_FOLDER [--data-dir DIR]',
    '  Replaces the portfolio with a backup file, a snapshot folder, or a folder kept by an',
    '  earlier restore. Everything is checked first; the portfolio it replaces is kept in',
    '  DIR/previous/, so a restore can be undone by restoring from there.',
    dataDir,
  ].join('\n'),
  verify: [
    'ceu verify [--data-dir DIR] [--json]',
    '  Checks the whole portfolio: the database, every certificate file against its',
    '  SHA-256, and files nothing uses. Read only; works while the app is open.',
    '  Exit 0 when everything is in order, 1 with the list of problems.',
    dataDir,
    '  --json           print { activities, certificatesChecked, problems } as JSON',
  ].join('\n'),
  read: [
    'ceu read FILE... [--json]',
    '  Reads certificates (PDF, or a photo or scan: JPEG, PNG, HEIC, WebP) on this computer',
    '  and shows the name, course, date, credit and numbers it found. Nothing is sent',
    '  anywhere and nothing is added to the portfolio. Values marked "please check" were',
    '  read with less certainty. Exit 1 if a file could not be read.',
    '  --json           print { certificates } as JSON (see docs/read-json.md)',
  ].join('\n'),
  schema: [
    'ceu schema',
    '  Prints the JSON Schema of the portfolio file format (docs/portfolio.schema.json).',
  ].join('\n'),
} satisfies Record<string, string>;

export type CommandName = keyof typeof englishCommandUsage;
