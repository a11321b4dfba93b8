import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu remind and ceu calendar', () => {
  const dataDir = sampleDataDir();

  it('lists what is due within the days asked, soonest first, and exits 0 either way', () => {
    const all = ceu(['remind', '--within', '3650', '--as-of', '2026-12-05', '--json', '--data-dir', dataDir]);
    expect(all.code).toBe(0);
    const { due, within, asOf } = JSON.parse(all.stdout) as {
      due: { date: string; daysLeft: number; title: string; uid: string; source: string }[];
      within: number;
      asOf: string;
    };
    expect({ within, asOf }).toEqual({ within: 3650, asOf: '2026-12-05' });
    expect(due.length).toBeGreaterThan(2);
    expect(due.map((item) => item.date)).toEqual([...due.map((item) => item.date)].sort());
    expect(due.every((item) => item.date >= '2026-12-05' && item.title.length > 0)).toBe(true);
    expect(due.some((item) => /: Expiry$/.test(item.title))).toBe(true);

    const soonest = due[0]!;
    const narrow = ceu([
      'remind',
      '--within',
      String(soonest.daysLeft),
      '--as-of',
      '2026-12-05',
      '--data-dir',
      dataDir,
    ]);
    expect(narrow.code).toBe(0);
    expect(narrow.stdout).toContain(`  ${soonest.date}  ${soonest.title}`);

    const none = ceu(['remind', '--within', '30', '--as-of', '2099-01-01', '--data-dir', dataDir]);
    expect(none).toMatchObject({ code: 0 });
    expect(none.stdout).toBe('Nothing is due within 30 days of 2099-01-01.\n');
  });

  it('speaks Spanish with --lang es, and refuses a bad --within with what to type', () => {
    const es = ceu([
      '--lang',
      'es',
      'remind',
      '--within',
      '3650',
      '--as-of',
      '2026-12-05',
      '--data-dir',
      dataDir,
    ]);
    expect(es.stdout).toMatch(/^Vence en 3,650 días a partir del 2026-12-05:/);
    expect(es.stdout).toContain('Vencimiento');
    const bad = ceu(['remind', '--within', 'soon', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Give --within a whole number of days');
  });

  it('writes an .ics file a calendar reads, whose event ids stay the same on every export', () => {
    const folder = tempDir();
    const first = path.join(folder, 'first.ics');
    const second = path.join(folder, 'second.ics');
    const written = ceu(['calendar', '--out', first, '--data-dir', dataDir]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^Wrote \d+ dates to .*first\.ics\./);
    expect(ceu(['calendar', '--out', second, '--data-dir', dataDir]).code).toBe(0);

    const eventsOf = (file: string) => {
      const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
      return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    };
    const events = eventsOf(first);
    expect(events.length).toBe(Number(/Wrote (\d+)/.exec(written.stdout)![1]));
    expect(events.length).toBeGreaterThan(2);
    for (const event of events) {
      expect(event.uid).toMatch(/@ceu-portfolio$/);
      expect(event.startDate.isDate).toBe(true);
      expect(event.summary.length).toBeGreaterThan(0);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(eventsOf(second).map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    expect(ceu(['calendar', '--data-dir', dataDir])).toMatchObject({ code: 2 });
  });
});
