/** Backup and restore messages from core, as catalog keys (the window, the CLI and the dialogs say them). */
export const backupErrors = {
  cancelled:
    '{what, select, backup {The backup} snapshot {The snapshot} other {The restore}} was cancelled. Nothing was changed, and no partial file was left behind.',
  backupCancelled: 'The backup was cancelled. No backup file was saved.',
  snapshotCancelled: 'The snapshot was cancelled. Nothing was added to the backup folder.',
  restoreCancelled: 'The restore was cancelled. Your portfolio was not changed.',
  certificateMissingForBackup:
    'The certificate file {id}… is missing or damaged in the data folder, so no backup was saved. Attach it again in the app, then back up again.',
  certificateMissingForSnapshot:
    'The certificate file {id}… is missing from the data folder, so no snapshot was taken. Attach it again in the app, then take the snapshot again.',
  certificateChangedForSnapshot:
    'The certificate file {id}… has been changed or damaged on disk, so no snapshot was taken. Attach it again in the app, then take the snapshot again.',
  backupFolderNotWritable:
    'The backup folder {folder} cannot be written to ({code}). Choose another backup folder in Settings.',
  madeByNewerVersion:
    '{where} was made by a newer version of CEU Portfolio. Install the latest version of the app to restore it. Nothing was changed.',
  savedByNewerVersion:
    '{where} was saved by a newer version of CEU Portfolio (data version {version}; this app understands up to {newest}). Install the latest version of the app, then restore it. Nothing was changed.',
  cannotRestore: '{where} cannot be restored: {why}. Choose another backup. Nothing was changed.',
  whereFile: 'The backup file {file}',
  whereFolder: 'The folder {folder}',
  noSuchFile: 'There is no file {file}. Check the name and try again.',
  noSuchBackup: 'There is no backup at {from}. Check the name and try again. Nothing was changed.',
  notABackupFolder:
    '{folder} is not a backup: it has neither a manifest.json (a snapshot) nor a portfolio.db. Choose a .ceubackup file or a snapshot folder.',
  noRoom:
    '{where} needs {needed} GB of free space and the disk has {free} GB. Free some space and try again. Nothing was changed.',
  journalDamaged:
    'A restore into {dataDir} was interrupted and its record ({journal}) is damaged. Restore the backup again; your earlier portfolio may be in {previous}.',
  folderIsPortfolio:
    'That folder holds your portfolio itself. Choose another folder, for example one your cloud drive keeps in sync or a USB drive.',
  setAsideGone: 'The portfolio that restore set aside is no longer in the data folder.',
  snapshotGone:
    'That backup is no longer in your backup folder. Open Backups again to see the ones there are.',
  why: {
    notAFile: 'it is not a file',
    manifestUnreadable: 'its list of files (manifest.json) cannot be read',
    manifestForm: 'its list of files (manifest.json) is not in the expected form',
    notOneDatabase: 'it does not hold exactly one portfolio database',
    listedTwice: 'it lists the same file twice',
    notNamedByContents: '{name} is not named after its contents',
    tooLarge: '{name} is larger than any certificate can be',
    noManifestFirst: 'it does not start with its list of files (manifest.json)',
    manifestTooLarge: 'its list of files is too large',
    unlisted: 'it holds {name}, which its list of files does not name (or names twice)',
    wrongSize: '{name} is {size} bytes but its list of files says {expected}',
    checksum: '{name} does not match its checksum (the file is damaged)',
    incompleteFile: 'it is not a complete CEU Portfolio backup file',
    empty: 'it is empty',
    missingFiles:
      '{more, plural, =0 {it is incomplete ({first} is missing)} other {it is incomplete ({first} and # more are missing)}}',
    absolutePath: 'it holds an entry with an absolute path ({name})',
    outside: 'it holds an entry that points outside its folder ({name})',
    notPlainEntry:
      '{kind, select, link {it holds a link ({name}); a backup holds only plain files} folder {it holds a folder ({name}); a backup holds only plain files} device {it holds a device ({name}); a backup holds only plain files} other {it holds an entry of an unknown kind ({name}); a backup holds only plain files}}',
    notBackupEntry: 'it holds {name}, which is not a file a backup can contain',
    databaseUnreadable: 'its portfolio.db cannot be read',
    missing: '{name} is missing',
    notPlainFile: '{name} is not a plain file',
    databaseUnopenable: 'its database cannot be opened',
    notSqlite: 'its database is not an SQLite database',
    databaseDamaged: 'its database is damaged ({check})',
    notCeuDatabase: 'its database is not a CEU Portfolio database',
    certificateMissing: 'the certificate {id}… that it names is missing',
  },
} as const;
