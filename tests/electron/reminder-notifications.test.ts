import { afterEach, describe, expect, it } from 'vitest';
import {
  notificationsDue,
  notifyReminders,
  type ShownNotification,
} from '../../electron/main/reminder-notifications';
import { Portfolio } from '../../src/core/portfolio';
import { defaultSettings, loadSettings, saveSettings } from '../../src/core/settings';
import { removeTempDirs, tempDir } from '../core/fixtures';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

/** A CMA whose cycle ends on 2026-12-31, seen on the given day. */
function cmaSeenOn(dataDir: string, day: string): Portfolio {
  portfolio?.close();
  portfolio = Portfolio.open({ dataDir, now: () => new Date(`${day}T12:00:00Z`) });
  if (portfolio.listCredentials().length === 0)
    portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-12-15', expiresOn: '2026-12-31' });
  return portfolio;
}

describe('notifications for dates ahead', () => {
  it('comes once per lead time, in the person’s language, and not at all when turned off', () => {
    const dataDir = tempDir();
    const shown: ShownNotification[] = [];
    const show = (n: ShownNotification) => shown.push(n);

    notifyReminders(cmaSeenOn(dataDir, '2026-09-15'), 'en', show);
    expect(shown).toEqual([]); // 46 days before the first date (pass the exam by October 31): no lead time of 30, 7 or 1 reached yet

    notifyReminders(cmaSeenOn(dataDir, '2026-12-05'), 'en', show);
    const expiry = shown.find((n) => n.title === 'CEU Portfolio: CMA: Expiry');
    expect(expiry?.body).toMatch(/^In 26 days \(December 31, 2026\)\. The last day credit can be earned/);
    const count = shown.length;

    notifyReminders(cmaSeenOn(dataDir, '2026-12-06'), 'en', show);
    expect(shown.length).toBe(count); // the same lead time never comes twice

    notifyReminders(cmaSeenOn(dataDir, '2026-12-25'), 'es', show);
    const spanish = shown.slice(count).find((n) => /CMA: Vencimiento/.test(n.title));
    expect(spanish?.body).toMatch(/^En 6 días \(31 de diciembre de 2026\)\./);

    const settings = loadSettings(dataDir).settings;
    saveSettings(dataDir, { ...settings, reminders: { enabled: false, leadDays: [1] } });
    const before = shown.length;
    notifyReminders(cmaSeenOn(dataDir, '2026-12-30'), 'en', show);
    expect(shown.length).toBe(before);
  });

  it('a date first seen inside several lead times gives one notification, and passed dates drop out', () => {
    const item = {
      source: 'card' as const,
      uid: 'activity-1-cpr_card_expiry-2026-12-08@ceu-portfolio',
      date: '2026-12-08',
      daysLeft: 3,
      activityId: 1,
      title: 'BLS card',
    };
    const first = notificationsDue([item], defaultSettings.reminders, { 'gone@ceu-portfolio': [30] });
    expect(first.show).toEqual([item]);
    expect(first.notified).toEqual({ [item.uid]: [30, 7] });
    expect(
      notificationsDue([{ ...item, daysLeft: 2 }], defaultSettings.reminders, first.notified).show,
    ).toEqual([]);
    expect(
      notificationsDue([{ ...item, daysLeft: 1 }], defaultSettings.reminders, first.notified).show,
    ).toEqual([{ ...item, daysLeft: 1 }]);
  });
});
