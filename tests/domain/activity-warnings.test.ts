import { describe, expect, it } from 'vitest';
import { activityWarnings } from '../../src/domain/activity-warnings';

const base = {
  credits: [{ amount: 2 }],
  credentials: [{ name: 'CMA', certifiedOn: '2024-03-15' }],
  today: '2026-12-05',
};

describe('activityWarnings', () => {
  it('says nothing about an ordinary activity', () => {
    expect(activityWarnings({ ...base, completedOn: '2025-05-01' })).toEqual([]);
    expect(activityWarnings({ ...base, completedOn: null, credits: [{ amount: '' }] })).toEqual([]);
  });

  it('warns of a date after today, before the credential was earned, or too long ago to count', () => {
    expect(activityWarnings({ ...base, completedOn: '2026-12-06' })).toEqual([
      { code: 'futureDate', date: '2026-12-06' },
    ]);
    expect(activityWarnings({ ...base, completedOn: '2024-03-14' })).toEqual([
      { code: 'beforeCredential', credential: 'CMA', certifiedOn: '2024-03-15' },
    ]);
    const old = activityWarnings({ ...base, credentials: [], completedOn: '2020-12-05' });
    expect(old).toEqual([{ code: 'longAgo', years: 6 }]);
    expect(activityWarnings({ ...base, credentials: [], completedOn: '2020-12-06' })).toEqual([]);
  });

  it('warns of more credit than one activity plausibly gives, added across rows', () => {
    expect(
      activityWarnings({ ...base, completedOn: '2025-05-01', credits: [{ amount: 30 }, { amount: '11' }] }),
    ).toEqual([{ code: 'largeCredit', amount: 41 }]);
    expect(activityWarnings({ ...base, completedOn: '2025-05-01', credits: [{ amount: 40 }] })).toEqual([]);
  });
});
