import type { CredentialEvaluation, Deadline } from '../evaluation';
import { daysBetween } from '../rules/cycle';
import type { ActivityKind } from '../portfolio';
import type { Unit } from '../units';
import type { MessageKey } from './translator';

/**
 * Where a credential stands, as messages (a catalog key and its values) built from the
 * evaluation's figures, so the window says it in the person's language with dates and
 * numbers in their locale. The engine's own English sentences stay in the evaluation
 * for `ceu status --json` and the packet; these say the same things.
 *
 * Deadlines carry no figures of their own (only a key, a date and English words), so
 * their days and months are worked out from the dates, and the words a rule pack
 * supplies (how to apply, a fee's name) are read from the English label. Anything that
 * cannot be read that way is shown as the engine wrote it, never dropped.
 */

/** A value a message fills in: plain, or something the renderer formats for the locale. */
export type Value =
  | string
  | number
  | { date: string }
  | { money: number }
  | { pointWord: number }
  | { category: string }
  | { packText: string }
  | { kind: ActivityKind; inSentence?: boolean }
  | { unit: Unit; count: number }
  | Message;
export type Message = { key: MessageKey; values?: Record<string, Value> } | { asWritten: string };

const DAYS_PER_MONTH = 365.2425 / 12;

/** What the messages are built from: a full evaluation, or the dashboard's summary of one. */
export type StandingFacts = Pick<
  CredentialEvaluation,
  | 'status'
  | 'headline'
  | 'needs'
  | 'daysLeft'
  | 'cycle'
  | 'stillNeeded'
  | 'categories'
  | 'approvedProviders'
  | 'deadlines'
  | 'pointName'
  | 'fees'
  | 'routesBack'
>;

export function headlineMessage(ev: StandingFacts): Message {
  const count = ev.stillNeeded;
  const points = { pointWord: count };
  const graceEnd = ev.deadlines.find((d) => d.key === 'grace_end')?.date;
  const time = timeLeft(ev.daysLeft);
  switch (ev.status) {
    case 'complete':
      return { key: 'standing.headline.complete' };
    case 'just_started':
      return { key: 'standing.headline.justStarted', values: { count, points, time } };
    case 'on_track':
      return { key: 'standing.headline.onTrack', values: { count, points, time } };
    case 'behind':
      return { key: 'standing.headline.behind', values: { count, points, time } };
    case 'due_soon':
      return {
        key: 'standing.headline.dueSoon',
        values: { count, points, time, end: { date: ev.cycle.end } },
      };
    case 'not_started':
      return { key: 'standing.headline.notStarted', values: { start: { date: ev.cycle.start } } };
    case 'grace':
      if (!graceEnd) return { asWritten: ev.headline };
      return count === 0
        ? {
            key: 'standing.headline.graceComplete',
            values: { end: { date: ev.cycle.end }, graceEnd: { date: graceEnd } },
          }
        : {
            key: 'standing.headline.graceShort',
            values: { count, points, end: { date: ev.cycle.end }, graceEnd: { date: graceEnd } },
          };
    case 'lapsed': {
      // The engine names the grace period's length ("the 3-month grace period"); so do these.
      const grace = / and the (\d+)-(day|month) grace period ended on /.exec(ev.headline);
      const lapsed: Message =
        graceEnd && grace
          ? {
              key:
                grace[2] === 'day'
                  ? 'standing.headline.lapsedAfterGraceDays'
                  : 'standing.headline.lapsedAfterGraceMonths',
              values: { end: { date: ev.cycle.end }, length: Number(grace[1]), graceEnd: { date: graceEnd } },
            }
          : { key: 'standing.headline.lapsed', values: { end: { date: ev.cycle.end } } };
      // The rule pack's own note on what a lapse means follows the engine's first sentence.
      const note = /^Lapsed: expired on [\d-]+(?: and the .+? ended on [\d-]+)?\.\s*(.*)$/.exec(
        ev.headline,
      )?.[1];
      return note
        ? { key: 'standing.twoSentences', values: { first: lapsed, second: { packText: note } } }
        : lapsed;
    }
  }
}

/** One way back after a lapse: the pack's own words, its fee, and what the CE done so far covers. */
function routeBackMessage(route: NonNullable<StandingFacts['routesBack']>[number]): Message {
  const fee: Value =
    route.fee === null
      ? ''
      : {
          key: route.unverified ? 'standing.routeBack.feeUnverified' : 'standing.routeBack.fee',
          values: { amount: { money: route.fee } },
        };
  const progress: Value = !route.progress
    ? ''
    : route.progress.stillNeeded === 0
      ? {
          key: 'standing.routeBack.covered',
          values: { asOf: { date: route.progress.asOf }, from: { date: route.progress.from } },
        }
      : {
          key: 'standing.routeBack.short',
          values: {
            asOf: { date: route.progress.asOf },
            from: { date: route.progress.from },
            count: route.progress.stillNeeded,
            points: { pointWord: route.progress.stillNeeded },
          },
        };
  return {
    key: 'standing.routeBack.line',
    values: { label: { packText: route.label }, text: { packText: route.text }, fee, progress },
  };
}

function timeLeft(daysLeft: number): Message {
  if (daysLeft <= 0) return { key: 'standing.time.lastDay' };
  if (daysLeft < 61) return { key: 'standing.time.days', values: { count: daysLeft } };
  return { key: 'standing.time.months', values: { count: Math.round((daysLeft + 1) / DAYS_PER_MONTH) } };
}

/**
 * What is still needed, most important first, as the engine lists it: each category's
 * shortfall, the rest in any category, and the approved-provider part. A lapsed
 * credential's routes back are the rule pack's own words, shown as written.
 */
export function needMessages(ev: StandingFacts): Message[] {
  if (ev.status === 'complete') return [];
  if (ev.status === 'lapsed') {
    // An evaluation saved before routesBack existed (a past cycle's) has only the English.
    if (!ev.routesBack || ev.routesBack.length !== ev.needs.length)
      return ev.needs.map((need) => ({ asWritten: need }));
    return ev.routesBack.map(routeBackMessage);
  }
  const needs: Message[] = [];
  const hundredths = (n: number) => Math.round(n * 100);
  let categoryShort = 0;
  for (const category of ev.categories) {
    const short = hundredths(category.stillNeeded);
    if (short <= 0) continue;
    categoryShort += short;
    needs.push({
      key: 'standing.need.category',
      values: {
        count: category.stillNeeded,
        category: { category: category.key },
        points: { pointWord: category.stillNeeded },
      },
    });
  }
  const anyShort = (hundredths(ev.stillNeeded) - categoryShort) / 100;
  if (anyShort > 0) {
    needs.push({
      key: ev.categories.length > 0 ? 'standing.need.anyCategory' : 'standing.need.more',
      values: { count: anyShort, points: { pointWord: anyShort } },
    });
  }
  const approved = ev.approvedProviders;
  if (approved && approved.stillNeeded > 0) {
    const label = approvedMessage(approved.label);
    needs.push(
      hundredths(approved.stillNeeded) === hundredths(ev.stillNeeded)
        ? { key: 'standing.need.allApproved', values: { approved: label } }
        : {
            key: 'standing.need.someApproved',
            values: {
              count: approved.stillNeeded,
              points: { pointWord: approved.stillNeeded },
              approved: label,
            },
          },
    );
  }
  return needs;
}

/** "AAMA-approved providers" in the person's language; a pack's other wording as written. */
export function approvedMessage(label: string): Message {
  const trimmed = label.trim();
  if (/^approved providers?$/i.test(trimmed)) return { key: 'standing.approvedAny' };
  const body = /^([A-Za-z]+)-approved( providers?)?$/.exec(trimmed);
  return body ? { key: 'standing.approvedBy', values: { body: body[1]! } } : { asWritten: label };
}

/** A deadline's name and its note. */
export function deadlineMessages(
  ev: Pick<CredentialEvaluation, 'cycle' | 'fees'>,
  deadline: Deadline,
): { label: Message; note: Message } {
  const asWritten = { label: { asWritten: deadline.label }, note: { asWritten: deadline.note } };
  const daysBefore = daysBetween(deadline.date, ev.cycle.end);
  if (deadline.key === 'expiry')
    return { label: { key: 'standing.deadline.expiry' }, note: { key: 'standing.deadline.expiryNote' } };
  if (deadline.key.startsWith('apply_by_')) {
    const how = /^Apply by \((.+)\)$/.exec(deadline.label)?.[1];
    if (!how) return asWritten;
    return {
      label: { key: 'standing.deadline.applyBy', values: { how: { packText: how } } },
      note: { key: 'standing.deadline.applyByNote', values: { how: { packText: how }, days: daysBefore } },
    };
  }
  if (deadline.key === 'grace_end') {
    // The pack's own words on what happens after it follow "After it:"; a built-in pack's are translated.
    const after = deadline.note.split(' After it: ')[1];
    const note: Message = { key: 'standing.deadline.graceEndNote' };
    return {
      label: { key: 'standing.deadline.graceEnd' },
      note: after
        ? {
            key: 'standing.twoSentences',
            values: {
              first: note,
              second: { key: 'standing.deadline.afterGrace', values: { after: { packText: after } } },
            },
          }
        : note,
    };
  }
  if (deadline.key === 'exam_pass_by') {
    const months = /at least (\d+) months/.exec(deadline.note)?.[1];
    if (!months) return asWritten;
    return {
      label: { key: 'standing.deadline.examPassBy' },
      note: { key: 'standing.deadline.examPassByNote', values: { months: Number(months) } },
    };
  }
  if (deadline.key === 'exam_apply_by')
    return {
      label: { key: 'standing.deadline.examApplyBy' },
      note: { key: 'standing.deadline.examApplyByNote', values: { days: daysBefore } },
    };
  const fee = /^fee_(\d+)_year_(\d+)$/.exec(deadline.key);
  if (fee) {
    const name = /^(.*) \(year \d+\)$/.exec(deadline.label)?.[1];
    const yearly = ev.fees.filter((f) => f.every === 'year');
    // The engine numbers fees by their place among all of the pack's fees.
    const entry = ev.fees[Number(fee[1]) - 1] ?? yearly[0];
    if (!name || !entry) return asWritten;
    const covers = /One payment also covers: (.+)\.$/.exec(deadline.note)?.[1];
    const about: Message = {
      key: entry.unverified ? 'standing.deadline.feeNoteUnverified' : 'standing.deadline.feeNote',
      values: { amount: { money: entry.amount } },
    };
    return {
      label: { key: 'standing.deadline.fee', values: { fee: { packText: name }, year: Number(fee[2]) } },
      note: covers
        ? {
            key: 'standing.twoSentences',
            values: {
              first: about,
              second: { key: 'standing.deadline.feeCovers', values: { credentials: covers } },
            },
          }
        : about,
    };
  }
  return asWritten;
}

/** What the renderer needs: a translate function and the locale's formatters. */
export type Words = {
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string): string;
  money(amount: number): string;
  /** The credential's word for its credit ("points", "CE credits") for a count. */
  pointWord(count: number): string;
  category(key: string): string;
  /** A rule pack's own words (how to apply, a fee's name), translated when a built-in pack's. */
  packText(text: string): string;
  kind(kind: ActivityKind): string;
  unit(unit: Unit, count: number): string;
};

export function render(message: Message, words: Words): string {
  if ('asWritten' in message) return message.asWritten;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = renderValue(value, words);
  return words.t(message.key, values);
}

function renderValue(value: Value, words: Words): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return words.date(value.date);
  if ('money' in value) return words.money(value.money);
  if ('pointWord' in value) return words.pointWord(value.pointWord);
  if ('category' in value) return inSentence(words.category(value.category));
  if ('packText' in value) return words.packText(value.packText);
  if ('kind' in value) return value.inSentence ? inSentence(words.kind(value.kind)) : words.kind(value.kind);
  if ('unit' in value) return words.unit(value.unit, value.count);
  return render(value, words);
}

/**
 * A credential's word for its credit in the person's language: the generic words are
 * translated; a body's own unit names (CE credits, CCP points) stay as printed on
 * certificates.
 */
export function pointWordOf(
  pointName: string,
  count: number,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
): string {
  const name = pointName.trim().toLowerCase() || 'points';
  if (name === 'points') return t('standing.points.points', { count });
  if (name === 'clock hours') return t('standing.points.clockHours', { count });
  if (name === 'contact hours') return t('standing.points.contactHours', { count });
  if (name === 'ce credits') return t('standing.points.ceCredits', { count });
  if (name === 'ccp points') return t('standing.points.ccpPoints', { count });
  const trimmed = pointName.trim();
  return count === 1 && trimmed.endsWith('s') ? trimmed.slice(0, -1) : trimmed;
}

/** "Clinical" reads "clinical" inside a sentence, but "BLS" stays "BLS". */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
}
