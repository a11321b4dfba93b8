/** Exporting, importing and checking the whole portfolio; the API client's own messages. */
export const transfer = {
  exported: 'Portfolio exported',
  imported: 'Portfolio imported',
  cleaned: 'Unused certificate files deleted',
  exportFailed: 'The portfolio was not exported',
  importFailed: 'Nothing was imported',
  cleanFailed: 'Nothing was deleted',
  verifyFailed: 'Your portfolio could not be checked',
  exportedText:
    'Your whole portfolio (portfolio.json and a copy of every certificate) was written to {path}. Keep that folder somewhere safe, such as a USB drive.',
  importedText:
    'Added to your portfolio: {credentials, plural, one {# credential} other {# credentials}}, {activities, plural, one {# activity} other {# activities}}, {certificates, plural, one {# certificate} other {# certificates}}.',
  nothingToClean: 'There were no unused certificate files. Nothing was removed.',
  cleanedText:
    '{count, plural, one {Removed 1 unused certificate file} other {Removed # unused certificate files}}, freeing {size}.',
  done: 'Done',
  problemsIntro:
    '{count, plural, one {The problem, by its place in the file:} other {All # problems, by their place in the file:}}',
  problemsTable: 'Problems in the import file',
  place: 'Place in the file',
  problem: 'Problem',
  wholeFile: '(the whole file)',
  inOrder: 'Your portfolio is in order',
  needsAttention: 'Your portfolio needs attention',
  allInOrder:
    'Everything is in order: {activities, plural, one {# activity} other {# activities}}, {files, plural, one {# certificate file} other {# certificate files}} checked.',
  checked:
    '{activities, plural, one {# activity} other {# activities}} and {files, plural, one {# certificate file} other {# certificate files}} checked. {count, plural, one {One thing needs your attention:} other {# things need your attention:}}',
} as const;

export const api = {
  unreadable:
    'The app gave an answer it could not read. Try again; if it keeps happening, restart CEU Portfolio.',
  unreachable:
    'The app could not reach its data just now. Try again; if it keeps happening, restart CEU Portfolio.',
  notConnected: 'The app is not connected to its data. Restart CEU Portfolio.',
  somethingWrong: 'Something went wrong. Try again.',
  packetSaved: 'Packet saved',
  packetNotSaved: 'The packet was not saved',
} as const;
