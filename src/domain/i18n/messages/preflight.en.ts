/** The pre-flight check before a packet is exported: what is still open, with a fix for each. */
export const preflight = {
  title: '{count, plural, one {One thing is still open} other {# things are still open}}',
  intro:
    'A reviewer would notice these. Fix them first, or export anyway: the packet’s cover will then list them.',
  checkIntro: 'Before you export, these are still open:',
  listLabel: 'Open items',
  requirementsNotMet: '{credential}: the requirements are not met yet ({needed} more needed).',
  requirementsNotMetNoCount: '{credential}: the requirements are not met yet.',
  noCertificate: '“{title}” has no certificate attached.',
  noDescription: '“{title}” is outside credit and has no course description, which the reviewer asks for.',
  nameDiffers:
    'Your name on this packet, {coverName}, is not the name your {credential} is held under ({nameOnRecord}). Reviewers match names: update your name with the certifying body, or explain the change when you apply.',
  checkName: 'Check the name',
  openCredential: 'See what is missing',
  attachCertificate: 'Attach a certificate',
  addDescription: 'Add the description',
  exportAnyway: 'Export anyway',
  exportAnywayHelp: 'The packet will say on its cover that these items are open.',
  nothingOpen: 'Nothing else is open: the requirements are met and every activity has its certificate.',
  savedWithOpenItems:
    '{count, plural, one {Its cover lists one open item.} other {Its cover lists # open items.}}',
} as const;
