import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../../src/domain/rule-pack';
import { builtInRulePacks } from '../../../src/domain/rules';
import { checkRulePackForm } from '../../../src/ui/rule-packs/rule-pack-checks';
import {
  emptyRulePackForm,
  formFromRulePack,
  packIdFrom,
  rulePackFromForm,
} from '../../../src/ui/rule-packs/rule-pack-form';

const none = new Set<string>();
// The form shows the first problem found for each field, as issuesToErrors does.
const messagesByPath = (issues: { path: PropertyKey[]; message: string }[]) =>
  Object.fromEntries(issues.map((i) => [i.path.map(String).join('.'), i.message]).reverse());

describe('the custom rule pack form', () => {
  it.each(builtInRulePacks.map((p) => [p.id, p] as const))(
    'edits %s without losing anything',
    (_id, pack) => {
      const values = formFromRulePack(pack);
      expect(checkRulePackForm(values, none)).toEqual([]);
      expect(rulePackSchema.parse(rulePackFromForm(values))).toEqual({ ...pack, builtIn: false });
    },
  );

  it('copies a built-in pack under a new id, as version 1', () => {
    const pack = builtInRulePacks[0]!;
    const copy = rulePackFromForm(formFromRulePack(pack, true));
    expect(copy.id).toBe(`${pack.id}-custom`);
    expect(copy.version).toBe('1');
    expect(copy.builtIn).toBe(false);
  });

  it('names each missing field in words', () => {
    const problems = messagesByPath(checkRulePackForm(emptyRulePackForm(), none));
    expect(problems).toMatchObject({
      id: 'Give the pack a short id, e.g. state-cma.',
      credential: 'The credential abbreviation is required.',
      name: 'The credential’s full name is required.',
      body: 'The certifying body is required.',
    });
  });

  it('saves a small pack a person would type', () => {
    const values = {
      ...emptyRulePackForm(),
      id: 'aha-bls',
      credential: 'BLS',
      name: 'Basic Life Support',
      body: 'AHA',
      categories: [{ key: 'clinical', label: 'Clinical', min: 4, max: '' as const, description: '' }],
      fees: [{ label: 'Card renewal', amount: 60, every: 'renewal' as const, unverified: false }],
    };
    expect(checkRulePackForm(values, none)).toEqual([]);
    const pack = rulePackSchema.parse(rulePackFromForm(values));
    expect(pack).toMatchObject({
      id: 'aha-bls',
      unitPoints: { contact_hour: 1 },
      categories: [{ key: 'clinical', min: 4, max: null }],
      approvedProviders: null,
      minActivityMinutes: null,
    });
  });

  it('catches what the schema alone would not: clashes, impossible totals, no units', () => {
    const base = formFromRulePack(
      builtInRulePacks.find((p) => p.id === 'aama-cma')!,
      true,
    );
    const values = {
      ...base,
      totalRequired: 20,
      categories: [...base.categories, { ...base.categories[0]!, label: 'Again' }],
      kindRules: [{ ...base.kindRules[0]!, category: 'dental' }],
      unitPoints: Object.fromEntries(
        Object.keys(base.unitPoints).map((unit) => [unit, { accepted: false, points: '' }]),
      ) as typeof base.unitPoints,
    };
    const problems = messagesByPath(checkRulePackForm(values, new Set(['aama-cma-custom'])));
    expect(problems).toMatchObject({
      id: 'Another rule pack already uses this id. Choose a different one.',
      'categories.3.key': 'Another category already uses this short name.',
      totalRequired: 'The category minimums add up to 40, more than this total.',
      'approvedProviders.minPoints': 'This cannot be more than the total required.',
      'kindRules.0.category': 'Choose one of this pack’s categories.',
      'unitPoints.root': 'Accept at least one unit, or no credit can count.',
    });
  });

  it('asks for the worth of a unit that is ticked', () => {
    const values = emptyRulePackForm();
    values.unitPoints.clock_hour = { accepted: true, points: '' };
    const problems = messagesByPath(checkRulePackForm(values, none));
    expect(problems['unitPoints.clock_hour.points']).toBe('Enter how many points one unit is worth.');
  });
});

describe('packIdFrom', () => {
  it('makes a new pack’s id from its body and abbreviation, never one already taken', () => {
    expect(packIdFrom('State Board', 'CMA', new Set())).toBe('state-board-cma');
    expect(packIdFrom('Técnico', 'CMA (II)', new Set())).toBe('tecnico-cma-ii');
    expect(packIdFrom('AAMA', 'CMA', new Set(['aama-cma', 'aama-cma-2']))).toBe('aama-cma-3');
    expect(packIdFrom('', '✓', new Set())).toBe('my-credential');
  });
});
