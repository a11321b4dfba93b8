import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../src/core/portfolio';
import { renewCredential } from '../../src/core/renewals';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu } from './run-cli';

afterAll(removeTempDirs);

describe('ceu status --json and the cycle history', () => {
  it('lists each credential’s finished cycles beside the current one', () => {
    const dataDir = path.join(tempDir('ceu-cli-'), 'portfolio');
    const portfolio = Portfolio.open({ dataDir, now: () => new Date(2026, 11, 5, 12) });
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-03-15' });
    portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-05-05' });
    renewCredential(portfolio, { credentialId: cma.id, on: '2026-03-02', by: 'exam' });
    portfolio.close();

    const { code, stdout, stderr } = ceu([
      'status',
      '--json',
      '--as-of',
      '2026-12-05',
      '--data-dir',
      dataDir,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [cmaStatus, ccmaStatus] = JSON.parse(stdout).credentials;
    expect(cmaStatus.cycle).toEqual({ start: '2026-03-02', end: '2031-03-31', from: 'certified_on' });
    expect(cmaStatus.pastCycles).toEqual([
      {
        startedOn: '2021-03-15',
        endedOn: '2026-03-31',
        ending: 'renewed',
        statedOn: '2026-03-02',
        nextStartedOn: '2026-03-02',
        asOf: '2026-03-01',
        status: 'due_soon',
        required: 60,
        earned: 0,
        counted: 0,
        stillNeeded: 60,
      },
    ]);
    expect(ccmaStatus.pastCycles).toEqual([]);
  });
});
