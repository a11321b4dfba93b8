import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../src/core/portfolio';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu } from './run-cli';

afterAll(removeTempDirs);

describe('ceu renew', () => {
  it('records a renewal, refuses a date that does not fit, and undoes the last one', () => {
    const dataDir = path.join(tempDir('ceu-cli-'), 'portfolio');
    const portfolio = Portfolio.open({ dataDir });
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-03-15' });
    portfolio.close();

    const renewed = ceu([
      'renew',
      String(cma.id),
      '--on',
      '2026-03-02',
      '--by',
      'exam',
      '--data-dir',
      dataDir,
    ]);
    expect(renewed.stderr).toBe('');
    expect(renewed.stdout).toBe(
      'CMA: the cycle 2021-03-15 to 2026-03-01 is kept (0 of 60 points counted). The next cycle runs 2026-03-02 to 2031-03-31.\n',
    );
    const status = JSON.parse(ceu(['status', '--json', '--data-dir', dataDir]).stdout);
    expect(status.credentials[0].pastCycles).toHaveLength(1);

    const refused = ceu(['renew', String(cma.id), '--on', '2026-03-01', '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'ceu: Your current CMA cycle started on March 2, 2026. Enter a renewal date after that day.\n',
    );

    const undone = ceu(['renew', String(cma.id), '--undo', '--data-dir', dataDir]);
    expect(undone.stdout).toBe(
      'CMA: the last renewal is undone; the cycle that started 2021-03-15 is current again.\n',
    );
    expect(
      JSON.parse(ceu(['status', '--json', '--data-dir', dataDir]).stdout).credentials[0].pastCycles,
    ).toEqual([]);
    expect(ceu(['renew', String(cma.id), '--undo', '--data-dir', dataDir]).stderr).toBe(
      'ceu: This credential has no renewal to undo. Nothing was changed.\n',
    );
  });

  it('needs a credential id and a date', () => {
    expect(ceu(['renew', '--on', '2026-03-02']).code).toBe(2);
    expect(ceu(['renew', '1']).stderr).toMatch(/^ceu: Give the day you renewed with --on YYYY-MM-DD/);
    expect(ceu(['renew', '1', '--on', '2026-03-02', '--by', 'mail']).stderr).toMatch(/^ceu: --by is "ce"/);
  });
});
