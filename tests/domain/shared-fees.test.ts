import { describe, expect, it } from 'vitest';
import { builtInRulePacks, findRulePack } from '../../src/domain/rules';
import { feePayments, feeTotals, sharedFeesOf, type HeldCredential } from '../../src/domain/shared-fees';

const held = (id: number, packId: string): HeldCredential => {
  const pack = findRulePack(builtInRulePacks, packId);
  if (!pack) throw new Error(packId);
  return { id, pack };
};

describe('a fee that covers several credentials', () => {
  it('is paid once when the person holds RMA and CMAS, and named with both', () => {
    const portfolio = [held(1, 'amt-rma'), held(2, 'aama-cma'), held(3, 'amt-cmas')];
    const yearly = feePayments(portfolio).filter((p) => p.every === 'year');
    expect(yearly).toMatchObject([{ label: 'AMT annual fee', amount: 50, credentialIds: [1, 3] }]);
    expect(feeTotals(portfolio).year).toBe(50);
    expect(sharedFeesOf(portfolio, 1)).toEqual(new Map([[0, ['RMA', 'CMAS']]]));
    expect(sharedFeesOf(portfolio, 3)).toEqual(new Map([[0, ['RMA', 'CMAS']]]));
    expect(sharedFeesOf(portfolio, 2)).toEqual(new Map());
  });

  it('is an ordinary fee when only one of them is held', () => {
    const portfolio = [held(1, 'amt-rma'), held(2, 'nha-ccma')];
    expect(feeTotals(portfolio)).toEqual({ year: 50, renewal: 179 });
    expect(sharedFeesOf(portfolio, 1)).toEqual(new Map());
  });

  it('counts each credential’s own fees, and two credentials of other bodies twice', () => {
    const portfolio = [held(1, 'nha-ccma'), held(2, 'nha-cpt')];
    expect(feePayments(portfolio).map((p) => p.credentialIds)).toEqual([[1], [2]]);
    expect(feeTotals(portfolio).renewal).toBe(2 * feeTotals([held(1, 'nha-ccma')]).renewal);
  });
});
