import { describe, expect, it } from 'vitest';
import { readActivities } from '../../src/domain/rules/activity-table';
import { addReason, newAssessment, reasonsOf, addSharedReason } from '../../src/domain/rules/assessment';
import { builtInRulePacks, evaluatePortfolio } from '../../src/domain/rules';

/**
 * Activities outside the cycle on one day share one list of reasons (fewer objects per
 * evaluation). Sharing must never let one activity's reason show on another.
 */
describe('reasons shared by several activities', () => {
  const activity = (id: number) => ({
    id,
    title: `Course ${id}`,
    kind: 'online_course' as const,
    completedOn: '2019-05-01',
    credits: [{ amount: 1, unit: 'aama_ceu' as const, category: 'general' }],
    credentialIds: [1],
  });

  it('copies a shared list before adding to it', () => {
    const table = readActivities([activity(1), activity(2)]);
    const assessment = newAssessment(table, [0, 1]);
    const shared = ['Completed 2019-05-01, before this cycle began.'];
    addSharedReason(assessment, 0, shared);
    addSharedReason(assessment, 1, shared);
    addReason(assessment, 0, 'A second reason.');
    addReason(assessment, 1, 'First of all.', true);
    expect(reasonsOf(assessment, 0)).toEqual([shared[0], 'A second reason.']);
    expect(reasonsOf(assessment, 1)).toEqual(['First of all.', shared[0]]);
    expect(shared).toEqual(['Completed 2019-05-01, before this cycle began.']);
  });

  it('puts the date first when an activity outside the cycle also has a unit problem', () => {
    const [cma] = evaluatePortfolio({
      credentials: [{ id: 1, rulePackId: 'aama-cma', certifiedOn: '2021-03-15' }],
      packs: builtInRulePacks,
      activities: [
        activity(1),
        { ...activity(2), credits: [{ amount: 1, unit: 'nha_ce_credit' as const, category: 'general' }] },
        activity(3),
      ],
      asOf: '2026-01-10',
    });
    const byId = new Map(cma!.activities.map((standing) => [standing.activityId, standing.reasons]));
    expect(byId.get(1)).toEqual(byId.get(3));
    expect(byId.get(1)).toHaveLength(1);
    expect(byId.get(1)![0]).toMatch(/^Completed 2019-05-01, before this cycle began/);
    expect(byId.get(2)).toHaveLength(2);
    expect(byId.get(2)![0]).toBe(byId.get(1)![0]);
    expect(byId.get(2)![1]).toMatch(/NHA CE credit/i);
  });

  it('never gives one kind of reason to another: an odd date such as "fclinical" is not a CPR card', () => {
    const [cma] = evaluatePortfolio({
      credentials: [{ id: 1, rulePackId: 'aama-cma', certifiedOn: '2021-03-15' }],
      packs: builtInRulePacks,
      activities: [
        {
          ...activity(1),
          kind: 'cpr_card' as const,
          completedOn: '2022-05-01',
          credits: [{ amount: 1, unit: 'aama_ceu' as const, category: 'general' }],
        },
        { ...activity(2), completedOn: 'fclinical' },
      ],
      asOf: '2026-01-10',
    });
    const byId = new Map(cma!.activities.map((standing) => [standing.activityId, standing]));
    // The CPR card counts in full: its sentence is a note, not a reason.
    expect(byId.get(1)?.reasons).toEqual([]);
    expect(byId.get(1)?.notes?.[0]).toBe(
      'CPR card: counts as 4 clinical points whatever credit was entered.',
    );
    expect(byId.get(2)?.reasons).toEqual(['Completed fclinical, after this cycle ended on 2026-03-31.']);
    expect(byId.get(2)?.notes).toBeUndefined();
  });
});
