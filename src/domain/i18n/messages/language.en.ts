/** The language switch. */
export const language = {
  menu: 'Language…',
  title: 'Language',
  label: 'Show CEU Portfolio in',
  system: 'The same as this computer ({language})',
  packetNote: 'Packets stay in English: they are for the certifying body.',
  saveFailed: 'The language was not changed',
  close: 'Close',
} as const;
