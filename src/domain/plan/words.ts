import { parseISO } from 'date-fns';
import type { MessageKey, MessageValues } from '../i18n/translator';
import type { ChosenItem, CredentialOutcome, PlanResult, RelaxAdvice } from './types';

type Say = (key: MessageKey, values?: MessageValues) => string;

/** The plan in words, piece by piece, for the plan page to lay out (planLines joins them for the CLI). */
export interface PlanDescription {
  /** The heading, with the day the plan was made. */
  heading: string;
  /** "No plan fits your limits." with one line per limit to relax; empty when a plan fits. */
  noPlan: string[];
  /** Each chosen item in a sentence: what it costs and what it covers for which credential. */
  items: { itemId: string; text: string }[];
  /** "There is nothing to plan." when every credential is complete; else null. */
  nothing: string | null;
  /** The cost and hours in all; null without a plan. */
  total: string | null;
  /** Month by month: what to take and pay. */
  months: string[];
  /** Per credential: finish by, complete, too late, or not coverable. */
  outcomes: string[];
  /** Items left out for want of a price; null when none. */
  withoutPrice: string | null;
}

export function describePlan(result: PlanResult, asOf: string, say: Say, locale: string): PlanDescription {
  const money = (amount: number) =>
    amount.toLocaleString(locale, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    });
  const day = (iso: string) => parseISO(iso).toLocaleDateString(locale, { dateStyle: 'long' });
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const category = (key: string) => categoryWord(key, say);

  const description: PlanDescription = {
    heading: say('plan.heading', { date: day(asOf) }),
    noPlan: [],
    items: [],
    nothing: null,
    total: null,
    months: [],
    outcomes: result.credentials.map((outcome) => outcomeLine(outcome, say, day)),
    withoutPrice:
      result.withoutPrice.length > 0
        ? say('plan.withoutPrice', {
            count: result.withoutPrice.length,
            names: list(result.withoutPrice.map((item) => item.name)),
          })
        : null,
  };
  if (result.kind === 'no_plan') {
    description.noPlan = [
      say('plan.noPlan'),
      ...result.relax.map((advice) => relaxLine(advice, say, money, list)),
    ];
    return description;
  }
  if (result.items.length === 0) {
    description.nothing = say('plan.nothingToPlan');
    return description;
  }
  description.items = result.items.map((item) => ({
    itemId: item.itemId,
    text: itemLine(item, say, money, list, category),
  }));
  description.total = say('plan.total', { cost: money(result.cost), hours: result.hours });
  const names = new Map(result.items.map((item) => [item.itemId, item.name]));
  description.months = result.months.map((month) => {
    const items = month.items.map((cell) => {
      const name = names.get(cell.itemId) ?? cell.itemId;
      const taken = cell.units > 0 ? say('plan.monthItem', { name, units: cell.units }) : name;
      return cell.cost > 0 ? `${taken} (${say('plan.pay', { cost: money(cell.cost) })})` : taken;
    });
    const named = parseISO(`${month.month}-01`).toLocaleDateString(locale, {
      month: 'long',
      year: 'numeric',
    });
    return say('plan.month', { month: named, items: list(items) });
  });
  return description;
}

/**
 * The plan in words, line by line, in the language of `say` (the CLI): each chosen item
 * with what it covers for which credential, the months, and which limit to relax when
 * nothing fits.
 */
export function planLines(result: PlanResult, asOf: string, say: Say, locale: string): string[] {
  const words = describePlan(result, asOf, say, locale);
  const lines = [words.heading, ''];
  if (words.noPlan.length > 0) {
    lines.push(words.noPlan[0]!, ...words.noPlan.slice(1).map((line) => `  ${line}`));
  } else if (words.nothing !== null) {
    lines.push(words.nothing);
  } else {
    for (const item of words.items) lines.push(`- ${item.text}`);
    lines.push('', words.total!, '', say('plan.monthsHeading'));
    for (const month of words.months) lines.push(`  ${month}`);
  }
  lines.push('', ...words.outcomes);
  if (words.withoutPrice !== null) lines.push('', words.withoutPrice);
  return lines;
}

function itemLine(
  item: ChosenItem,
  say: Say,
  money: (amount: number) => string,
  list: (items: readonly string[]) => string,
  category: (key: string) => string,
): string {
  const uses = item.uses.map((use, i) => {
    const keys = Object.keys(use.byCategory);
    if (i > 0) return say('plan.countsFor', { credential: use.credential, points: use.points });
    return keys.length > 0
      ? say('plan.covers', {
          points: use.points,
          categories: list(keys.map(category)),
          credential: use.credential,
        })
      : say('plan.coversAny', { points: use.points, credential: use.credential });
  });
  const amount = [
    item.owned && item.cost === 0 ? say('plan.owned') : money(item.cost),
    item.yearsBought > 0 ? say('plan.years', { years: item.yearsBought }) : null,
    item.units > 0 ? say('plan.units', { units: item.units }) : null,
  ].filter((part): part is string => part !== null);
  return say('plan.item', { name: item.name, cost: amount.join(', '), uses: list(uses) });
}

function relaxLine(
  advice: RelaxAdvice,
  say: Say,
  money: (amount: number) => string,
  list: (items: readonly string[]) => string,
): string {
  switch (advice.limit) {
    case 'budget':
      return say('plan.relaxBudget', { amount: money(advice.neededBudget) });
    case 'hoursPerMonth':
      return say('plan.relaxHours', { hours: advice.neededHoursPerMonth });
    case 'excluded':
      return say('plan.relaxExcluded', { items: list(advice.names) });
    case 'all':
      return say('plan.relaxAll');
  }
}

function outcomeLine(outcome: CredentialOutcome, say: Say, day: (iso: string) => string): string {
  const values = { credential: outcome.credential, date: day(outcome.deadline) };
  switch (outcome.outcome) {
    case 'planned':
      return say('plan.planned', values);
    case 'complete':
      return say('plan.complete', values);
    case 'too_late':
      return say('plan.tooLate', values);
    case 'not_coverable':
      return say('plan.notCoverable', values);
  }
}

/** A category's name in lower case, as it reads mid-sentence; its key when the pack made it up. */
function categoryWord(key: string, say: Say): string {
  const known: Record<string, MessageKey> = {
    administrative: 'vocabulary.categories.administrative',
    clinical: 'vocabulary.categories.clinical',
    general: 'vocabulary.categories.general',
  };
  return known[key] ? say(known[key]).toLocaleLowerCase() : key;
}
