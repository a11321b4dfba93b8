/** What a credential's rules say about a kind of activity, shown in the activity form. */
export const kindRules = {
  title: 'Set by the rules for this kind of activity',
  fixed: '{credential}: each {kind} counts as {points} {category} points, whatever is entered below.',
  fixedNoCategory: '{credential}: each {kind} counts as {points} points, whatever is entered below.',
  minValid: 'Only cards valid at least {months} months count.',
  maxCount: 'At most {count} in one cycle.',
  excluded: '{credential}: a {kind} does not count. {reason}',
  excludedNoReason: '{credential}: a {kind} does not count.',
  validMonths: 'Valid for (months)',
  validMonthsHelp: 'As printed on the card: a two-year card is 24 months.',
  validMonthsInvalid: 'Enter the months as a whole number from 1 to 240, or leave it empty.',
} as const;
