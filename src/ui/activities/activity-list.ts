import type { Activity, ActivityKind, Credit } from '../../domain/portfolio';
import { formatNumber, unitLabels } from '../../domain/units';
import type { CategoryOption } from './activity-vocabulary';
import { categoryLabel } from './activity-vocabulary';

/**
 * Filtering, sorting and paging the activity list. Kept apart from the table so it can
 * be tested on its own and stays quick with thousands of activities: one pass to
 * filter, one sort, and only one page is ever handed to React.
 */

export type ActivitySort = 'newest' | 'oldest' | 'title' | 'provider';

export type ActivityFilter = {
  /** Words to find in the title, provider or notes (case does not matter). */
  search: string;
  /** Only activities claimed for this credential; null for all. */
  credentialId: number | null;
  /** Only activities completed in this year. */
  year?: number | null;
  /** Only activities of this kind. */
  kind?: ActivityKind | null;
  /** Only activities with no certificate attached. */
  noCertificate?: boolean;
};

export function filterActivities(activities: readonly Activity[], filter: ActivityFilter): Activity[] {
  const words = filter.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const year = filter.year ? String(filter.year) : null;
  return activities.filter((activity) => {
    if (filter.credentialId !== null && !activity.credentialIds.includes(filter.credentialId)) return false;
    if (year !== null && !activity.completedOn.startsWith(year)) return false;
    if (filter.kind && activity.kind !== filter.kind) return false;
    if (filter.noCertificate && activity.certificates.length > 0) return false;
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

export function sortActivities(activities: Activity[], sort: ActivitySort): Activity[] {
  if (sort === 'title' || sort === 'provider') {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return activities.sort(
      (a, b) =>
        collator.compare(a[sort], b[sort]) || b.completedOn.localeCompare(a.completedOn) || a.id - b.id,
    );
  }
  const direction = sort === 'newest' ? -1 : 1;
  // ISO dates compare correctly as strings; the id keeps same-day activities in a stable order.
  return activities.sort((a, b) =>
    a.completedOn === b.completedOn
      ? (a.id - b.id) * direction
      : a.completedOn < b.completedOn
        ? -direction
        : direction,
  );
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

/**
 * The credit in a few words: "2 clinical · 1 general". Amounts in the same category and
 * unit are added; the unit is named once when every credit shares it, and next to each
 * amount when they differ (units are never mixed silently).
 */
export function describeCredits(
  credits: readonly Credit[],
  categories: readonly CategoryOption[],
): { summary: string; unit: string } {
  if (credits.length === 0) return { summary: 'No credit entered', unit: '' };
  const totals = new Map<string, { amount: number; credit: Credit }>();
  for (const credit of credits) {
    const key = `${credit.category}|${credit.unit}`;
    const entry = totals.get(key);
    if (entry) entry.amount += credit.amount;
    else totals.set(key, { amount: credit.amount, credit });
  }
  const oneUnit = new Set(credits.map((credit) => credit.unit)).size === 1;
  const parts = [...totals.values()].map(({ amount, credit }) => {
    const category = categoryLabel(credit.category, categories).toLocaleLowerCase();
    if (oneUnit) return `${formatNumber(amount)} ${category}`;
    const unit = unitLabels[credit.unit];
    return `${formatNumber(amount)} ${amount === 1 ? unit.one : unit.many} ${category}`;
  });
  return { summary: parts.join(' · '), unit: oneUnit ? unitLabels[credits[0]!.unit].many : 'mixed units' };
}
