import { describe, expect, it } from 'vitest';
import { credentialSchema } from '../../../src/domain/portfolio';
import type { RulePack } from '../../../src/domain/rule-pack';
import { builtInRulePacks, effectivePack } from '../../../src/domain/rules';
import type { MessageKey } from '../../../src/domain/i18n/translator';
import { translator } from '../../../src/domain/i18n/translator';
import {
  adjustmentsFrom,
  credentialFormSchema,
  credentialFormWithAdjustmentsSchema,
  formValuesFrom,
  overridesFrom,
  toCredentialInput,
} from '../../../src/ui/credentials/credential-form';

/** The form's checks give catalog keys; what the person reads is the English (or Spanish) message. */
const english = translator('en');
const inWords = (key: string | undefined) => english(key as MessageKey);

const cma = builtInRulePacks.find((p) => p.id === 'aama-cma') as RulePack;
const nha = builtInRulePacks.find((p) => p.id === 'nha-ccma') as RulePack;

const saved = credentialSchema.parse({
  id: 4,
  rulePackId: 'aama-cma',
  credentialNumber: 'CMA-1',
  certifiedOn: '2023-10-14',
  expiresOn: null,
  overrides: { totalRequired: 70, unitPoints: { college_credit: 5 } },
  notes: '',
  createdAt: '2023-10-14T00:00:00.000Z',
});

function validAdjustments(pack: RulePack, overrides: Record<string, unknown> = {}) {
  const values = { ...formValuesFrom(undefined, pack), rulePackId: pack.id, certifiedOn: '2023-10-14' };
  values.adjust = adjustmentsFrom(pack, overrides);
  return credentialFormWithAdjustmentsSchema.parse(values);
}

describe('the credential form', () => {
  it('an edited AMT fee is still due in the anniversary month and still covers CMAS', () => {
    const amt = builtInRulePacks.find((p) => p.id === 'amt-rma') as RulePack;
    const values = validAdjustments(amt);
    values.adjust!.fees[0]!.amount = 55;
    const overrides = overridesFrom(values.adjust!, amt, {});
    expect(effectivePack(amt, overrides).fees[0]).toMatchObject({
      amount: 55,
      dueInAnniversaryMonth: true,
      covers: ['amt-cmas'],
    });
  });

  it('stores no overrides when nothing differs from the pack', () => {
    const values = validAdjustments(cma);
    expect(overridesFrom(values.adjust!, cma, {})).toEqual({});
  });

  it('stores only what the holder changed, and a fee they typed is no longer unverified', () => {
    const values = validAdjustments(cma);
    values.adjust!.fees[0]!.amount = 140;
    values.adjust!.cycleMonths = 48;
    const overrides = overridesFrom(values.adjust!, cma, {});
    expect(overrides).toEqual({
      cycle: { months: 48 },
      fees: cma.fees.map((fee, i) => (i === 0 ? { ...fee, amount: 140, unverified: false } : fee)),
    });
    // The engine accepts what the form stores.
    expect(effectivePack(cma, overrides).fees[0]!.amount).toBe(140);
    expect(effectivePack(cma, overrides).cycle).toEqual({
      months: 48,
      anchor: cma.cycle.anchor,
      calendarYear: false,
    });
  });

  it('drops an override set back to the pack’s figure and keeps keys the form does not edit', () => {
    const values = validAdjustments(cma, saved.overrides);
    expect(values.adjust!.totalRequired).toBe(70);
    values.adjust!.totalRequired = cma.totalRequired;
    expect(overridesFrom(values.adjust!, cma, saved.overrides)).toEqual({
      unitPoints: { college_credit: 5 },
    });
  });

  it('starts from the new pack when the credential changes to another one', () => {
    const values = { ...validAdjustments(nha), rulePackId: 'nha-ccma' };
    const input = toCredentialInput(values, nha, saved);
    expect(input.rulePackId).toBe('nha-ccma');
    expect(input.overrides).toEqual({});
  });

  it('keeps stored overrides untouched when the form has no adjustments (adding a credential)', () => {
    const values = credentialFormSchema.parse({
      ...formValuesFrom(saved, cma),
    });
    expect(toCredentialInput(values, cma, saved).overrides).toEqual(saved.overrides);
  });

  it('explains missing or impossible dates in words', () => {
    const missing = credentialFormSchema.safeParse({
      ...formValuesFrom(undefined, cma),
      rulePackId: 'aama-cma',
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => inWords(i.message))).toContain(
      'Enter the date you certified or last recertified.',
    );

    const backwards = credentialFormSchema.safeParse({
      ...formValuesFrom(undefined, cma),
      rulePackId: 'aama-cma',
      certifiedOn: '2024-03-15',
      expiresOn: '2023-03-15',
    });
    expect(backwards.error?.issues[0]?.path).toEqual(['expiresOn']);
    expect(inWords(backwards.error?.issues[0]?.message)).toBe(
      'The expiry date must come after the date you certified.',
    );

    const noPack = credentialFormSchema.safeParse({
      ...formValuesFrom(undefined, cma),
      certifiedOn: '2024-03-15',
    });
    expect(inWords(noPack.error?.issues[0]?.message)).toBe('Choose the credential you hold.');
  });

  it('refuses a blank or negative adjusted figure with a message for that field', () => {
    const values = { ...formValuesFrom(undefined, cma), rulePackId: 'aama-cma', certifiedOn: '2023-10-14' };
    values.adjust = { ...adjustmentsFrom(cma), totalRequired: '', graceDays: -1 };
    const result = credentialFormWithAdjustmentsSchema.safeParse(values);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(inWords(byPath['adjust.totalRequired'])).toBe('Enter a number.');
    expect(inWords(byPath['adjust.graceDays'])).toBe('Use 0 or more days.');
  });
});
