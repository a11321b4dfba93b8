import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu } from './run-cli';

/**
 * The published rules end to end: a small portfolio file is imported with `ceu import`,
 * then `ceu status --json --as-of` is read as a script would read it.
 */

interface Activity {
  title: string;
  kind?: string;
  completedOn: string;
  approvingBody?: string;
  credits: { amount: number; unit: string; category?: string }[];
  credentials: string[];
}

function portfolioWith(
  credential: { ref: string; rulePackId: string; certifiedOn: string },
  activities: Activity[],
) {
  const file = path.join(tempDir('ceu-rules-'), 'portfolio.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: 'ceu-portfolio',
      version: 1,
      credentials: [credential],
      activities: activities.map((a) => ({
        provider: 'Provider',
        kind: 'online_course',
        delivery: 'online',
        ...a,
      })),
    }),
  );
  const dataDir = path.join(tempDir('ceu-rules-'), 'portfolio');
  const imported = ceu(['import', file, '--data-dir', dataDir]);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  return dataDir;
}

function statusAsOf(dataDir: string, asOf: string) {
  const { code, stdout, stderr } = ceu(['status', '--json', '--as-of', asOf, '--data-dir', dataDir]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout).credentials[0];
}

afterAll(removeTempDirs);

describe('ceu status --json --as-of, with the published rules', () => {
  it('AAMA: the grace period ends on the last day of the third month after expiry (29 Feb -> 31 May)', () => {
    // Certified 2019-02-10: expires 2024-02-29.
    const dataDir = portfolioWith({ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2019-02-10' }, [
      {
        title: 'Coding',
        completedOn: '2020-01-01',
        approvingBody: 'AAMA',
        credits: [{ amount: 10, unit: 'aama_ceu', category: 'administrative' }],
        credentials: ['cma'],
      },
    ]);
    const cases: [asOf: string, status: string][] = [
      ['2024-02-29', 'due_soon'],
      ['2024-05-29', 'grace'], // 90 days after expiry: a 90-day grace would already have ended
      ['2024-05-31', 'grace'],
      ['2024-06-01', 'lapsed'],
    ];
    for (const [asOf, status] of cases) {
      const cma = statusAsOf(dataDir, asOf);
      expect([asOf, cma.status]).toEqual([asOf, status]);
      expect(cma.deadlines.find((d: { key: string }) => d.key === 'grace_end').date).toBe('2024-05-31');
    }
    expect(statusAsOf(dataDir, '2024-03-15').openQuestions[0]).toMatch(/grace period/);
  });

  it('NCCT: calendar year with a one-year look-back, and a CPR card excluded with its reason', () => {
    const dataDir = portfolioWith({ ref: 'ncma', rulePackId: 'ncct-ncma', certifiedOn: '2026-01-01' }, [
      {
        title: 'Too early',
        completedOn: '2024-12-31',
        credits: [{ amount: 4, unit: 'clock_hour' }],
        credentials: ['ncma'],
      },
      {
        title: 'Last year',
        completedOn: '2025-03-01',
        credits: [{ amount: 8, unit: 'clock_hour' }],
        credentials: ['ncma'],
      },
      {
        title: 'This year',
        completedOn: '2026-05-01',
        credits: [{ amount: 2, unit: 'clock_hour' }],
        credentials: ['ncma'],
      },
      {
        title: 'CPR',
        kind: 'cpr_card',
        completedOn: '2026-02-01',
        credits: [{ amount: 4, unit: 'clock_hour' }],
        credentials: ['ncma'],
      },
    ]);
    const ncma = statusAsOf(dataDir, '2026-06-01');
    expect(ncma.cycle).toEqual({ start: '2026-01-01', end: '2026-12-31', from: 'certified_on' });
    expect(ncma.creditWindow).toEqual({ start: '2025-01-01', end: '2026-12-31', why: 'look_back' });
    const byTitle = Object.fromEntries(
      ncma.activities.map((a: { title: string; counted: number; reasons: string[] }) => [a.title, a]),
    );
    expect(byTitle['Too early']).toMatchObject({ counted: 0 });
    expect(byTitle['Last year']).toMatchObject({ counted: 8, reasons: [] });
    expect(byTitle['This year']).toMatchObject({ counted: 2, reasons: [] });
    expect(byTitle.CPR.counted).toBe(0);
    expect(byTitle.CPR.reasons[0]).toMatch(/NCCT does not accept CPR, BLS, PALS or first-aid cards/);
    expect(ncma.counted).toBe(10);
    expect(ncma.stillNeeded).toBe(4);
  });

  it('AMT: after a lapse, credit from the three years before the application (the as-of date) counts', () => {
    const dataDir = portfolioWith({ ref: 'rma', rulePackId: 'amt-rma', certifiedOn: '2020-01-10' }, [
      {
        title: 'Old',
        completedOn: '2022-06-01',
        credits: [{ amount: 20, unit: 'amt_ccp_point' }],
        credentials: ['rma'],
      },
      {
        title: 'Recent',
        completedOn: '2024-03-01',
        credits: [{ amount: 30, unit: 'amt_ccp_point' }],
        credentials: ['rma'],
      },
    ]);
    const rma = statusAsOf(dataDir, '2025-06-01');
    expect(rma.status).toBe('lapsed');
    expect(rma.creditWindow).toEqual({ start: '2022-06-02', end: '2025-06-01', why: 'reactivation' });
    expect(rma.counted).toBe(30);
    expect(rma.needs[0]).toMatch(
      /^Reactivate by CCP: .* If you apply on 2025-06-01, the activities completed from 2022-06-02 to 2025-06-01 already cover the requirement\.$/,
    );
    expect(rma.needs[1]).toMatch(/^Reactivate by exam/);
  });
});
