import { activityKindLabels, type ActivityKind } from '../../../src/domain/portfolio';
import type { KindRule, RulePack } from '../../../src/domain/rule-pack';
import { formatNumber, unitLabels, type Unit } from '../../../src/domain/units';
import type { LeftOutCause } from './allocate';
import type { ActivityLength } from './convert';
import { fromHundredths } from './convert';

/**
 * Every sentence the engine shows a person, in one place so the wording stays
 * consistent. Numbers in sentences are rounded for reading (at most two decimals);
 * numeric fields elsewhere stay exact.
 */

export function points(hundredths: number): string {
  return formatNumber(fromHundredths(hundredths));
}

/** "1 point", "2.5 points", "1 CE credit", "14 clock hours". */
export function amountOf(hundredths: number, pack: Pick<RulePack, 'pointName'>): string {
  const name = pack.pointName.trim() || 'points';
  return `${points(hundredths)} ${hundredths === 100 ? singular(name) : name}`;
}

/** "4 clinical points", "1 administrative point"; without a category, "4 points". */
export function amountIn(hundredths: number, category: string, pack: Pick<RulePack, 'pointName'>): string {
  const name = pack.pointName.trim() || 'points';
  return `${points(hundredths)} ${category ? `${category} ` : ''}${hundredths === 100 ? singular(name) : name}`;
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

export function kindLabel(kind: ActivityKind): string {
  return activityKindLabels[kind] ?? kind;
}

/** "Online course" -> "online course", but "CPR card" stays "CPR card". */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function kindPlural(kind: ActivityKind): string {
  const label = inSentence(kindLabel(kind));
  return label.endsWith('s') ? label : `${label}s`;
}

/** The category as it reads inside a sentence: "clinical", but "BLS" stays "BLS". */
export function categoryLabel(pack: Pick<RulePack, 'categories'>, key: string): string {
  return inSentence(
    pack.categories.find((category) => category.key === key)?.label ?? key.replace(/_/g, ' '),
  );
}

/** "AAMA-approved providers" whether or not the pack's label already says "providers". */
export function approvedLabel(pack: Pick<RulePack, 'approvedProviders'>): string {
  const label = pack.approvedProviders?.label.trim() || 'approved providers';
  return /providers?$/i.test(label) ? label : `${label} providers`;
}

const ordinals = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
];
export function ordinal(n: number): string {
  const word = ordinals[n - 1];
  if (word) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

// ---- Why an activity (or part of it) does not count --------------------------------

export const reasons = {
  beforeCycle: (completedOn: string, start: string, why?: 'look_back' | 'reactivation') =>
    why === 'look_back'
      ? `Completed ${completedOn}, before ${start}: for this renewal, credit counts from ${start}.`
      : why === 'reactivation'
        ? `Completed ${completedOn}, before ${start}: a reactivation counts only activities completed from ${start} on.`
        : `Completed ${completedOn}, before this cycle began on ${start}.`,
  afterCycle: (completedOn: string, end: string) =>
    `Completed ${completedOn}, after this cycle ended on ${end}.`,
  afterAsOf: (completedOn: string, asOf: string) =>
    `Completed ${completedOn}, after the as-of date ${asOf}: not counted yet.`,
  noCredit: 'No credit is entered for this activity, so there is nothing to count.',
  // Rule change 2026-12: minimum card validity.
  validityUnknown: (rule: KindRule) =>
    `${kindLabel(rule.kind)}: no validity entered. Only cards valid at least ${rule.minValidMonths} months count: check the card.`,
  validTooShort: (rule: KindRule, validMonths: number) =>
    `${kindLabel(rule.kind)} valid for ${validMonths} months: only cards valid at least ${rule.minValidMonths} months count.`,
  kindExcluded: (rule: KindRule) =>
    rule.reason.trim() || `${kindLabel(rule.kind)} activities do not count for this credential.`,

  tooShort(length: ActivityLength, minimum: number, pack: Pick<RulePack, 'body'>, stated: string): string {
    const what = length.inferred
      ? `${stated} (about ${length.minutes} minutes)`
      : `${length.minutes} minutes`;
    const rule = minimum === 50 ? 'the one contact hour (50 minutes)' : `the ${minimum}-minute minimum`;
    return `${what}: shorter than ${rule} the ${pack.body} requires.`;
  },

  unitNotAccepted(unit: Unit, pack: Pick<RulePack, 'body' | 'credential' | 'unitPoints'>): string {
    const accepted = (Object.keys(pack.unitPoints) as Unit[]).map((u) => unitLabels[u]?.many ?? u);
    const label = unitLabels[unit]?.one ?? unit;
    return (
      `Unit ${label} is not accepted by this pack (${pack.credential}, ${pack.body}), so this credit cannot count. ` +
      `Accepted units: ${accepted.join(', ') || 'none'}. Ask the ${pack.body} how it converts this credit, ` +
      `then record it in an accepted unit.`
    );
  },

  categoryNotInPack(
    category: string,
    hundredths: number,
    pack: Pick<RulePack, 'categories' | 'pointName'>,
  ): string {
    const keys = pack.categories.map((c) => c.label.toLowerCase()).join(', ');
    return `Category "${category}" is not one of this pack's categories (${keys}), so its ${amountOf(hundredths, pack)} cannot count.`;
  },

  noCategory: (kind: ActivityKind) =>
    `${kindLabel(kind)}: this pack does not say which category it counts in, so it is not counted.`,

  fixedPoints: (rule: KindRule, fixed: number, category: string, pack: Pick<RulePack, 'pointName'>) =>
    `${kindLabel(rule.kind)}: counts as ${amountIn(fixed, category, pack)} whatever credit was entered.`,

  beyondCount(rank: number, rule: KindRule, approvedFirst: boolean): string {
    const max = rule.maxCount ?? 0;
    const order = approvedFirst ? ' (those from approved providers are counted first)' : '';
    return `${ordinal(rank)} ${inSentence(kindLabel(rule.kind))} in this cycle: at most ${max} count${order}.`;
  },

  leftOut(
    hundredths: number,
    category: string,
    causes: readonly LeftOutCause[],
    pack: RulePack,
    cap: number,
  ): string {
    const why = causes.map((cause) => causeText(cause, pack, cap));
    const text = why.length > 0 ? why.join('; ') : "this pack's limits are reached";
    return `${amountIn(hundredths, category, pack)} left out: ${text}.`;
  },
};

function causeText(cause: LeftOutCause, pack: RulePack, outsideCap: number): string {
  switch (cause.type) {
    case 'outside_cap':
      return `not from ${approvedLabel(pack)}, and at most ${amountOf(outsideCap, pack)} from other providers can count`;
    case 'category_max': {
      const category = pack.categories.find((c) => c.key === cause.category);
      const max = Math.round((category?.max ?? 0) * 100);
      return `the ${categoryLabel(pack, cause.category)} category counts at most ${amountOf(max, pack)}`;
    }
    case 'kind_cap': {
      const rule = pack.kindRules.find((r) => r.kind === cause.kind);
      const max = Math.round((rule?.maxPoints ?? 0) * 100);
      return `at most ${amountOf(max, pack)} from ${kindPlural(cause.kind)} count in one cycle`;
    }
  }
}
