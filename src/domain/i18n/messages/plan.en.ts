/** The plan to the deadline (`ceu plan`, later the plan page): what to take, when, for how much. */
export const plan = {
  heading: 'Your plan to the deadline, as of {date}',
  nothingToPlan: 'Every credential already has the credit it needs. There is nothing to plan.',
  total:
    'In all: {cost} and about {hours, plural, one {# hour} other {# hours}} of study. Prices change: check with the provider before you buy.',
  item: '{name}, {cost}: {uses}.',
  owned: 'already yours',
  units: '{units, plural, one {# course or test} other {# courses or tests}}',
  years: '{years, plural, one {# year} other {# years}} of membership',
  covers: 'covers {points} of your missing {categories} points for {credential}',
  coversAny: 'covers {points} of your missing points for {credential}',
  countsFor: 'counts for your {credential} ({points})',
  monthsHeading: 'Month by month:',
  month: '{month}: {items}',
  monthItem: '{name}: {units, plural, one {# course or test} other {# courses or tests}}',
  pay: 'pay {cost}',
  planned: '{credential}: finish by {date}, which leaves the body its processing time.',
  complete: '{credential}: nothing is missing.',
  tooLate:
    '{credential}: its last day to earn credit ({date}) has passed, so no plan can reach it. Ask the body about renewing late or reactivating.',
  notCoverable:
    '{credential}: nothing in the catalogue counts for it. Ask the body which courses it accepts and plan those yourself.',
  noPlan: 'No plan fits your limits.',
  relaxBudget: 'Raise your budget to {amount} and a plan fits.',
  relaxHours: 'Allow {hours, plural, one {# hour} other {# hours}} a month and a plan fits.',
  relaxExcluded: 'Allow {items} again and a plan fits.',
  relaxAll: 'No single limit is the cause: only relaxing them together lets a plan fit.',
  withoutPrice:
    '{count, plural, one {# catalogue item was} other {# catalogue items were}} left out because the price is not known: {names}.',
  notANumber: '{option} needs a number of zero or more, for example {example}.',
} as const;
