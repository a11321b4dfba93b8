import { type ActivityKind, activityKindLabels } from '../portfolio';
import { type Unit, unitLabels, units } from '../units';
import { approvedMessage, type Message, type Value } from './standing-words';

/**
 * Why an activity does not count, as a message in the person's language. The engine
 * writes its reasons as English sentences from the fixed templates in
 * src/domain/rules/explain.ts (its answers are checked byte for byte against a frozen
 * reference engine, and it stays fast because it only writes text); this reads each
 * template back into a catalog key and its values. A test runs every reason the engine
 * gives over thousands of generated activities through it, so a template that changes
 * without this file fails there. Words a rule pack wrote itself (a custom exclusion
 * reason) are shown as written.
 */

const date = String.raw`(\d{4}-\d{2}-\d{2})`;
/** As the activity's date was stored: usually a date, but an old import may hold odd text. */
const completed = String.raw`([^,]+)`;
const number = String.raw`(\d+(?:\.\d+)?)`;

const kindByLabel = new Map<string, ActivityKind>(
  (Object.keys(activityKindLabels) as ActivityKind[]).map((kind) => [
    activityKindLabels[kind].toLowerCase(),
    kind,
  ]),
);
const unitByLabel = new Map<string, Unit>(
  units.flatMap((unit) => [
    [unitLabels[unit].one.toLowerCase(), unit] as const,
    [unitLabels[unit].many.toLowerCase(), unit] as const,
  ]),
);
const ordinalWords = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

function kindOf(label: string): ActivityKind | undefined {
  const lower = label.toLowerCase();
  return kindByLabel.get(lower) ?? (lower.endsWith('s') ? kindByLabel.get(lower.slice(0, -1)) : undefined);
}

/** "1.5 contact hours" → that amount in that unit; undefined when it is not one. */
function creditOf(text: string): { unit: Unit; count: number } | undefined {
  const match = new RegExp(String.raw`^${number} (.+)$`).exec(text);
  const unit = match && unitByLabel.get(match[2]!.toLowerCase());
  return match && unit ? { unit, count: Number(match[1]) } : undefined;
}

/** "4 clinical points" (amountIn) → the amount, the category words and the point word. */
function amountIn(text: string, pointName: string): { count: number; category: string } | undefined {
  const match = new RegExp(String.raw`^${number} (.+)$`).exec(text);
  if (!match) return undefined;
  const name = pointName.trim() || 'points';
  const rest = match[2]!;
  for (const word of [name, name.endsWith('s') ? name.slice(0, -1) : name]) {
    if (rest === word) return { count: Number(match[1]), category: '' };
    if (rest.endsWith(` ${word}`))
      return { count: Number(match[1]), category: rest.slice(0, -word.length - 1) };
  }
  return undefined;
}

const key = (k: string, values?: Record<string, Value>): Message => ({ key: k, values }) as Message;

export function reasonMessage(text: string, pointName: string): Message {
  return parse(text.trim(), pointName) ?? { asWritten: text };
}

function parse(text: string, pointName: string): Message | undefined {
  let m: RegExpExecArray | null;
  if (
    (m = new RegExp(
      String.raw`^Completed ${completed}, before ${date}: for this renewal, credit counts from ${date}\.$`,
    ).exec(text))
  )
    return key('reasons.beforeLookBack', { completed: { date: m[1]! }, start: { date: m[2]! } });
  if (
    (m = new RegExp(
      String.raw`^Completed ${completed}, before ${date}: a reactivation counts only activities completed from ${date} on\.$`,
    ).exec(text))
  )
    return key('reasons.beforeReactivation', { completed: { date: m[1]! }, start: { date: m[2]! } });
  if ((m = new RegExp(String.raw`^Completed ${completed}, before this cycle began on ${date}\.$`).exec(text)))
    return key('reasons.beforeCycle', { completed: { date: m[1]! }, start: { date: m[2]! } });
  if ((m = new RegExp(String.raw`^Completed ${completed}, after this cycle ended on ${date}\.$`).exec(text)))
    return key('reasons.afterCycle', { completed: { date: m[1]! }, end: { date: m[2]! } });
  if (
    (m = new RegExp(
      String.raw`^Completed ${completed}, after the as-of date ${date}: not counted yet\.$`,
    ).exec(text))
  )
    return key('reasons.afterAsOf', { completed: { date: m[1]! }, asOf: { date: m[2]! } });
  if (text === 'No credit is entered for this activity, so there is nothing to count.')
    return key('reasons.noCredit');

  if (
    (m = /^(.+): no validity entered\. Only cards valid at least (\d+) months count: check the card\.$/.exec(
      text,
    ))
  ) {
    const kind = kindOf(m[1]!);
    if (kind) return key('reasons.validityUnknown', { kind: { kind }, months: Number(m[2]) });
  }
  if ((m = /^(.+) valid for (\d+) months: only cards valid at least (\d+) months count\.$/.exec(text))) {
    const kind = kindOf(m[1]!);
    if (kind)
      return key('reasons.validTooShort', { kind: { kind }, valid: Number(m[2]), months: Number(m[3]) });
  }
  if ((m = /^(.+) activities do not count for this credential\.$/.exec(text))) {
    const kind = kindOf(m[1]!);
    if (kind) return key('reasons.kindExcluded', { kind: { kind } });
  }
  if (
    (m =
      /^(.+): shorter than (the one contact hour \(50 minutes\)|the (\d+)-minute minimum) the (.+) requires\.$/.exec(
        text,
      ))
  ) {
    const minimum = m[3]
      ? key('reasons.minuteMinimum', { minutes: Number(m[3]) })
      : key('reasons.oneContactHour');
    const body = m[4]!;
    const minutes = /^(\d+) minutes$/.exec(m[1]!);
    if (minutes) return key('reasons.tooShortMinutes', { minutes: Number(minutes[1]), minimum, body });
    const stated = /^(.+) \(about (\d+) minutes\)$/.exec(m[1]!);
    if (stated) {
      const parts = stated[1]!.split(' + ').map(creditOf);
      if (parts.every(Boolean)) {
        const said = (parts as { unit: Unit; count: number }[])
          .map(amountValue)
          .reduce<Value | undefined>(
            (all, one) => (all === undefined ? one : key('reasons.list', { first: all, second: one })),
            undefined,
          );
        if (said)
          return key('reasons.tooShortStated', { stated: said, minutes: Number(stated[2]), minimum, body });
      }
    }
  }
  if (
    (m =
      /^Unit (.+) is not accepted by this pack \((.+), (.+)\), so this credit cannot count\. Accepted units: (.+)\. Ask the (.+) how it converts this credit, then record it in an accepted unit\.$/.exec(
        text,
      ))
  ) {
    const unit = unitByLabel.get(m[1]!.toLowerCase());
    const accepted =
      m[4] === 'none' ? [] : m[4]!.split(', ').map((label) => unitByLabel.get(label.toLowerCase()));
    if (unit && accepted.every(Boolean)) {
      const list = (accepted as Unit[])
        .map((u): Value => ({ unit: u, count: 2 }))
        .reduce<Value>(
          (all, one, i) => (i === 0 ? one : key('reasons.list', { first: all, second: one })),
          key('reasons.none'),
        );
      return key('reasons.unitNotAccepted', {
        unit: { unit, count: 1 },
        credential: m[2]!,
        body: m[3]!,
        accepted: list,
      });
    }
  }
  if (
    (m = /^Category "(.+)" is not one of this pack's categories \((.*)\), so its (.+) cannot count\.$/.exec(
      text,
    ))
  ) {
    const amount = amountIn(m[3]!, pointName);
    if (amount && amount.category === '')
      return key('reasons.categoryNotInPack', {
        category: m[1]!,
        categories: m[2]!,
        count: amount.count,
        points: { pointWord: amount.count },
      });
  }
  if ((m = /^(.+): this pack does not say which category it counts in, so it is not counted\.$/.exec(text))) {
    const kind = kindOf(m[1]!);
    if (kind) return key('reasons.noCategory', { kind: { kind } });
  }
  if ((m = /^(.+): counts as (.+) whatever credit was entered\.$/.exec(text))) {
    const kind = kindOf(m[1]!);
    const amount = amountIn(m[2]!, pointName);
    if (kind && amount)
      return amount.category
        ? key('reasons.fixedPoints', {
            kind: { kind },
            count: amount.count,
            category: { category: amount.category },
            points: { pointWord: amount.count },
          })
        : key('reasons.fixedPointsNoCategory', {
            kind: { kind },
            count: amount.count,
            points: { pointWord: amount.count },
          });
  }
  if (
    (m =
      /^(\S+) (.+) in this cycle: at most (\d+) count( \(those from approved providers are counted first\))?\.$/.exec(
        text,
      ))
  ) {
    const word = m[1]!.toLowerCase();
    const rank = ordinalWords.includes(word)
      ? ordinalWords.indexOf(word) + 1
      : Number(/^(\d+)(st|nd|rd|th)$/.exec(word)?.[1]);
    const kind = kindOf(m[2]!);
    if (kind && rank > 0)
      return key(m[4] ? 'reasons.beyondCountApproved' : 'reasons.beyondCount', {
        rank,
        kind: { kind, inSentence: true },
        max: Number(m[3]),
      });
  }
  if ((m = /^(.+?) left out: (.+)\.$/.exec(text))) {
    const amount = amountIn(m[1]!, pointName);
    const causes =
      m[2] === "this pack's limits are reached"
        ? [key('reasons.causeLimits')]
        : m[2]!.split('; ').map((c) => cause(c, pointName));
    if (amount && causes.every(Boolean)) {
      const why = (causes as Message[]).reduce<Message>(
        (all, one, i) => (i === 0 ? one : key('reasons.causeJoin', { first: all, second: one })),
        causes[0] as Message,
      );
      return amount.category
        ? key('reasons.leftOut', {
            count: amount.count,
            category: { category: amount.category },
            points: { pointWord: amount.count },
            why,
          })
        : key('reasons.leftOutNoCategory', { count: amount.count, points: { pointWord: amount.count }, why });
    }
  }
  return undefined;
}

function amountValue(credit: { unit: Unit; count: number }): Value {
  return key('reasons.creditAmount', {
    count: credit.count,
    unit: { unit: credit.unit, count: credit.count },
  });
}

function cause(text: string, pointName: string): Message | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^not from (.+), and at most (.+) from other providers can count$/.exec(text))) {
    const amount = amountIn(m[2]!, pointName);
    if (amount && amount.category === '')
      return key('reasons.causeOutside', {
        approved: approvedValue(m[1]!),
        max: amount.count,
        points: { pointWord: amount.count },
      });
  }
  if ((m = /^the (.+) category counts at most (.+)$/.exec(text))) {
    const amount = amountIn(m[2]!, pointName);
    if (amount && amount.category === '')
      return key('reasons.causeCategoryMax', {
        category: { category: m[1]! },
        max: amount.count,
        points: { pointWord: amount.count },
      });
  }
  if ((m = /^at most (.+) from (.+) count in one cycle$/.exec(text))) {
    const amount = amountIn(m[1]!, pointName);
    const kind = kindOf(m[2]!);
    if (amount && amount.category === '' && kind)
      return key('reasons.causeKindCap', {
        max: amount.count,
        points: { pointWord: amount.count },
        kind: { kind, inSentence: true },
      });
  }
  return undefined;
}

/** "AAMA-approved providers" translated; other wording as written. */
function approvedValue(label: string): Value {
  const message = approvedMessage(label);
  return 'asWritten' in message ? label : message;
}
