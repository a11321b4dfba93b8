import type { ActivityStanding } from '../../domain/evaluation';
import type { Activity, ActivityKind, Credit } from '../../domain/portfolio';
import type { Unit } from '../../domain/units';
import { formatNumber } from '../../domain/units';

/**
 * Filtering, sorting and paging the activity list. Kept apart from the table so it can
 * be tested on its own and stays quick with thousands of activities: one pass to
 * filter, one sort, and only one page is ever handed to React.
 */

/** The columns the list sorts by; a header click sorts by its column, a second reverses it. */
export const sortColumns = ['date', 'title', 'provider', 'credit', 'certificates', 'counts'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type ActivitySort = { by: SortColumn; descending: boolean };

/** Newest first: what a person looks for most often. */
export const defaultSort: ActivitySort = { by: 'date', descending: true };

/** A first click on a column: dates and amounts largest first, words A to Z. */
export function sortFor(by: SortColumn, current: ActivitySort): ActivitySort {
  if (current.by === by) return { by, descending: !current.descending };
  return { by, descending: by !== 'title' && by !== 'provider' };
}

/** How each credential's rules treat an activity: one outcome per claimed credential that has a standing. */
export type OutcomesOf = (activity: Activity) => ActivityStanding['outcome'][];

export type Counting = 'any' | 'in_full' | 'not_in_full';

export type ActivityFilter = {
  /** Words to find in the title, provider or notes (case does not matter). */
  search: string;
  /** Only activities claimed for this credential; null for all. */
  credentialId: number | null;
  /** Only activities completed in this year. */
  year?: number | null;
  /** Only activities of this kind. */
  kind?: ActivityKind | null;
  /** Only activities with credit in this category. */
  category?: string | null;
  /** Only activities that count in full (for every credential they are claimed for), or that do not. */
  counting?: Counting;
  /** Only activities with no certificate attached. */
  noCertificate?: boolean;
  /** Only activities a person should look at: no certificate, not claimed, or not counted in full. */
  needsAttention?: boolean;
};

const noOutcomes: OutcomesOf = () => [];

function countsInFull(activity: Activity, outcomes: OutcomesOf): boolean {
  const found = outcomes(activity);
  return activity.credentialIds.length > 0 && found.length > 0 && found.every((o) => o === 'counted');
}

/** True when something about the activity wants the person's attention before a packet. */
export function needsAttention(activity: Activity, outcomes: OutcomesOf): boolean {
  if (activity.certificates.length === 0 || activity.credentialIds.length === 0) return true;
  return outcomes(activity).some((outcome) => outcome !== 'counted');
}

export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter,
  outcomes: OutcomesOf = noOutcomes,
): Activity[] {
  const words = filter.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const year = filter.year ? String(filter.year) : null;
  const counting = filter.counting ?? 'any';
  return activities.filter((activity) => {
    if (filter.credentialId !== null && !activity.credentialIds.includes(filter.credentialId)) return false;
    if (year !== null && !activity.completedOn.startsWith(year)) return false;
    if (filter.kind && activity.kind !== filter.kind) return false;
    if (filter.category && !activity.credits.some((credit) => credit.category === filter.category))
      return false;
    if (filter.noCertificate && activity.certificates.length > 0) return false;
    if (counting !== 'any' && countsInFull(activity, outcomes) !== (counting === 'in_full')) return false;
    if (filter.needsAttention && !needsAttention(activity, outcomes)) return false;
    if (words.length === 0) return true;
    const text = `${activity.title} ${activity.provider} ${activity.notes}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The years activities were completed in, newest first: the year filter's choices. */
export function yearsOf(activities: readonly Activity[]): number[] {
  return [...new Set(activities.map((activity) => Number(activity.completedOn.slice(0, 4))))].sort(
    (a, b) => b - a,
  );
}

const outcomeWeight = { counted: 1, partly: 0.5, not_counted: 0 } as const;

/**
 * Sorts in place by one column. Ties fall back to the newest first and then the id, so
 * the order never jumps between renders.
 */
export function sortActivities(
  activities: Activity[],
  sort: ActivitySort,
  outcomes: OutcomesOf = noOutcomes,
): Activity[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  const key = sortKey(sort.by, outcomes);
  return activities.sort((a, b) => {
    const primary = key(a, b);
    if (primary !== 0) return primary * sign;
    return b.completedOn.localeCompare(a.completedOn) || a.id - b.id;
  });

  function sortKey(by: SortColumn, outcomesOf: OutcomesOf): (a: Activity, b: Activity) => number {
    switch (by) {
      case 'date':
        // ISO dates compare correctly as strings; the id keeps same-day activities in a stable order.
        return (a, b) => a.completedOn.localeCompare(b.completedOn) || a.id - b.id;
      case 'title':
      case 'provider':
        return (a, b) => collator.compare(a[by], b[by]);
      case 'credit':
        return (a, b) => totalCredit(a) - totalCredit(b);
      case 'certificates':
        return (a, b) => a.certificates.length - b.certificates.length;
      case 'counts': {
        const weight = (activity: Activity) =>
          outcomesOf(activity).reduce((sum, outcome) => sum + outcomeWeight[outcome], 0);
        return (a, b) => weight(a) - weight(b);
      }
    }
  }
}

function totalCredit(activity: Activity): number {
  return activity.credits.reduce((sum, credit) => sum + credit.amount, 0);
}

export function pageOf<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}

/** The words describeCredits needs, in the person's language. */
export type CreditWords = {
  category(key: string): string;
  unit(unit: Unit, count: number): string;
  noCredit: string;
  mixedUnits: string;
  /** A number as the person's locale writes it. */
  number?(value: number): string;
};

/**
 * The credit in a few words: "2 clinical · 1 general". Amounts in the same category and
 * unit are added; the unit is named once when every credit shares it, and next to each
 * amount when they differ (units are never mixed silently).
 */
export function describeCredits(
  credits: readonly Credit[],
  words: CreditWords,
): { summary: string; unit: string } {
  if (credits.length === 0) return { summary: words.noCredit, unit: '' };
  const number = words.number ?? formatNumber;
  const totals = new Map<string, { amount: number; credit: Credit }>();
  for (const credit of credits) {
    const key = `${credit.category}|${credit.unit}`;
    const entry = totals.get(key);
    if (entry) entry.amount += credit.amount;
    else totals.set(key, { amount: credit.amount, credit });
  }
  const oneUnit = new Set(credits.map((credit) => credit.unit)).size === 1;
  const parts = [...totals.values()].map(({ amount, credit }) => {
    const category = words.category(credit.category).toLocaleLowerCase();
    if (oneUnit) return `${number(amount)} ${category}`;
    return `${number(amount)} ${words.unit(credit.unit, amount)} ${category}`;
  });
  return {
    summary: parts.join(' · '),
    unit: oneUnit ? words.unit(credits[0]!.unit, 2) : words.mixedUnits,
  };
}
