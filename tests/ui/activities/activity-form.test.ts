import { describe, expect, it } from 'vitest';
import type { Credential } from '../../../src/domain/portfolio';
import type { RulePack } from '../../../src/domain/rule-pack';
import { rulePackSchema } from '../../../src/domain/rule-pack';
import {
  categoryRequired,
  emptyActivity,
  emptyCredit,
  formToInput,
  validateActivity,
} from '../../../src/ui/activities/activity-form';
import type { ActivityFormValues } from '../../../src/ui/activities/activity-form';
import { parseTypedDate } from '../../../src/ui/components/typed-date';
import { setCurrentLanguage } from '../../../src/ui/i18n/current';
import { previewInput } from '../../../src/ui/activities/WillItCount';

const pack: RulePack = rulePackSchema.parse({
  id: 'aama-cma',
  version: '1',
  credential: 'CMA',
  name: 'Certified Medical Assistant',
  body: 'AAMA',
  cycle: { months: 60, anchor: 'end_of_month' },
  totalRequired: 60,
  categories: [
    { key: 'administrative', label: 'Administrative', min: 10 },
    { key: 'clinical', label: 'Clinical', min: 10 },
  ],
  unitPoints: { aama_ceu: 1, contact_hour: 1 },
});
const credential: Credential = {
  id: 7,
  rulePackId: 'aama-cma',
  credentialNumber: '',
  nameOnRecord: '',
  certifiedOn: '2023-05-10',
  expiresOn: null,
  overrides: {},
  notes: '',
  createdAt: '2023-05-10T00:00:00.000Z',
};

const sha = 'a'.repeat(64);

function filledIn(): ActivityFormValues {
  return {
    ...emptyActivity([credential]),
    title: '  Wound care  ',
    provider: 'ACE',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2025-04-02',
    durationMinutes: 90,
    cost: '',
    credits: [{ amount: 1.5, unit: 'aama_ceu', category: 'clinical' }],
    certificates: [
      { sha256: sha, fileName: 'wound.pdf', mediaType: 'application/pdf', size: 10, addedAt: '2025-04-02' },
    ],
  };
}

describe('a new activity', () => {
  it('counts toward every credential and chooses nothing for the person: kind, delivery, unit, category', () => {
    const values = emptyActivity([credential]);
    expect(values.credentialIds).toEqual([7]);
    expect(values).toMatchObject({ kind: '', delivery: '' });
    expect(values.credits).toEqual([{ amount: '', unit: '', category: '' }]);
    expect(emptyCredit()).toEqual({ amount: '', unit: '', category: '' });
  });

  it('a quick save names each choice left to make, and the category where the credential has categories', () => {
    const values = { ...emptyActivity([credential]), title: 'Wound care', provider: 'Relias' };
    const needsCategory = categoryRequired(values.credentialIds, [credential], [pack]);
    expect(needsCategory).toBe(true);
    expect(categoryRequired([], [credential], [pack])).toBe(false);
    const errors = validateActivity(
      { ...values, completedOn: '2025-04-01', credits: [{ amount: 2, unit: '', category: '' }] },
      needsCategory,
    ).errors as Record<string, unknown>;
    expect(errors.kind).toMatchObject({ message: 'Choose the kind of activity.' });
    expect(errors.delivery).toMatchObject({ message: 'Choose how it was given: online, in person or both.' });
    expect(errors.credits).toEqual([
      {
        unit: expect.objectContaining({ message: 'Choose the unit printed on the certificate.' }),
        category: expect.objectContaining({
          message: 'Choose the category: the certificate or the course description says which.',
        }),
      },
    ]);
    // Filled in, it saves; a category is not asked for when no credential has categories.
    const filled = { ...filledIn(), credits: [{ amount: 2, unit: 'aama_ceu' as const, category: '' }] };
    expect(validateActivity(filled, false).errors).toEqual({});
    expect(validateActivity(filled, true).errors).not.toEqual({});
  });
});

describe('validateActivity', () => {
  it('turns a filled-in form into exactly what saveActivity accepts', () => {
    const result = validateActivity(filledIn());
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      title: 'Wound care',
      durationMinutes: 90,
      cost: null,
      credentialIds: [7],
      certificateHashes: [sha],
      credits: [{ amount: 1.5, unit: 'aama_ceu', category: 'clinical' }],
    });
    expect(result.values).not.toHaveProperty('certificates');
  });

  it('names every missing field in plain words, in place', () => {
    const result = validateActivity(emptyActivity([credential]));
    const errors = result.errors as Record<string, unknown>;
    expect(errors.title).toMatchObject({ message: 'The course title is required.' });
    expect(errors.provider).toMatchObject({ message: 'The provider is required.' });
    expect(errors.completedOn).toMatchObject({ message: 'Enter the date you completed this activity.' });
    expect(errors.kind).toMatchObject({ message: 'Choose the kind of activity.' });
    expect(errors.credits).toEqual([
      {
        amount: expect.objectContaining({ message: 'Enter the amount of credit as a number.' }),
        unit: expect.objectContaining({ message: 'Choose the unit printed on the certificate.' }),
      },
    ]);
  });

  it('says every problem in Spanish when the window speaks Spanish', () => {
    setCurrentLanguage('es');
    try {
      const errors = validateActivity(emptyActivity([credential])).errors as Record<string, unknown>;
      expect(errors.title).toMatchObject({ message: 'Falta el título del curso.' });
      expect(errors.provider).toMatchObject({ message: 'Falta el proveedor.' });
      expect(errors.completedOn).toMatchObject({
        message: 'Escriba la fecha en que completó esta actividad.',
      });
      expect(errors.credits).toEqual([
        {
          amount: expect.objectContaining({ message: 'Escriba la cantidad de crédito como un número.' }),
          unit: expect.objectContaining({ message: 'Elija la unidad que aparece en el certificado.' }),
        },
      ]);
      expect(errors.kind).toMatchObject({ message: 'Elija el tipo de actividad.' });
      const zero = validateActivity({
        ...filledIn(),
        credits: [{ amount: 0, unit: 'aama_ceu' as const, category: 'clinical' }],
      }).errors as { credits?: { amount?: { message: string } }[] };
      expect(zero.credits?.[0]?.amount?.message).toBe('El crédito debe ser mayor que cero.');
    } finally {
      setCurrentLanguage('en');
    }
  });

  it('keeps the schema’s own words where they already explain the problem', () => {
    const values = {
      ...filledIn(),
      credits: [{ amount: 0, unit: 'aama_ceu' as const, category: 'clinical' }],
    };
    const errors = validateActivity(values).errors as { credits?: { amount?: { message: string } }[] };
    expect(errors.credits?.[0]?.amount?.message).toBe('Credit must be more than zero.');
  });

  it('reads typed number text and rejects what is not a number', () => {
    expect(formToInput({ ...filledIn(), cost: ' 25.5 ' }).cost).toBe(25.5);
    const errors = validateActivity({ ...filledIn(), durationMinutes: 'an hour' }).errors as Record<
      string,
      { message: string }
    >;
    expect(errors.durationMinutes?.message).toBe('Enter the length in whole minutes, or leave it empty.');
  });
});

describe('parseTypedDate', () => {
  it('accepts ISO, US and written dates', () => {
    expect(parseTypedDate('2024-03-15')).toBe('2024-03-15');
    expect(parseTypedDate('3/15/2024')).toBe('2024-03-15');
    expect(parseTypedDate('Mar 15, 2024')).toBe('2024-03-15');
    expect(parseTypedDate('March 5, 2024')).toBe('2024-03-05');
  });

  it('refuses impossible dates, two-digit years and text', () => {
    expect(parseTypedDate('2025-02-30')).toBeNull();
    expect(parseTypedDate('3/15/24')).toBeNull();
    expect(parseTypedDate('last week')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});

describe('Will it count? asks only once the date and a credit are there', () => {
  it('waits for the date and an amount with its unit, and leaves out numbers still being typed', () => {
    const values = { ...emptyActivity([credential]), title: 'Wound care', provider: 'Relias' };
    expect(previewInput(values)).toBeNull();
    const dated = { ...values, completedOn: '2025-04-02' };
    expect(previewInput({ ...dated, credits: [{ amount: 2, unit: '', category: '' }] })).toBeNull();
    const input = previewInput({
      ...dated,
      cost: -5,
      durationMinutes: 12.5,
      credits: [
        { amount: 2, unit: 'aama_ceu', category: 'clinical' },
        { amount: '', unit: 'aama_ceu', category: 'general' },
      ],
    });
    expect(input).toMatchObject({
      kind: 'other',
      delivery: 'online',
      cost: null,
      durationMinutes: null,
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    });
  });
});
