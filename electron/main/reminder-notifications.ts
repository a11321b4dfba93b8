import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { upcomingFor, upcomingSayer } from '../../src/core/reminders';
import type { Portfolio } from '../../src/core/portfolio';
import { loadSettings, type ReminderSettings } from '../../src/core/settings';
import { writeFileAtomic } from '../../src/core/write-file-atomic';
import type { Language } from '../../src/domain/i18n/languages';
import { relativeDaysText } from '../../src/domain/i18n/figures';
import { translator } from '../../src/domain/i18n/translator';
import type { UpcomingItem } from '../../src/domain/reminders/upcoming';

/** Which lead times each date has had its notification for, so none comes twice. */
export const notifiedFileName = 'reminders-notified.json';
const notifiedSchema = z.record(z.string(), z.array(z.number()));
type Notified = z.infer<typeof notifiedSchema>;

/** At most this many at once; the dashboard lists the rest. */
const mostAtOnce = 3;

/**
 * The dates whose notification is due now: a date within one of the person's lead times
 * that has not had a notification for that lead time (nor a shorter one). A date first
 * seen already inside several lead times gets one notification, not one per lead time.
 */
export function notificationsDue(
  items: readonly UpcomingItem[],
  settings: ReminderSettings,
  notified: Notified,
): { show: UpcomingItem[]; notified: Notified } {
  const next: Notified = {};
  const show: UpcomingItem[] = [];
  const ahead = new Set(items.map((item) => item.uid));
  // Dates that have passed drop out of the record, so it never grows without end.
  for (const [uid, leads] of Object.entries(notified)) if (ahead.has(uid)) next[uid] = leads;
  if (!settings.enabled) return { show, notified: next };
  for (const item of items) {
    const crossed = settings.leadDays.filter((lead) => item.daysLeft <= lead);
    if (crossed.length === 0) continue;
    const done = next[item.uid] ?? [];
    const fresh = crossed.filter((lead) => !done.includes(lead));
    if (fresh.length === 0) continue;
    next[item.uid] = [...done, ...fresh];
    show.push(item);
  }
  return { show: show.slice(0, mostAtOnce), notified: next };
}

export interface ShownNotification {
  title: string;
  body: string;
}

/**
 * Checks the dates ahead and shows what is due, in the person's language. `show` is
 * Electron's Notification in the app (a stand-in in tests). Returns what was shown.
 */
export function notifyReminders(
  portfolio: Portfolio,
  language: Language,
  show: (notification: ShownNotification) => void,
): ShownNotification[] {
  const dataDir = portfolio.paths.dataDir;
  const settings = loadSettings(dataDir).settings.reminders;
  const { asOf, items, evaluations } = upcomingFor(portfolio);
  const file = path.join(dataDir, notifiedFileName);
  const { show: due, notified } = notificationsDue(items, settings, readNotified(file));
  const t = translator(language);
  const say = upcomingSayer(language, evaluations);
  const shown = due.map((item) => {
    const { title, note } = say(item);
    return {
      title: t('reminders.notification.title', { title }),
      body: t('reminders.notification.body', {
        when: capitalized(relativeDaysText(item.date, asOf, t)),
        date: { date: item.date },
        note,
      }),
    };
  });
  writeFileAtomic(file, JSON.stringify(notified));
  for (const notification of shown) show(notification);
  return shown;
}

function readNotified(file: string): Notified {
  try {
    const parsed = notifiedSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    // None yet, or unreadable: at worst a notification comes again.
    return {};
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
