import { credentials } from './credentials.en';
import { renewals } from './renewals.en';
import { audits } from './audits.en';
import { kindRules } from './kindRules.en';
import { preflight } from './preflight.en';
import { sample } from './sample.en';
import { updates } from './updates.en';
import { access } from './access.en';
import { vocabulary } from './vocabulary.en';
import { holder } from './holder.en';
import { activityForm } from './activityForm.en';
import { standing } from './standing.en';
import { figures } from './figures.en';
import { credentialPage } from './credentialPage.en';
import { packWords } from './packWords.en';
import { reasons } from './reasons.en';
import { certificates } from './certificates.en';
import { unreadable } from './unreadable.en';
import { rulePacks } from './rulePacks.en';
import { cli } from './cli.en';
import { dialogs } from './dialogs.en';
import { stages } from './stages.en';
import { verify } from './verify.en';
import { backupErrors } from './backupErrors.en';
import { importProblems } from './importProblems.en';
import { willItCount } from './willItCount.en';
import { drafts } from './drafts.en';
import { reminders } from './reminders.en';
import { plan } from './plan.en';
import { planning } from './planning.en';
import { coreErrors } from './coreErrors.en';
import { api, transfer } from './transfer.en';
import { mainMenu } from './mainMenu.en';
import { language } from './language.en';
import { errors } from './errors.en';
/**
 * Every word on screen, in English (the reference catalog). Keys are grouped by where
 * they appear; messages use ICU MessageFormat: {name} for a value, and
 * {count, plural, one {…} other {…}} for anything counted. Dates, numbers and money
 * arrive already formatted for the person's locale.
 */
export const en = {
  app: {
    name: 'CEU Portfolio',
  },
  nav: {
    label: 'Main',
    dashboard: 'Dashboard',
    activities: 'Activities',
    credentials: 'Credentials',
    rulePacks: 'Rule packs',
    packet: 'Export packet',
    trash: 'Trash',
  },
  pages: {
    dashboard: 'Dashboard',
    activities: 'Activities',
    activity: 'Activity',
    credentials: 'Credentials',
    credential: 'Credential',
    rulePacks: 'Rule packs',
    packet: 'Export packet',
    trash: 'Trash',
  },
  shell: {
    showNavigation: 'Show navigation',
    private: 'Private, on this computer only',
    skipToContent: 'Skip to content',
    dataFolder: 'Data folder',
    dataFolderUnknown: 'Data folder unknown',
    storedHere: 'Stored only on this computer',
    storedHereText:
      'Your portfolio and certificate files are kept in this folder. There is no account and nothing is sent anywhere. Back it up with “Export portfolio”.',
    copied: 'Copied',
    copyFolderPath: 'Copy folder path',
    version: 'CEU Portfolio {version}',
    openFailed: 'Your portfolio could not be opened',
    opening: 'Opening your portfolio…',
  },
  broken: {
    title: 'Something went wrong on this screen',
    text: 'Your portfolio is safe: everything you saved is still on this computer. Reload the window to carry on. If this keeps happening, note what you were doing and restart CEU Portfolio.',
    showDetails: 'Show technical details',
    hideDetails: 'Hide technical details',
    reload: 'Reload',
  },
  common: {
    didNotWork: 'That did not work',
    tryAgain: 'Try again',
    loading: 'Loading',
    print: 'Print…',
    cancel: 'Cancel',
  },
  packet: {
    englishTitle: 'Your packet is in English',
    englishText:
      'The recertification packet is written in English, because it goes to the certifying body. Everything else in the app stays in your language.',
    englishUnderstood: 'Got it',
    credentialsFailed: 'Your credentials could not be loaded',
    loadingCredentials: 'Loading your credentials',
    emptyDescription: 'A PDF with your activity log and every certificate, ready to submit.',
    addCredentialFirst: 'Add a credential first',
    addCredentialFirstText:
      'A packet is made for one credential and its current cycle. Add the credential you hold, then come back here.',
    goToCredentials: 'Go to credentials',
    description:
      'A PDF for your recertification application or an audit: a cover, your activity log and every certificate.',
    stepChoose: 'Choose what to include',
    stepCheck: 'Check certificates',
    stepPreview: 'Preview',
    stepExport: 'Export',
    check: 'Check certificates',
    checkAgain: 'Check again',
    checkHelp:
      'Opens every certificate file the packet includes, so nothing fails halfway through an export.',
    checkFailed: 'The certificates could not be checked',
    allReadable: 'Every certificate can be read',
    allReadableText: 'The packet is ready to preview and export.',
    unreadable: '{count, plural, one {One certificate cannot be read} other {# certificates cannot be read}}',
    unreadableWithPassword:
      'Type the password for each locked file and check again, or export with a placeholder page in place of each unreadable certificate.',
    unreadableFix:
      'Attach a readable copy to the activity, or export with a placeholder page in place of each unreadable certificate.',
    unreadableLabel: 'Certificates that cannot be read',
    fileColumn: 'File',
    activityColumn: 'Activity',
    problemColumn: 'Problem',
    whatToDoColumn: 'What to do',
    passwordFor: 'Password for {file}',
    fixActivity: 'Fix the activity',
    attachReadable: 'Attach a readable copy',
    placeholders: 'Export anyway, with a placeholder page for each certificate that cannot be read',
    placeholdersHelp: 'The placeholder names the file and the activity, so a reviewer knows what to ask for.',
    credential: 'Credential',
    credentialNumber: '{credential} · No. {number}',
    cycle: 'Cycle',
    loadingCycle: 'Loading the current cycle',
    currentCycle: 'The current cycle. {headline}',
    noCycle: 'The cycle could not be worked out for this credential.',
    includeNotCounted: 'Include activities that do not count',
    includeNotCountedHelp: 'A section listing them with the reason each does not count.',
    includeManifest: 'Include a list of the original files',
    includeManifestHelp:
      'A page naming the file behind every certificate, with a code that shows the file was not changed.',
    preview: 'Preview',
    previewAgain: 'Preview again',
    previewHelp: 'Shows the cover, the activity log and the first certificates as they will print.',
    previewFailed: 'The preview could not be made',
    previewOutdated:
      'You changed what the packet includes since this preview. Preview again to see the change.',
    previewLabel: 'Packet preview',
    previewPages:
      'The first {count, plural, one {page} other {# pages}} of the packet (certificates that cannot be read show as placeholder pages here):',
    export: 'Export packet…',
    exportHelp: 'You choose where to save the PDF. The app keeps working while the packet is built.',
    saved: 'Packet saved',
    savedTo: 'Saved to',
    savedSize: '{count, plural, one {# page} other {# pages}} · {size}',
    noFileChosen: 'No file was chosen, so nothing was saved. Export again when you are ready.',
    cancelling: 'Cancelling…',
    starting: 'Starting the export…',
    progressLabel: 'Packet export progress',
    progressCount: '{done} of {total}',
    cancelExport: 'Cancel export',
    cancelled: 'Export cancelled',
    notSaved: 'The packet was not saved',
    seeCertificates: '{message} The certificates are listed under “Check certificates” above.',
  },
  status: {
    complete: 'Complete',
    on_track: 'On track',
    just_started: 'Just started',
    behind: 'Behind',
    due_soon: 'Due soon',
    grace: 'Grace period',
    lapsed: 'Lapsed',
    not_started: 'Not started',
  },
  statusMeaning: {
    complete: 'You have enough credit counted to apply.',
    on_track: 'At your pace so far you will finish in time.',
    just_started: 'Early in the cycle: keep a steady pace and you will finish in time.',
    behind: 'You are behind the even pace needed to finish in time.',
    due_soon: 'Less than 90 days left and credit is still missing.',
    grace: 'Expired, but you can still renew with continuing education for now.',
    lapsed: 'Renewal by continuing education is no longer possible.',
    not_started: 'This cycle has not started yet.',
  },
  confirmDelete: {
    delete: 'Delete',
    failed: 'Could not delete',
    cancel: 'Cancel',
  },
  setup: {
    windowTitle: 'Welcome',
    title: 'Welcome to CEU Portfolio',
    intro:
      'Keep every continuing-education certificate in one place, see where each credential stands against its renewal rules, and export a recertification packet when it is time.',
    featureRecord: 'Record each course, seminar or CPR card once, with its certificate.',
    featureCounts: 'See what counts toward each credential, and why something does not.',
    featurePrivate: 'Private: it all stays on this computer. No account, nothing uploaded.',
    stepYou: 'About you',
    stepYouHelp: 'Your name',
    nameFirst: 'Start with your name exactly as it appears on your certificates.',
    continue: 'Continue',
    stepCredential: 'Your credential',
    stepCredentialHelp: 'What you renew',
    addCredential: 'Add your credential',
    addCredentialText:
      'The app uses your credential’s rule pack to work out your cycle, what counts, and what is still needed. You can add more credentials later.',
    loadingPacks: 'Loading rule packs',
    packsFailed: 'The rule packs could not be loaded',
    finish: 'Finish',
    back: 'Back',
    skip: 'Skip for now',
    sampleTitle: 'Just looking around?',
    sampleText:
      'See the app working in one step with an example medical assistant’s credentials, activities and certificates.',
    loadSample: 'Load a sample portfolio',
    sampleFailed: 'The sample portfolio could not be loaded',
  },
  dashboard: {
    hello: 'Hello, {name}',
    asOf: 'Where your credentials stand as of {date}.',
    today: 'Where your credentials stand today.',
    addActivity: 'Add activity',
    loading: 'Loading your credentials',
    failed: 'Your credentials’ standing could not be worked out',
    addCredentialTitle: 'Add your credential to get started',
    addCredentialText:
      'Choose the credential you hold (for example CMA from the AAMA) and the date you certified. The dashboard then shows what you still need and by when.',
    firstActivityTitle: 'Add your first activity',
    firstActivityText:
      'Record a course, seminar or CPR card with its certificate, and it is counted toward your credentials straight away.',
    addAnotherCredential: 'Add another credential',
  },
  backups: {
    menuItem: 'Backups…',
    title: 'Backups',
    intro:
      'A backup is a copy of your whole portfolio: every activity, credential and certificate file. Keep one somewhere other than this computer too, such as a folder your cloud drive syncs or a USB drive.',
    automaticTitle: 'Automatic backups',
    automatic: 'Back up every day I use the app, and when I quit',
    keptIn: 'Kept in this folder:',
    changeFolder: 'Change folder…',
    useDataFolder: 'Use the data folder',
    keepDaily: 'Daily backups to keep',
    keepWeekly: 'Weekly backups to keep',
    save: 'Save settings',
    saved: 'Backup settings saved',
    listTitle: 'Backups in that folder',
    none: 'No backups yet. The first one is made today while the app is open, or now with “Back up now”.',
    listLabel: 'Backups, newest first',
    whenColumn: 'Made',
    certificatesColumn: 'Certificates',
    sizeColumn: 'Size',
    actionsColumn: 'Actions',
    restore: 'Restore…',
    restoreNamed: 'Restore the backup made {when}',
    backUpNow: 'Back up now',
    fileTitle: 'A backup file',
    fileText:
      'One file with everything in it, to keep on a USB drive or to move your portfolio to a new computer.',
    backUpToFile: 'Back up to a file…',
    restoreFromFile: 'Restore from a file…',
    working: 'Working…',
    progressLabel: 'Backup progress',
    progressCount: '{done} of {total}',
    cancel: 'Cancel',
    tookSnapshot: 'Backed up: {size} written.',
    wroteFile:
      'Saved the backup to {path} ({size}, {count, plural, one {# certificate} other {# certificates}}).',
    restored:
      'Your portfolio was restored: {activities, plural, one {# activity} other {# activities}} and {certificates, plural, one {# certificate} other {# certificates}}.',
    keptAside: 'The portfolio it replaced is kept in this folder:',
    undoRestore: 'Undo this restore',
    failed: 'That did not work',
    confirmTitle: 'Replace your portfolio with this backup?',
    confirmSnapshot: 'Everything in your portfolio now is replaced by the backup made {when}.',
    confirmFile: 'Everything in your portfolio now is replaced by the backup file you choose next.',
    confirmSafe:
      'The backup is checked first: if anything in it is damaged, nothing changes. Your current portfolio is kept aside in the data folder, so you can undo this.',
    confirmRestore: 'Restore',
    loadFailed: 'Your backups could not be listed',
    settingsProblem: 'Backup settings',
  },
  portfolioMenu: {
    button: 'Portfolio',
    whole: 'Your whole portfolio',
    export: 'Export portfolio…',
    import: 'Import portfolio…',
    certificateFiles: 'Certificate files',
    cleanUp: 'Delete certificate files no activity uses…',
    check: 'Check my portfolio…',
    cleanUpTitle: 'Delete certificate files no activity uses?',
    cleanUpText:
      'This permanently removes certificate files in your data folder that no activity uses any more, such as files of activities removed from the trash or certificates you removed from an activity. Certificates attached to an activity (even one in the trash) are never touched, and files added in the last day are kept in case a form you are still filling in uses one.',
    cleanUpAdvice: 'If you might attach one of those files again, export your portfolio first.',
    cancel: 'Cancel',
    removeUnused: 'Remove unused files',
  },
  trash: {
    description:
      'Activities and credentials you deleted. Each can be restored for 30 days, then it is removed for good.',
    emptyButton: 'Empty trash…',
    loadFailed: 'The trash could not be opened',
    emptyTitle: 'The trash is empty',
    emptyDescription:
      'When you delete an activity or a credential it waits here for 30 days, so you can bring it back.',
    activitiesTitle: 'Activities',
    activitiesLabel: 'Activities in the trash',
    activityColumn: 'Activity',
    completedColumn: 'Completed',
    credentialsTitle: 'Credentials',
    credentialsLabel: 'Credentials in the trash',
    credentialColumn: 'Credential',
    deletedColumn: 'Deleted',
    removedColumn: 'Removed for good on',
    actionsColumn: 'Actions',
    certificatesKept:
      '{count, plural, =0 {No certificates} one {# certificate kept} other {# certificates kept}}',
    credentialNumber: '{credential} No. {number}',
    restore: 'Restore',
    restoreNamed: 'Restore {name}',
    restored: 'Restored',
    isBack: '{name} is back.',
    notRestored: 'Not restored',
    confirmEmptyTitle: 'Empty the trash?',
    confirmEmptyText:
      '{count, plural, one {The item} other {All # items}} in the trash will be removed for good. This cannot be undone.',
    confirmEmptyFiles:
      'Certificate files stay in your data folder until “Delete certificate files no activity uses” removes them.',
    notEmptied: 'The trash was not emptied',
    cancel: 'Cancel',
    removeForGood: 'Remove for good',
    emptied: 'Trash emptied',
    emptiedText: 'Those items are gone for good.',
    movedTitle: 'Moved to the trash',
    movedText: '{name} can be restored from the trash for 30 days.',
    undo: 'Undo',
    yourCredential: 'Your {credential} credential',
  },
  credentials,
  renewals,
  preflight,
  audits,
  updates,
  kindRules,
  sample,
  dateField: {
    placeholder: 'Pick or type a date',
    /** How a date field shows its date (dayjs format tokens, not words). */
    format: 'MMM D, YYYY',
  },
  activityList: {
    selectAll: 'Select every activity on this page',
    select: 'Select {title}',
    bulkLabel: 'Change the selected activities',
    selected: '{count, plural, one {1 activity selected} other {# activities selected}}',
    countToward: 'Count toward',
    chooseCredential: 'Choose a credential',
    apply: 'Apply',
    moveToTrash: '{count, plural, one {Move it to the trash} other {Move # to the trash}}',
    clearSelection: 'Clear selection',
    trashed: '{count, plural, one {1 activity moved to the trash} other {# activities moved to the trash}}',
    trashedHelp: 'They can be restored from the trash for 30 days.',
    counted:
      '{count, plural, one {1 activity now counts toward {credential}} other {# activities now count toward {credential}}}',
    bulkFailed: 'Nothing was changed',
    year: 'Year',
    anyYear: 'Any year',
    kind: 'Kind',
    anyKind: 'Any kind',
    noCertificate: 'No certificate yet',
    title: 'Activities',
    description:
      'Every course, seminar, article test and CPR card you have completed, with its credit and certificates.',
    add: 'Add activity',
    addFirst: 'Add your first activity',
    loadFailed: 'Your activities could not be loaded',
    loading: 'Loading activities',
    emptyTitle: 'No activities yet',
    emptyDescription:
      'Add each course, seminar, article test or CPR card you complete, with its credit and certificate. The dashboard then shows how much each credential still needs.',
    search: 'Search activities',
    searchHint: 'Title, provider or notes',
    clearSearch: 'Clear search',
    credential: 'Credential',
    allCredentials: 'All credentials',
    category: 'Category',
    anyCategory: 'Any category',
    counting: 'Counts',
    countingAny: 'Counted or not',
    countingInFull: 'Counts in full',
    countingNotInFull: 'Counts in part or not at all',
    needsAttention: 'Needs attention',
    needsAttentionHelp: 'No certificate, not claimed, or not counted in full',
    noneMatch: 'No activities match.',
    showing: 'Showing {from, number}–{to, number} of {total, plural, one {# activity} other {# activities}}',
    showingMatching:
      'Showing {from, number}–{to, number} of {total, plural, one {# matching activity} other {# matching activities}}',
    noneMatchTitle: 'No activities match',
    noneMatchHelp: 'Try other words, or clear the filters.',
    clearFilters: 'Clear search and filters',
    pages: 'Activity pages',
    pageNumber: 'Page {page}',
    firstPage: 'First page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    lastPage: 'Last page',
    tableName: 'Activities',
    columnDate: 'Date',
    columnTitle: 'Title',
    columnProvider: 'Provider',
    columnCredit: 'Credit',
    columnCertificates: 'Certificates',
    columnCounts: 'Counts toward',
    columnActions: 'Actions',
    setByRules: 'Set by the rules',
    noCredit: 'No credit entered',
    mixedUnits: 'mixed units',
    noneAttached: 'None',
    notClaimed: 'Not claimed',
    credentialNumber: 'Credential {id}',
    outcomeCounted: 'counts',
    outcomePartly: 'counts in part',
    outcomeNotCounted: 'does not count',
    delete: 'Delete {title}',
  },
  duplicate: {
    button: 'Duplicate',
    note: 'A copy of “{title}”: enter the new date and attach its certificate.',
  },
  savedFile: {
    open: 'Open the packet',
    folder: 'Show in folder',
    failed: 'The file could not be opened',
    csvMenu: 'Export activity log (CSV)…',
    csvSaved: 'Activity log saved',
    csvRows: '{count, plural, one {1 row} other {# rows}}, one per credit: {path}',
    csvFailed: 'The activity log was not saved',
  },
  deadlines: {
    next: 'Next deadlines',
    byExam: 'If you recertify by exam',
  },
  access,
  vocabulary,
  holder,
  activityForm,
  standing,
  figures,
  credentialPage,
  packWords,
  reasons,
  certificates,
  unreadable,
  rulePacks,
  cli,
  dialogs,
  stages,
  verify,
  plan,
  planning,
  coreErrors,
  backupErrors,
  importProblems,
  willItCount,
  drafts,
  reminders,
  transfer,
  api,
  mainMenu,
  language,
  errors,
} as const;

export type EnglishCatalog = typeof en;
