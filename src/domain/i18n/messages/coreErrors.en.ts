/** Core's messages to the person, as catalog keys: the window, the CLI and the dialogs say them in their language. */
export const coreErrors = {
  openItems:
    "{count, plural, one {One thing is still open for this packet. Fix it first, or export anyway: the packet's cover will then list it.} other {# things are still open for this packet. Fix them first, or export anyway: the packet's cover will then list them.}}",
  certificateProblems:
    '{count, plural, one {One certificate} other {# certificates}} could not be read, so the packet was not saved. Attach a readable copy, enter the password, or export with a placeholder page for each.',
  packetCancelled: 'The packet export was cancelled. No file was saved.',
  nameFirst:
    'Enter your name first, exactly as it is printed on your certificates: the packet shows it on the cover and on every page.',
  notChecked:
    'The {credential} credential could not be checked against its rules, so no packet can be made for it. Open the credential and choose its rule pack again.',
  auditOtherCredential:
    "That audit is for another credential, not {credential}. Choose the audit's own credential.",
  sampleNotEmpty:
    'Your portfolio already has {credentials, plural, one {# credential} other {# credentials}} and {activities, plural, one {# activity} other {# activities}}, and the sample can only be loaded into an empty portfolio. Nothing was changed. To try the sample, use a new data folder.',
  sampleHasHolder:
    "This portfolio is already {name}'s, and the sample can only be loaded into a new, empty portfolio, so its invented courses never mix with your own. Nothing was changed. To try the sample, use a new data folder.",
  notTheSample:
    'This portfolio is your own, not the sample, so nothing was removed. To delete something, delete it where it is shown.',
  activitiesGone:
    '{count, plural, one {One of the chosen activities no longer exists} other {# of the chosen activities no longer exist}}; nothing was changed. Choose again from the list.',
  notClaimed:
    '{count, plural, one {One chosen activity is} other {# chosen activities are}} not claimed for this credential. Choose activities from its own list.',
  notCertificateId: 'That is not a certificate id.',
  invalidOverrides: 'The changes made to the {credential} rules for this credential are not valid: {issues}',
  invalidOverridesInPortfolio:
    'The changes made to the {credential} rules for this credential are not valid: {issues}. Open that credential in the app and correct or remove those changes.',
  invalidOverridesForPacket:
    'The changes made to the {credential} rules for this credential are not valid: {issues}. Open the credential and correct or remove those changes.',
  credentialLabel: '{credential} credential{number, select, none {} other { {number}}}',
  packGone:
    'Your {label} uses the rule pack "{pack}", which is no longer available. Open Credentials and choose another rule pack for it.',
  pdfPassword:
    'This PDF is protected by a password, so it cannot be read. Open it, save or print it as a new PDF without a password, and try again.',
  pdfDamaged:
    'This PDF could not be read: it seems damaged or is not really a PDF. Download or export the certificate again and try the new file.',
  fileUnopenable:
    'The file {name} could not be opened. Check that it exists and that you may read it, and try again.',
  notCertificateFile:
    '{name} is not a certificate file this app can read. Use a PDF, JPEG, PNG, HEIC/HEIF or WebP file.',
  heicDamaged:
    'This HEIC photo could not be opened: it seems damaged. On the phone, share or export it as JPEG and try again.',
  pictureDamaged:
    'This picture could not be opened: it seems damaged. Take or export the picture again and try the new file.',
  fixEntered: 'Some of what was entered needs fixing before it can be saved ({list}). Nothing was changed.',
  lockedUnknown:
    'Another program is writing to this portfolio ({dataDir}); wait for it to finish and try again.',
  lockedByApp: 'CEU Portfolio (the app) has this portfolio open; close it and try again.',
  lockedByCli:
    'Another ceu command ({command}, pid {pid}) is writing to this portfolio; wait for it to finish and try again.',
  importIsFolder: '{file} is a folder. Choose the portfolio.json file inside it.',
  importNotAFile:
    '{file} {kind, select, pipe {is a named pipe, not a file.} device {is a device, not a file.} socket {is a socket, not a file.} other {is not a file.}} Choose a portfolio.json file.',
  importMissing: 'The file {file} does not exist. Check the name and the folder, then try again.',
  importUnreadable: 'The file {file} cannot be read ({reason}).',
  importInvalid:
    'Nothing was imported: {label} has {count, plural, one {a problem} other {# problems}}. Fix every problem listed and import the file again.',
  importInvalidFirst:
    'Nothing was imported: {label} has {count, plural, one {a problem} other {# problems}} (the first: {path}: {problem}). Fix every problem listed and import the file again.',
  thePortfolioFile: 'the portfolio file',
  exportTargetIsFile: '{dir} is a file, not a folder. Choose an empty folder to export to.',
  exportFolderUnopenable: 'The folder {dir} cannot be opened ({reason}). Choose another folder.',
  exportFolderNotEmpty:
    'The folder {dir} already has other files in it, and it is not an earlier CEU Portfolio export. Choose an empty folder (or make a new one) so nothing in it is overwritten.',
  exportCertificateItem: '"{file}" ({count, plural, one {activity} other {activities}} {titles})',
  listJoin: '{first}, {rest}',
  exportCertificates:
    'Nothing was exported: {count, plural, one {a certificate file is} other {# certificate files are}} missing or damaged in the data folder: {list}. Attach {count, plural, one {it} other {them}} again, then export.',
  databaseTooNew:
    'This portfolio ({file}) was saved by a newer version of CEU Portfolio (data version {version}; this app understands up to {newest}). Install the latest version of the app to open it. Nothing in it has been changed.',
  notCeuDatabase:
    '{file} is not a CEU Portfolio database or it is damaged ({reason}). Restore it from a backup, or choose another data folder.',
  databaseDamaged:
    'The portfolio database ({file}) is damaged, so CEU Portfolio has not opened it and has changed nothing. Restore your latest backup (the app offers to when it starts; also Portfolio > Backups… in the app, or "ceu restore"), then add anything you entered since.',
  builtInPackId:
    '"{id}" is the id of a built-in rule pack. Choose another id for your own pack; to change a built-in pack for your credential, edit the credential\'s overrides instead.',
  packInUse:
    'This rule pack is used by {count, plural, one {# credential} other {# credentials}}{trashed, plural, =0 {} one { (# of them in the trash: empty the trash or restore and change it)} other { (# of them in the trash: empty the trash or restore and change them)}}. Change or delete those credentials first.',
  notInTrash:
    'That {kind, select, activity {activity} other {credential}} is no longer in the trash: it was restored already, or removed for good after {days} days or when the trash was emptied.',
  fileMoved:
    'That file is no longer where the app saved it. Export the packet again, or find it in your folders.',
  somethingWentWrong:
    'Something went wrong and that did not work. Nothing you had saved was changed. Try again; if it keeps happening, restart CEU Portfolio.',
  fieldProblem: '{path}: {problem}',
  listJoinSemicolon: '{first}; {rest}',
  jobRunning: 'This job is already running. Wait for it to finish or cancel it.',
} as const;
