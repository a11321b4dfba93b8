import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../src/domain/rule-pack';
import { effectivePack } from '../../src/domain/rules';
import { upgradeOverrides, upgradeRulePack } from '../../src/domain/upgrade-pack';
import oldPack from './fixtures/old-custom-pack.json';
import { evaluate, pack } from './helpers';

describe('packs and overrides stored in the old format still read', () => {
  it('an old custom pack parses, with every new rule at its neutral default', () => {
    const parsed = rulePackSchema.parse(upgradeRulePack(oldPack));
    expect(parsed).toMatchObject({
      graceDays: 14,
      graceMonths: null,
      cycle: { months: 24, anchor: 'certification_date', calendarYear: false },
      minActivityMinutesFor: 'all',
      creditFromCalendarYearsBefore: null,
      lapseRoutes: [],
      processing: [],
      ruleSources: [],
      openQuestions: [],
    });
    expect(parsed.kindRules[0]).toMatchObject({ countsTowardApproved: false, minValidMonths: null });
    expect(parsed.fees[0]).toMatchObject({ dueInAnniversaryMonth: false, covers: [] });
  });

  it.each([
    [
      'old anchor "calendar_year"',
      { cycle: { months: 12, anchor: 'calendar_year' } },
      { months: 12, anchor: 'certification_date', calendarYear: true },
    ],
    [
      'current anchor',
      { cycle: { months: 12, anchor: 'end_of_month' } },
      { months: 12, anchor: 'end_of_month' },
    ],
  ])('upgradeRulePack: %s', (_label, stored, cycle) => {
    expect(upgradeRulePack({ ...oldPack, ...stored })).toMatchObject({ cycle });
  });

  it.each([
    ['null', null, null],
    ['no grace change', { totalRequired: 40 }, { totalRequired: 40 }],
    ['an old grace in days', { graceDays: 60 }, { graceDays: 60, graceMonths: null }],
    ['a new grace in months', { graceMonths: 2 }, { graceMonths: 2 }],
    ['both', { graceDays: 60, graceMonths: 2 }, { graceDays: 60, graceMonths: 2 }],
  ])('upgradeOverrides: %s', (_label, stored, upgraded) => {
    expect(upgradeOverrides(stored)).toEqual(upgraded);
  });

  it('an old AAMA override of 60 grace days still rules over the pack’s three months', () => {
    const merged = effectivePack(pack('aama-cma'), { graceDays: 60 });
    expect(merged).toMatchObject({ graceDays: 60, graceMonths: null });
    // CMA certified 2021-03-15 expires 2026-03-31: 60 days later is 2026-05-30.
    const evaluation = evaluate('aama-cma', '2021-03-15', [], '2026-05-31', { overrides: { graceDays: 60 } });
    expect(evaluation.status).toBe('lapsed');
  });

  it('the pack is upgraded when the custom pack is the base of effectivePack', () => {
    expect(effectivePack(oldPack as never, null).graceDays).toBe(14);
  });
});
