import { describe, expect, it } from 'vitest';
import { effectivePack, InvalidOverridesError } from '../../src/domain/rules';
import { pack } from './helpers';

function refusal(overrides: Record<string, unknown>): InvalidOverridesError {
  try {
    effectivePack(pack('amt-rma'), overrides);
  } catch (error) {
    if (error instanceof InvalidOverridesError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('credential overrides are strict', () => {
  it('refuses an unknown top-level key, naming it and the keys allowed', () => {
    const error = refusal({ totalRequried: 40 });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(
      /^totalRequried: there is no setting "totalRequried"; the settings there are id, version, .*totalRequired.*graceDays/,
    );
    expect(error.message).toContain(
      'The changes made to the RMA rules for this credential are not valid: totalRequried',
    );
  });

  it('refuses a misspelt key inside an object and inside a list of objects', () => {
    const error = refusal({
      cycle: { monts: 24 },
      fees: [{ label: 'Fee', amount: 10, every: 'year', ammount: 12 }],
    });
    expect(error.issues).toEqual([
      'cycle.monts: there is no setting "monts" in cycle; the settings there are months, anchor, calendarYear',
      'fees.0.ammount: there is no setting "ammount" in fees.0; the settings there are label, amount, every, unverified, dueInAnniversaryMonth, covers',
    ]);
  });

  it('refuses a key inside approvedProviders, and an unknown unit', () => {
    const error = refusal({
      approvedProviders: { bodies: ['AMT'], minPoints: 5, lable: 'x' },
      unitPoints: { parsec: 2 },
    });
    expect(error.issues.join('\n')).toMatch(
      /approvedProviders\.lable: there is no setting "lable" in approvedProviders; the settings there are bodies, minPoints, label/,
    );
    expect(error.issues.join('\n')).toMatch(/unitPoints/);
  });

  it('still accepts every key the credential form writes, and nested values it merges', () => {
    const merged = effectivePack(pack('amt-rma'), {
      totalRequired: 40,
      graceDays: 10,
      cycle: { months: 24 },
      fees: [{ label: 'Fee', amount: 10, every: 'year', unverified: false }],
      approvedProviders: null,
      unitPoints: { college_credit: 5 },
    });
    expect(merged.cycle.months).toBe(24);
    expect(merged.totalRequired).toBe(40);
  });

  it('answers overrides nested 5,000 deep with a refusal, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { cycle: deep };
    expect(() => effectivePack(pack('amt-rma'), deep as Record<string, unknown>)).toThrow(
      InvalidOverridesError,
    );
  });
});
