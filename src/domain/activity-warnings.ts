/**
 * Things about an activity that are allowed but probably a typing slip: the form shows
 * them before saving, and saving still works. Each is a code with its values; the words
 * are in the message catalogs.
 */

export type ActivityWarning =
  | { code: 'futureDate'; date: string }
  | { code: 'beforeCredential'; credential: string; certifiedOn: string }
  | { code: 'longAgo'; years: number }
  | { code: 'largeCredit'; amount: number };

/** More points than any single course gives; a college course or conference can reach it, so it only warns. */
export const largeCreditAmount = 40;
/** Older than the longest cycle (five years) plus a year: it cannot count for any renewal. */
export const longAgoYears = 6;

export type WarningInput = {
  completedOn: string | null;
  credits: readonly { amount: number | string }[];
  /** The credentials the activity is claimed for: their short name and the day each was earned. */
  credentials: readonly { name: string; certifiedOn: string }[];
  /** Today, as YYYY-MM-DD in the person's time zone. */
  today: string;
};

export function activityWarnings(input: WarningInput): ActivityWarning[] {
  const warnings: ActivityWarning[] = [];
  const date = input.completedOn;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    if (date > input.today) warnings.push({ code: 'futureDate', date });
    for (const credential of input.credentials)
      if (date < credential.certifiedOn)
        warnings.push({
          code: 'beforeCredential',
          credential: credential.name,
          certifiedOn: credential.certifiedOn,
        });
    const years = Number(input.today.slice(0, 4)) - Number(date.slice(0, 4));
    const beforeAnniversary = input.today.slice(5) < date.slice(5);
    const fullYears = beforeAnniversary ? years - 1 : years;
    if (fullYears >= longAgoYears) warnings.push({ code: 'longAgo', years: fullYears });
  }
  const total = input.credits.reduce((sum, credit) => {
    const amount = typeof credit.amount === 'number' ? credit.amount : Number(credit.amount);
    return Number.isFinite(amount) ? sum + amount : sum;
  }, 0);
  if (total > largeCreditAmount) warnings.push({ code: 'largeCredit', amount: total });
  return warnings;
}
