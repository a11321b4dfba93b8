/**
 * Where a credential stands, in words: the headline, what is still needed, and each
 * deadline. Built from the evaluation's figures at the edge, so dates and numbers read
 * in the person's locale.
 */
export const standing = {
  headline: {
    complete: 'Complete — ready to apply.',
    justStarted: 'Just started: {count, number} {points} still needed {time}.',
    onTrack: 'On track: {count, number} {points} still needed {time}.',
    behind: 'Behind: {count, number} {points} still needed {time}.',
    dueSoon: 'Due soon: {count, number} {points} still needed {time}, by {end}.',
    notStarted: 'Not started: this cycle begins on {start}.',
    graceComplete:
      'Expired on {end}, but the credit is complete: apply by {graceEnd}, when the grace period ends.',
    graceShort:
      'Expired on {end} with {count, number} {points} still needed; credit earned after expiry does not count. The grace period ends on {graceEnd}.',
    lapsed: 'Lapsed: expired on {end}.',
    lapsedAfterGraceDays: 'Lapsed: expired on {end} and the {length}-day grace period ended on {graceEnd}.',
    lapsedAfterGraceMonths:
      'Lapsed: expired on {end} and the {length}-month grace period ended on {graceEnd}.',
  },
  time: {
    lastDay: 'by today, the last day',
    days: '{count, plural, one {in # day} other {in # days}}',
    months: '{count, plural, one {in # month} other {in # months}}',
  },
  need: {
    category: '{count, number} more {category} {points}',
    anyCategory: '{count, number} more {points} in any category',
    more: '{count, number} more {points}',
    allApproved: 'All of these must come from {approved}.',
    someApproved: 'At least {count, number} {points} of these must come from {approved}.',
  },
  routeBack: {
    line: '{label}: {text}{fee}{progress}',
    fee: ' Fee: {amount}.',
    feeUnverified: ' Fee: {amount} (unverified).',
    covered:
      ' If you apply on {asOf}, the activities completed from {from} to {asOf} already cover the requirement.',
    short:
      ' If you apply on {asOf}, {count, number} {points} still needed from activities completed from {from} on.',
  },
  points: {
    points: '{count, plural, one {point} other {points}}',
    clockHours: '{count, plural, one {clock hour} other {clock hours}}',
    contactHours: '{count, plural, one {contact hour} other {contact hours}}',
    ceCredits: '{count, plural, one {CE credit} other {CE credits}}',
    ccpPoints: '{count, plural, one {CCP point} other {CCP points}}',
  },
  twoSentences: '{first} {second}',
  approvedAny: 'approved providers',
  approvedBy: '{body}-approved providers',
  deadline: {
    expiry: 'Expiry',
    expiryNote: 'The last day credit can be earned for this cycle.',
    applyBy: 'Apply by ({how})',
    applyByNote:
      '{how} takes about {days, plural, one {# day} other {# days}} to process: apply by this day to be recertified before expiry.',
    graceEnd: 'End of the grace period',
    graceEndNote:
      'Until this day you can still renew by continuing education, with credit earned inside the cycle.',
    afterGrace: 'After it: {after}',
    examPassBy: 'Pass the exam by',
    examPassByNote:
      'To recertify by exam without a lapse, pass at least {months, plural, one {# month} other {# months}} before expiry.',
    examApplyBy: 'Apply for the exam by',
    examApplyByNote:
      'The exam application must be in at least {days, plural, one {# day} other {# days}} before expiry.',
    fee: '{fee} (year {year, number})',
    feeNote: 'About {amount} a year.',
    feeNoteUnverified: 'About {amount} a year (unverified).',
    feeCovers: 'One payment also covers: {credentials}.',
  },
} as const;
