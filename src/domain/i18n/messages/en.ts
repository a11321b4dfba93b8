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
  },
  packet: {
    credential: 'Credential',
    credentialNumber: '{credential} · No. {number}',
    cycle: 'Cycle',
    loadingCycle: 'Loading the current cycle',
    currentCycle: 'The current cycle. {headline}',
    noCycle: 'The cycle could not be worked out for this credential.',
    includeNotCounted: 'Include activities that do not count',
    includeNotCountedHelp: 'A section listing them with the reason each does not count.',
    includeManifest: 'Include a manifest page',
    includeManifestHelp:
      'The original file name and SHA-256 fingerprint of every certificate, to show nothing was altered.',
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
      'Certificate files stay in your data folder until “Clean up unused certificate files” removes those no activity uses.',
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
} as const;

export type EnglishCatalog = typeof en;
