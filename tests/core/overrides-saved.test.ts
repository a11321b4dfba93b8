import { afterEach, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/core/portfolio';
import { UserError } from '../../src/core/errors';
import { activity, minimal, openPortfolio, problemsFor } from './exchange/helpers';
import { removeTempDirs, tempDir } from './fixtures';

let portfolio: Portfolio | undefined;
afterEach(() => {
  portfolio?.close();
  portfolio = undefined;
  removeTempDirs();
});

describe('strict overrides and what is already saved', () => {
  it('a database with an unknown key still opens and lists; the evaluation names the credential and the key', () => {
    const dataDir = tempDir('ceu-data-');
    portfolio = openPortfolio(dataDir);
    const saved = portfolio.saveCredential({
      rulePackId: 'amt-rma',
      certifiedOn: '2024-01-01',
      overrides: { totalRequired: 40 },
    });
    // Written by an older version that let any key through.
    portfolio.db
      .prepare('UPDATE credentials SET overrides = ? WHERE id = ?')
      .run('{"totalRequired":40,"graceDay":5}', saved.id);
    portfolio.close();

    portfolio = openPortfolio(dataDir);
    expect(portfolio.listCredentials().map((c) => c.overrides)).toEqual([{ totalRequired: 40, graceDay: 5 }]);
    let error: unknown;
    try {
      portfolio.evaluate('2025-01-01');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('INVALID_INPUT');
    expect((error as UserError).message).toMatch(
      /^The changes made to the RMA rules for this credential are not valid: graceDay: there is no setting "graceDay"; the settings there are .*graceDays.*\. Open that credential in the app and correct or remove those changes\.$/,
    );
  });

  it('saving a credential with a misspelt key is refused with the key named', () => {
    portfolio = openPortfolio();
    expect(() =>
      portfolio!.saveCredential({
        rulePackId: 'amt-rma',
        certifiedOn: '2024-01-01',
        overrides: { cycle: { month: 24 } },
      }),
    ).toThrow(/cycle\.month: there is no setting "month" in cycle; the settings there are months, anchor/);
    expect(portfolio.listCredentials()).toEqual([]);
  });

  it('an import with an unknown key in overrides is refused at its place, importing nothing', async () => {
    const data = minimal();
    (data.credentials as Record<string, unknown>[])[0]!.overrides = {
      totalRequired: 40,
      fees: [{ label: 'F', amount: 1, every: 'year', cost: 2 }],
    };
    data.activities = [activity()];
    const { problems } = await problemsFor(data);
    expect(problems).toMatchObject([
      {
        path: 'credentials[0].overrides',
        message: expect.stringContaining(
          'fees.0.cost: there is no setting "cost" in fees.0; the settings there are label, amount, every, unverified',
        ),
      },
    ]);
  });
});
