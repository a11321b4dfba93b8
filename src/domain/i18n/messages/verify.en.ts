/** What "Check my portfolio" and `ceu verify` found, problem by problem. */
export const verify = {
  database: 'portfolio.db',
  record: '{table} record {rowid}',
  certificate: 'certificate "{fileName}" ({hash}…)',
  restore:
    'Restore your latest backup (Portfolio > Restore in the app, or "ceu restore"), then add anything you entered since.',
  damaged: 'The database is damaged. {restore}',
  brokenLink: 'It points to a {parent} record that no longer exists. {restore}',
  missing:
    'Its file is missing from the data folder. Attach the certificate again to the activities that use it, or restore a backup.',
  changed: 'Its file has been changed or damaged on disk. Attach the certificate again, or restore a backup.',
  unused:
    'No record uses this file. "Delete certificate files no activity uses" (Portfolio menu) removes it, a day after it was added.',
  leftover:
    'A save that was interrupted left this temporary file. It is removed the next time the app opens the portfolio.',
} as const;
