import type { ActivityKind } from '../../domain/portfolio';
import type { RulePack, RulePackInput } from '../../domain/rule-pack';
import { type Unit, units } from '../../domain/units';
import { translator } from '../../domain/i18n/translator';

/**
 * The custom rule pack form: its values mirror the rule pack's shape field for field
 * (so a problem found by rulePackSchema lands on the right input), with '' for numbers
 * not yet typed. The checks live in rule-pack-checks.ts.
 */

type NumberField = number | string;

export interface RulePackFormValues {
  id: string;
  version: string;
  credential: string;
  name: string;
  body: string;
  bodyName: string;
  source: string;
  lastChecked: string | null;
  confirmNote: string;
  cycle: { months: NumberField; anchor: 'certification_date' | 'end_of_month'; calendarYear?: boolean };
  pointName: string;
  totalRequired: NumberField;
  categories: { key: string; label: string; min: NumberField; max: NumberField; description: string }[];
  approvedProvidersOn: boolean;
  approvedProviders: { bodies: string[]; minPoints: NumberField; label: string };
  unitPoints: Record<Unit, { accepted: boolean; points: NumberField }>;
  kindRules: {
    kind: ActivityKind;
    pointsEach: NumberField;
    category: string | null;
    maxCount: NumberField;
    maxPoints: NumberField;
    excluded: boolean;
    reason: string;
    /** Kept as they were (not edited here). */
    countsTowardApproved?: boolean;
    minValidMonths?: number | null;
  }[];
  minActivityMinutes: NumberField;
  graceDays: NumberField;
  lapsedNote: string;
  fees: { label: string; amount: NumberField; every: 'renewal' | 'year'; unverified: boolean }[];
  /** One note per line. */
  notes: string;
  /** One per line: figures the holder has not confirmed with the certifying body. */
  unverified: string;
  /** Kept as it was (not edited here). */
  examRoute: RulePack['examRoute'];
  /** Rules this form does not edit yet, kept as they were so editing never drops them. */
  kept?: Partial<Pick<RulePack, KeptField>>;
}

const keptFields = [
  'graceMonths',
  'minutesPerPoint',
  'minActivityMinutesFor',
  'creditFromCalendarYearsBefore',
  'lapseRoutes',
  'processing',
  'openQuestions',
  'ruleSources',
] as const;
type KeptField = (typeof keptFields)[number];

let english: ReturnType<typeof translator> | null = null;
/** Words a pack keeps when its author left them empty: English, as the pack is data like the built-in ones. */
function englishWords(): ReturnType<typeof translator> {
  english ??= translator('en');
  return english;
}

/** The reminder a pack shows when its author wrote none. */
function defaultConfirmNote(): string {
  return englishWords()('rulePacks.editor.defaultConfirmNote');
}

/** A blank pack form; its reminder in the person's language when the window passes it. */
export function emptyRulePackForm(confirmNote: string = defaultConfirmNote()): RulePackFormValues {
  return {
    id: '',
    version: '1',
    credential: '',
    name: '',
    body: '',
    bodyName: '',
    source: '',
    lastChecked: null,
    confirmNote,
    cycle: { months: 24, anchor: 'certification_date' },
    pointName: 'points',
    totalRequired: 10,
    categories: [],
    approvedProvidersOn: false,
    approvedProviders: { bodies: [], minPoints: 0, label: '' },
    unitPoints: Object.fromEntries(
      units.map((unit) => [
        unit,
        { accepted: unit === 'contact_hour', points: unit === 'contact_hour' ? 1 : '' },
      ]),
    ) as RulePackFormValues['unitPoints'],
    kindRules: [],
    minActivityMinutes: '',
    graceDays: 0,
    lapsedNote: '',
    fees: [],
    notes: '',
    unverified: '',
    examRoute: null,
  };
}

const orEmpty = (value: number | null | undefined): NumberField =>
  value === null || value === undefined ? '' : value;

/** A pack as form values; `asCopy` starts a new custom pack from it (a built-in one, say). */
export function formFromRulePack(pack: RulePack, asCopy = false): RulePackFormValues {
  return {
    id: asCopy ? `${pack.id}-custom` : pack.id,
    version: asCopy ? '1' : pack.version,
    credential: pack.credential,
    name: pack.name,
    body: pack.body,
    bodyName: pack.bodyName,
    source: pack.source,
    lastChecked: pack.lastChecked,
    confirmNote: pack.confirmNote,
    cycle: { ...pack.cycle },
    pointName: pack.pointName,
    totalRequired: pack.totalRequired,
    categories: pack.categories.map((c) => ({ ...c, max: orEmpty(c.max) })),
    approvedProvidersOn: pack.approvedProviders !== null,
    approvedProviders: pack.approvedProviders
      ? { ...pack.approvedProviders, bodies: [...pack.approvedProviders.bodies] }
      : { bodies: [], minPoints: 0, label: '' },
    unitPoints: Object.fromEntries(
      units.map((unit) => {
        const points = pack.unitPoints[unit];
        return [unit, { accepted: points !== undefined, points: orEmpty(points) }];
      }),
    ) as RulePackFormValues['unitPoints'],
    kindRules: pack.kindRules.map((rule) => ({
      ...rule,
      pointsEach: orEmpty(rule.pointsEach),
      maxCount: orEmpty(rule.maxCount),
      maxPoints: orEmpty(rule.maxPoints),
    })),
    minActivityMinutes: orEmpty(pack.minActivityMinutes),
    graceDays: pack.graceDays,
    lapsedNote: pack.lapsedNote,
    fees: pack.fees.map((fee) => ({ ...fee })),
    notes: pack.notes.join('\n'),
    unverified: pack.unverified.join('\n'),
    examRoute: pack.examRoute,
    kept: Object.fromEntries(keptFields.map((key) => [key, pack[key]])),
  };
}

const blankToNull = (value: NumberField): number | null => (value === '' ? null : Number(value));
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function rulePackFromForm(values: RulePackFormValues): RulePackInput {
  const unitPoints: Partial<Record<Unit, number>> = {};
  for (const unit of units) {
    const entry = values.unitPoints[unit];
    if (entry?.accepted) unitPoints[unit] = Number(entry.points);
  }
  return {
    id: values.id.trim(),
    version: values.version.trim(),
    credential: values.credential,
    name: values.name,
    body: values.body,
    bodyName: values.bodyName,
    builtIn: false,
    source: values.source.trim(),
    lastChecked: values.lastChecked || null,
    confirmNote: values.confirmNote.trim() || defaultConfirmNote(),
    unverified: lines(values.unverified),
    cycle: {
      months: Number(values.cycle.months),
      anchor: values.cycle.anchor,
      calendarYear: values.cycle.calendarYear ?? false,
    },
    pointName: values.pointName.trim() || 'points',
    totalRequired: Number(values.totalRequired),
    categories: values.categories.map((c) => ({
      key: c.key.trim(),
      label: c.label.trim(),
      min: Number(c.min || 0),
      max: blankToNull(c.max),
      description: c.description.trim(),
    })),
    approvedProviders: values.approvedProvidersOn
      ? {
          bodies: values.approvedProviders.bodies.map((b) => b.trim()).filter(Boolean),
          minPoints: Number(values.approvedProviders.minPoints),
          label: values.approvedProviders.label.trim() || englishWords()('rulePacks.credit.calledExample'),
        }
      : null,
    unitPoints,
    kindRules: values.kindRules.map((rule) => ({
      kind: rule.kind,
      pointsEach: blankToNull(rule.pointsEach),
      category: rule.category || null,
      maxCount: blankToNull(rule.maxCount),
      maxPoints: blankToNull(rule.maxPoints),
      excluded: rule.excluded,
      reason: rule.reason.trim(),
      countsTowardApproved: rule.countsTowardApproved ?? false,
      minValidMonths: rule.minValidMonths ?? null,
    })),
    minActivityMinutes: blankToNull(values.minActivityMinutes),
    graceDays: Number(values.graceDays || 0),
    lapsedNote: values.lapsedNote.trim(),
    examRoute: values.examRoute,
    fees: values.fees.map((fee) => ({ ...fee, label: fee.label.trim(), amount: Number(fee.amount) })),
    notes: lines(values.notes),
    ...values.kept,
  };
}

/**
 * A new pack's id, made from its body and abbreviation ("state-board-cma"), with a
 * number added when another pack has it. Only lower-case letters, digits and dashes,
 * as the rule pack format asks; accents are dropped ("Técnico" → "tecnico").
 */
export function packIdFrom(body: string, credential: string, taken: ReadonlySet<string>): string {
  const slug =
    `${body} ${credential}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'my-credential';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
