import { parseISO } from 'date-fns';
import type { MessageKey, MessageValues } from '../i18n/translator';
import type { ChosenItem, CredentialOutcome, PlanResult, RelaxAdvice } from './types';

type Say = (key: MessageKey, values?: MessageValues) => string;

/**
 * The plan in words, line by line, in the language of `say` (the CLI now, the plan page
 * later): each chosen item with what it covers for which credential, the months, and
 * which limit to relax when nothing fits.
 */
export function planLines(result: PlanResult, asOf: string, say: Say, locale: string): string[] {
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

  const lines = [say('plan.heading', { date: day(asOf) }), ''];
  if (result.kind === 'no_plan') {
    lines.push(say('plan.noPlan'));
    for (const advice of result.relax) lines.push(`  ${relaxLine(advice, say, money, list)}`);
  } else if (result.items.length === 0) {
    lines.push(say('plan.nothingToPlan'));
  } else {
    for (const item of result.items) lines.push(itemLine(item, say, money, list, category));
    lines.push('', say('plan.total', { cost: money(result.cost), hours: result.hours }), '');
    lines.push(say('plan.monthsHeading'));
    const names = new Map(result.items.map((item) => [item.itemId, item.name]));
    for (const month of result.months) {
      const items = month.items.map((cell) => {
        const name = names.get(cell.itemId) ?? cell.itemId;
        const taken = cell.units > 0 ? say('plan.monthItem', { name, units: cell.units }) : name;
        return cell.cost > 0 ? `${taken} (${say('plan.pay', { cost: money(cell.cost) })})` : taken;
      });
      const named = parseISO(`${month.month}-01`).toLocaleDateString(locale, {
        month: 'long',
        year: 'numeric',
      });
      lines.push(`  ${say('plan.month', { month: named, items: list(items) })}`);
    }
  }
  lines.push('');
  for (const outcome of result.credentials) lines.push(outcomeLine(outcome, say, day));
  if (result.withoutPrice.length > 0) {
    lines.push(
      '',
      say('plan.withoutPrice', {
        count: result.withoutPrice.length,
        names: list(result.withoutPrice.map((item) => item.name)),
      }),
    );
  }
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
  return `- ${say('plan.item', { name: item.name, cost: amount.join(', '), uses: list(uses) })}`;
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
      return say('plan.relaxExcluded', { items: list(advice.items) });
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
