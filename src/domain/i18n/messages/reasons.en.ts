/** Why an activity, or part of its credit, does not count: one message per rule of the engine. */
export const reasons = {
  beforeLookBack: 'Completed {completed}, before {start}: for this renewal, credit counts from {start}.',
  beforeReactivation:
    'Completed {completed}, before {start}: a reactivation counts only activities completed from {start} on.',
  beforeCycle: 'Completed {completed}, before this cycle began on {start}.',
  afterCycle: 'Completed {completed}, after this cycle ended on {end}.',
  afterAsOf: 'Completed {completed}, after {asOf}, the day this standing is worked out for: not counted yet.',
  noCredit: 'No credit is entered for this activity, so there is nothing to count.',
  validityUnknown:
    '{kind}: no validity entered. Only cards valid at least {months, plural, one {# month} other {# months}} count: check the card.',
  validTooShort:
    '{kind} valid for {valid, plural, one {# month} other {# months}}: only cards valid at least {months, plural, one {# month} other {# months}} count.',
  kindExcluded: '{kind}: this kind of activity does not count for this credential.',
  tooShortMinutes:
    '{minutes, plural, one {# minute} other {# minutes}}: shorter than {minimum} the {body} requires.',
  tooShortStated:
    '{stated} (about {minutes, plural, one {# minute} other {# minutes}}): shorter than {minimum} the {body} requires.',
  oneContactHour: 'the one contact hour (50 minutes)',
  minuteMinimum: 'the {minutes}-minute minimum',
  unitNotAccepted:
    '{unit} is not a unit these rules accept ({credential}, {body}), so this credit cannot count. Accepted units: {accepted}. Ask the {body} how it converts this credit, then record it in an accepted unit.',
  categoryNotInPack:
    'Category “{category}” is not one of these rules’ categories ({categories}), so its {count, number} {points} cannot count.',
  noCategory: '{kind}: these rules do not say which category it counts in, so it is not counted.',
  fixedPoints: '{kind}: counts as {count, number} {category} {points} whatever credit was entered.',
  fixedPointsNoCategory: '{kind}: counts as {count, number} {points} whatever credit was entered.',
  beyondCount:
    '{rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {kind} in this cycle: at most {max, number} count.',
  beyondCountApproved:
    '{rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {kind} in this cycle: at most {max, number} count (those from approved providers are counted first).',
  leftOut: '{count, number} {category} {points} left out: {why}.',
  leftOutNoCategory: '{count, number} {points} left out: {why}.',
  causeOutside: 'not from {approved}, and at most {max, number} {points} from other providers can count',
  causeCategoryMax: 'the {category} category counts at most {max, number} {points}',
  causeKindCap: 'at most {max, number} {points} from this kind of activity ({kind}) count in one cycle',
  causeLimits: 'these rules’ limits are reached',
  causeJoin: '{first}; {second}',
  list: '{first}, {second}',
  creditAmount: '{count, number} {unit}',
  none: 'none',
} as const;
