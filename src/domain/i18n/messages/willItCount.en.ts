/** "Will it count?" on the activity form: what the engine says this activity would do for each credential. */
export const willItCount = {
  title: 'Will it count?',
  help: 'Worked out by the rules of each of your credentials, as if this activity were saved as it is now.',
  waiting: 'Enter the date and the credit to see what this activity would count for.',
  checking: 'Checking against your rules…',
  failed: 'This could not be checked just now. You can still save the activity.',
  counts: 'Counts',
  partly: 'Partly counts',
  notCounted: 'Does not count',
  wouldCount: 'Not ticked',
  adds: '{credential}: adds {added} → {after, number} of {required, number} {points}.',
  addsPartly: '{credential}: adds {added} → {after, number} of {required, number} {points}. {reasons}',
  addsNothing: '{credential}: adds nothing. {reasons}',
  addsNothingFull: '{credential}: adds nothing more; the {required, number} {points} are already counted.',
  wouldAdd: '{credential}: not ticked. It would add {added} if you count it toward {credential} too.',
  inCategory: '{amount, number} {category} {points}',
  total: '{amount, number} {points}',
  checksTitle: 'Worth checking',
  check: {
    sameActivity: 'Already in your portfolio: “{title}” has the same title, date and provider.',
    sameCertificate: 'This certificate file is already attached to “{title}”.',
    moreThanMinutes:
      'The certificate states {minutes, number} minutes, but this much credit needs at least {needed, number} minutes. Check the amount and the unit.',
    nameMismatch:
      'The name on the certificate, “{read}”, is not yours ({holder}). Check that this certificate is yours before you save it.',
    noApprovalNumber:
      'Add the {body} approval number printed on the certificate: approved-provider credit may need it in an audit.',
    missingOnCertificate:
      'The {body} asks that a certificate show {missing}, and it could not be found on this one. Check the certificate; if it really is missing, ask the provider for one that shows it.',
  },
  certificateField: {
    holderName: 'your name',
    completedOn: 'the date',
    title: 'the course title',
    credit: 'the amount and type of credit',
    provider: 'who issued it',
    hours: 'the hours',
  },
} as const;
