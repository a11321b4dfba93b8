import { afterEach, describe, expect, it } from 'vitest';
import { changeActivities } from '../../src/core/activity-bulk';
import type { Portfolio } from '../../src/core/portfolio';
import { openPortfolio } from './exchange/helpers';
import { removeTempDirs } from './fixtures';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

function withThree() {
  portfolio = openPortfolio();
  const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const ccma = portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-02-20' });
  const ids = [1, 2, 3].map(
    (n) =>
      portfolio.saveActivity({
        title: `Course ${n}`,
        provider: 'ACE',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-06-01',
        credentialIds: [cma.id],
      }).id,
  );
  return { cma, ccma, ids };
}

describe('changing several activities at once', () => {
  it('counts them toward one more credential, once each', () => {
    const { cma, ccma, ids } = withThree();
    expect(
      changeActivities(portfolio, [ids[0]!, ids[1]!], { kind: 'countToward', credentialId: ccma.id }),
    ).toEqual({
      changed: 2,
    });
    expect(changeActivities(portfolio, ids, { kind: 'countToward', credentialId: ccma.id })).toEqual({
      changed: 1,
    });
    expect(portfolio.listActivities().map((a) => a.credentialIds.sort())).toEqual(
      ids.map(() => [cma.id, ccma.id].sort()),
    );
  });

  it('moves them to the trash, from where each can be restored', () => {
    const { ids } = withThree();
    expect(changeActivities(portfolio, [ids[0]!, ids[2]!], { kind: 'trash' })).toEqual({ changed: 2 });
    expect(portfolio.listActivities().map((a) => a.id)).toEqual([ids[1]]);
    expect(
      portfolio
        .listTrash()
        .activities.map((a) => a.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort());
  });

  it('changes nothing when one of them is gone', () => {
    const { ids } = withThree();
    portfolio.deleteActivity(ids[1]!);
    expect(() => changeActivities(portfolio, ids, { kind: 'trash' })).toThrow(
      /One of the chosen activities no longer exists; nothing was changed/,
    );
    expect(portfolio.listActivities()).toHaveLength(2);
  });
});
