import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../core/fixtures';
import { ceu, hasStackTrace, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu plan', () => {
  const dataDir = sampleDataDir();
  const plan = (...args: string[]) => ceu(['plan', '--as-of', '2026-12-05', '--data-dir', dataDir, ...args]);

  it('prints the cheapest plan in words, month by month, for the sample portfolio', () => {
    const { code, stdout, stderr } = plan();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Your plan to the deadline, as of December 5, 2026');
    expect(stdout).toMatch(
      /- ACE \(Annals of Continuing Education\) membership, \$29\.95, 1 year of membership, 22 courses or tests: covers 22 of your missing general points for CMA\./,
    );
    expect(stdout).toContain('Month by month:');
    expect(stdout).toContain(
      'December 2026: ACE (Annals of Continuing Education) membership: 2 courses or tests (pay $29.95)',
    );
    expect(stdout).toContain('CMA: finish by October 1, 2028');
    expect(stdout).toContain('CCMA: nothing is missing.');
  });

  it('says which limit to relax when no plan fits, in Spanish too', () => {
    const english = plan('--budget', '20');
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('No plan fits your limits.');
    expect(english.stdout).toContain('Raise your budget to $29.95 and a plan fits.');
    const spanish = ceu([
      '--lang',
      'es',
      'plan',
      '--as-of',
      '2026-12-05',
      '--data-dir',
      dataDir,
      '--budget',
      '20',
    ]);
    expect(spanish.stdout).toContain('Ningún plan cabe en sus límites.');
    expect(spanish.stdout).toContain('Suba su presupuesto a $29.95 y un plan cabe.');
    expect(spanish.stdout).toContain('CCMA: no le falta nada.');
  });

  it('prints the plan as JSON (docs/plan-json.md)', () => {
    const { code, stdout } = plan('--json', '--hours-per-month', '3');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      asOf: '2026-12-05',
      kind: 'plan',
      cost: 29.95,
      limits: { hoursPerMonth: 3 },
    });
    expect(json.items[0]).toMatchObject({ itemId: 'ace-membership', yearsBought: 1, units: 22 });
    expect(json.credentials.map((c: { outcome: string }) => c.outcome)).toEqual(['planned', 'complete']);
  });

  it('refuses a budget that is not a number, plainly', () => {
    const { code, stderr } = plan('--budget', 'lots');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ceu: --budget needs a number of zero or more, for example 300\./);
    expect(hasStackTrace(stderr)).toBe(false);
  });
});
