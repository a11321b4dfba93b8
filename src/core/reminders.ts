import { createEvents, type EventAttributes } from 'ics';
import type { Language } from '../domain/i18n/languages';
import { standingSayer } from '../domain/i18n/standing-sayer';
import { translator } from '../domain/i18n/translator';
import { sayUpcoming } from '../domain/i18n/upcoming-words';
import { upcomingDates, type UpcomingItem } from '../domain/reminders/upcoming';
import { listAudits } from './audits';
import type { Portfolio } from './portfolio';
import { writeFileAtomic } from './write-file-atomic';

/** Every date ahead that needs the person, soonest first, with the evaluations they came from. */
export function upcomingFor(portfolio: Portfolio, asOf: string = portfolio.today()) {
  const evaluations = portfolio.evaluate(asOf).credentials;
  const items = upcomingDates({
    evaluations,
    audits: listAudits(portfolio),
    activities: portfolio.listActivities(),
    planned: portfolio.listPlanned(),
    asOf,
  });
  return { asOf, items, evaluations };
}

/** Words for dates ahead in one language, with dates written as ISO (a terminal, a calendar). */
export function upcomingSayer(
  language: Language,
  evaluations: ReturnType<typeof upcomingFor>['evaluations'],
) {
  const t = translator(language);
  const sayer = standingSayer(
    t,
    (iso) => iso,
    (amount) => `$${amount}`,
  );
  return (item: UpcomingItem) =>
    sayUpcoming(item, t, sayer, (id) => evaluations.find((ev) => ev.credentialId === id));
}

/**
 * Writes every date ahead as an iCalendar file: all-day events whose ids come from what
 * each date is, so importing a newer file updates the same events instead of adding
 * copies. Returns how many dates it holds.
 */
export function writeCalendar(portfolio: Portfolio, file: string, language: Language): number {
  const { items, evaluations } = upcomingFor(portfolio);
  const say = upcomingSayer(language, evaluations);
  const events: EventAttributes[] = items.map((item) => {
    const { title, note } = say(item);
    const [y, m, d] = item.date.split('-').map(Number) as [number, number, number];
    return {
      uid: item.uid,
      title,
      description: note,
      start: [y, m, d],
      duration: { days: 1 },
      productId: 'ceu-portfolio',
      calName: 'CEU Portfolio',
    };
  });
  const { error, value } = createEvents(events, { productId: 'ceu-portfolio', calName: 'CEU Portfolio' });
  // Our own events are always well formed: a failure here is a bug, reported as one.
  if (error || !value) throw error ?? new Error('ics returned no calendar');
  writeFileAtomic(file, value);
  return items.length;
}
