import { describe, expect, it } from 'vitest';
import { builtInRulePacks, evaluateCredential, evaluatePortfolio } from '../../src/domain/rules';
import type { CredentialLike } from '../../src/domain/rules';
import { randomActivities } from '../../scripts/bench-rules';
import { allPacks, customPacks, generatedPortfolio } from './generated-portfolios';
import * as reference from './reference';
import { firstDifference, sha256 } from './same-answer';

/**
 * The speed work must not change a single result. Large seeded portfolios are evaluated
 * by the live engine and by the frozen copy in reference/ (the engine as it was before),
 * and the JSON must be the same string. The SHA-256 of each answer is also kept in
 * __snapshots__/, recorded from the reference engine: it catches a change that reached
 * both copies. A deliberate change of results updates it with `npx vitest run -u`, and
 * says so in the commit.
 */

const benchCredentials: CredentialLike[] = [
  { id: 1, rulePackId: 'aama-cma', certifiedOn: '2021-03-15' },
  { id: 2, rulePackId: 'nha-ccma', certifiedOn: '2025-01-10' },
  { id: 3, rulePackId: 'amt-rma', certifiedOn: '2024-05-10' },
  { id: 4, rulePackId: 'ncct-ncma', certifiedOn: '2026-02-01' },
];

describe('the engine gives the same answers as before, byte for byte', () => {
  it('on the benchmark portfolio (10,000 activities, 4 credentials)', () => {
    const input = {
      credentials: benchCredentials,
      packs: builtInRulePacks,
      activities: randomActivities(10_000),
      asOf: '2026-11-24',
    };
    const live = evaluatePortfolio(input);
    const before = reference.evaluatePortfolio(input);
    expect(firstDifference(live, before)).toBeNull();
    expect(sha256(before)).toMatchSnapshot();
  });

  const cases = [
    { seed: 1, count: 8_000 },
    { seed: 2, count: 3_000 },
    { seed: 3, count: 500 },
    { seed: 20261124, count: 12_000 },
  ];
  for (const { seed, count } of cases) {
    it(`on generated portfolio ${seed} (${count.toLocaleString('en-US')} activities, every pack)`, () => {
      const portfolio = generatedPortfolio(seed, count);
      for (const asOf of portfolio.asOfs) {
        const input = {
          credentials: portfolio.credentials,
          packs: allPacks,
          activities: portfolio.activities,
          asOf,
        };
        const live = evaluatePortfolio(input);
        const before = reference.evaluatePortfolio(input);
        expect(firstDifference(live, before), `as of ${asOf}`).toBeNull();
        expect(sha256(before), `as of ${asOf}`).toMatchSnapshot();
      }
    });
  }

  it('on a portfolio for the custom packs only (every cap, many equal amounts)', () => {
    const portfolio = generatedPortfolio(7, 6_000, 8, customPacks);
    for (const asOf of portfolio.asOfs) {
      const input = {
        credentials: portfolio.credentials,
        packs: customPacks,
        activities: portfolio.activities,
        asOf,
      };
      const live = evaluatePortfolio(input);
      const before = reference.evaluatePortfolio(input);
      expect(firstDifference(live, before), `as of ${asOf}`).toBeNull();
      expect(sha256(before), `as of ${asOf}`).toMatchSnapshot();
    }
  });

  it('credential by credential (evaluateCredential reads the whole portfolio)', () => {
    const portfolio = generatedPortfolio(5, 2_000, 9);
    const asOf = portfolio.asOfs[0] as string;
    const run = (engine: typeof evaluateCredential) =>
      portfolio.credentials.map((credential) =>
        engine({
          credential,
          pack: allPacks.find((pack) => pack.id === credential.rulePackId)!,
          activities: portfolio.activities,
          asOf,
        }),
      );
    const before = run(reference.evaluateCredential);
    expect(firstDifference(run(evaluateCredential), before)).toBeNull();
    expect(sha256(before)).toMatchSnapshot();
  });
});
