/** Drafts: activities read from certificate files, waiting in a queue for the person to confirm them. */
export const drafts = {
  nav: 'Drafts',
  title: 'Drafts from certificates',
  intro:
    'Each certificate you add is read on this computer, and nothing is sent anywhere. Check each draft and confirm it to add the activity. Nothing counts until you confirm it.',
  add: {
    label: 'Add activities from certificates',
    hint: 'Drop one or more certificate files here (PDF or photo). Each file becomes a draft for you to check.',
    added: '{count, plural, one {# draft added.} other {# drafts added.}}',
  },
  reading: '{count, plural, one {Reading # certificate…} other {Reading # certificates…}}',
  empty: 'No drafts waiting. Drop certificate files above to add activities from them.',
  listLabel: 'Drafts',
  status: {
    reading: 'Reading…',
    ready: 'Ready to check',
    failed: 'Could not read',
  },
  untitled: 'Untitled draft',
  files: '{count, plural, one {# file} other {# files: front and back}}',
  completedOn: 'Completed {date}',
  review: 'Check and confirm',
  reviewNamed: 'Check and confirm “{title}”',
  fillIn: 'Fill in yourself',
  fillInNamed: 'Fill in yourself: “{title}”',
  discard: 'Discard',
  discardNamed: 'Discard “{title}”',
  discardTitle: 'Discard this draft?',
  discardText:
    'The draft “{title}” will be removed. Nothing was saved from it. Its certificate file is removed later by the usual clean-up.',
  discarded: 'Draft discarded',
  join: 'Join a back side',
  joinNamed: 'Join a back side to “{title}”',
  joinMenu: 'Which draft is the back of this card?',
  joined: 'Joined: the two files are now one draft, read again together.',
  nameWarning: 'The name on the certificate, “{read}”, is not yours ({holder}).',
  reason: {
    noText:
      'No words could be found in this file. It may be blank, too dark or blurred. You can still fill in the activity yourself.',
    unreadable:
      'This file could not be read. It may be damaged. You can still fill in the activity yourself.',
  },
  errors: {
    gone: 'This draft is no longer there: it was confirmed or discarded.',
    joinItself: 'A draft cannot be joined with itself.',
    readCancelled: 'Reading the certificate was stopped.',
  },
  form: {
    title: 'Check the draft',
    intro:
      'These fields were filled in from the certificate. Check each one against the certificate, fill in what is missing, then confirm.',
    back: 'Drafts',
    confirm: 'Confirm and save activity',
    confirmed: 'Activity saved',
    saving: 'Your changes to this draft are kept as you type.',
    stillReading: 'This certificate is still being read. The fields fill in when it is done.',
    opening: 'Opening the draft…',
    openFailed: 'This draft could not be opened',
  },
  mark: {
    read: 'On the certificate: “{source}”',
    credits: 'Credit on the certificate: “{source}”',
  },
  readPanel: {
    title: 'The certificate',
    nothing: 'Nothing could be read from this certificate. Fill in the activity from the picture.',
    name: 'Name on the certificate',
  },
} as const;
