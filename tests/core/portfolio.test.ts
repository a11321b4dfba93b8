import { afterEach, describe, expect, it } from 'vitest';
import { saveCredential as saveCredentialRow } from '../../src/core/db/credential-repository';
import { UserError } from '../../src/core/errors';
import type { Portfolio } from '../../src/core/portfolio';
import { openPortfolio } from './exchange/helpers';
import { removeTempDirs } from './fixtures';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected an error');
}

describe('Portfolio credentials and evaluation', () => {
  it('refuses changes to a rule pack that would break every evaluation, and saves nothing', () => {
    portfolio = openPortfolio();
    const error = errorOf(() =>
      portfolio!.saveCredential({
        rulePackId: 'aama-cma',
        certifiedOn: '2024-01-15',
        overrides: { totalRequired: 'sixty' },
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(
      /^The changes made to the CMA rules for this credential are not valid: totalRequired/,
    );
    expect(portfolio.listCredentials()).toEqual([]);
  });

  it('accepts a valid change such as a new fee for this credential only', () => {
    portfolio = openPortfolio();
    const fees = [{ label: 'Recertification fee', amount: 140, every: 'renewal' }];
    const credential = portfolio.saveCredential({
      rulePackId: 'aama-cma',
      certifiedOn: '2024-01-15',
      overrides: { fees },
    });
    const [evaluation] = portfolio.evaluate('2026-11-24').credentials;
    expect(evaluation?.credentialId).toBe(credential.id);
    expect(evaluation?.fees).toEqual([
      { label: 'Recertification fee', amount: 140, every: 'renewal', unverified: false },
    ]);
  });

  it('refuses a rule pack that does not exist', () => {
    portfolio = openPortfolio();
    const error = errorOf(() =>
      portfolio!.saveCredential({ rulePackId: 'no-such-pack', certifiedOn: '2024-01-15' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });

  it('explains, in words, a credential whose rule pack has gone instead of failing with a program error', () => {
    portfolio = openPortfolio();
    saveCredentialRow(portfolio.db, {
      rulePackId: 'my-deleted-pack',
      certifiedOn: '2024-01-15',
      credentialNumber: 'X-1',
    });
    const error = errorOf(() => portfolio!.evaluate('2026-11-24'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('"my-deleted-pack", which is no longer available');
    expect(error.message).toContain('choose another rule pack');
  });
});

describe('Portfolio.summarize', () => {
  it('is the evaluation without per-activity standings, with how many activities count', () => {
    portfolio = openPortfolio();
    const credential = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-01-15' });
    const base = {
      provider: 'AAMA e-Learning Center',
      approvingBody: 'AAMA',
      kind: 'online_course' as const,
      delivery: 'online' as const,
      credentialIds: [credential.id],
    };
    portfolio.saveActivity({
      ...base,
      title: 'Coding basics',
      completedOn: '2025-03-01',
      durationMinutes: 120,
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'administrative' }],
    });
    portfolio.saveActivity({
      ...base,
      title: 'Before the cycle',
      completedOn: '2023-03-01',
      durationMinutes: 60,
      credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }],
    });
    const full = portfolio.evaluate('2026-11-24').credentials[0]!;
    const summary = portfolio.summarize('2026-11-24').credentials[0]!;
    const { activities: _activities, ...rest } = full;
    expect(summary).toEqual({ ...rest, activityCounts: { counted: 1, partly: 0, notCounted: 1 } });
    expect(summary).not.toHaveProperty('activities');
  });
});
