/** Dates ahead that need the person: the dashboard's panel, ceu remind, the calendar file, notifications. */
export const reminders = {
  panelTitle: 'What needs you',
  panelHelp: 'The next dates for your credentials, audits and cards.',
  panelEmpty: 'Nothing is due in the next {days} days. The next date is {date}: {title}.',
  panelNothing: 'No dates ahead yet: add a credential to see its deadlines here.',
  panelList: 'Dates ahead',
  loading: 'Loading the dates ahead',
  credentialDeadline: '{credential}: {label}',
  auditDue: '{credential} audit {reference}: answer due',
  auditNote: 'Send the audit response by this day. Open Audits to prepare it.',
  cardExpires: '{title}: the card expires',
  cardNote: 'Renew the card before it expires; a card that has expired cannot count.',
  plannedDay: 'Planned: {title}',
  plannedNote:
    'The day you planned to take it. Once done, mark it done on the Plan page and attach the certificate: then it counts.',
  selfStudyDay: '{title}: last day to finish the self-study course',
  selfStudyNote:
    'AAMA self-study courses must be finished within six months of purchase. After this day the course no longer earns credit.',
  cli: {
    header: 'Due within {days, plural, one {# day} other {# days}} of {date}:',
    none: 'Nothing is due within {days, plural, one {# day} other {# days}} of {date}.',
    calendarWritten:
      'Wrote {count, plural, one {# date} other {# dates}} to {file}. Import it into your calendar; importing a newer file again updates the same events.',
    needOut: 'Say where to write the calendar file: ceu calendar --out FILE.ics',
    badWithin: 'Give --within a whole number of days from 0 to 3650, for example --within 30.',
  },
  settings: {
    open: 'Notifications…',
    title: 'Notifications on this computer',
    enabled: 'Notify me of dates ahead',
    enabledHelp:
      'While CEU Portfolio is open, a notification comes at the times you choose. The list on the dashboard is always here.',
    when: 'When',
    lead: '{days, plural, =0 {On the day} one {# day before} other {# days before}}',
    needOne: 'Choose at least one time, or turn notifications off.',
    saved: 'Notifications saved.',
    save: 'Save',
  },
  notification: {
    title: 'CEU Portfolio: {title}',
    body: '{when} ({date}). {note}',
  },
} as const;
