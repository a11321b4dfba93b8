/** The credential page's standing summary and deadlines table. */
export const credentialPage = {
  standing: 'Standing',
  ofRequired: 'of {required, number} {points}',
  cycleStarted: 'Cycle started',
  expiresOn: 'Expires on',
  expiredOn: 'Expired on',
  fromCard: 'from your card',
  fromRules: 'worked out from the rules',
  timeLeft: 'Time left',
  paceNeeded: 'Pace needed',
  earnedCounted:
    'Earned {earned, number} {earnedPoints} in this cycle; {counted, number} {countedPoints} count after the limits.',
  missing: 'What is missing',
  nothingMissing: 'Nothing: every requirement in these rules is met.',
  deadlines: 'Deadlines',
  what: 'What',
  date: 'Date',
  when: 'When',
  note: 'Note',
  passed: 'passed',
} as const;
