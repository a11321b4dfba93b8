/** Names for controls a screen reader announces: close buttons, calendar arrows, a date's clear button. */
export const access = {
  close: 'Close',
  closeNotification: 'Close this message',
  clearDate: 'Clear the date',
  nextMonth: 'Next month',
  previousMonth: 'Previous month',
  nextYear: 'Next year',
  previousYear: 'Previous year',
  nextDecade: 'Next decade',
  previousDecade: 'Previous decade',
  chooseMonth: 'Choose a month',
  chooseYear: 'Choose a year',
} as const;
