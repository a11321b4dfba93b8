import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiFailure } from '../../../src/ui/api/client';
import { showFieldProblems } from '../../../src/ui/components/field-problems';
import { issuesToErrors, zodResolver } from '../../../src/ui/components/zod-resolver';

type Values = { name: string; items: { amount: number }[] };
const schema = z.object({
  name: z.string().min(1, 'Name is required.'),
  items: z.array(z.object({ amount: z.number().positive('More than zero, please.') })),
});
const options = { fields: {}, shouldUseNativeValidation: false };

describe('form errors', () => {
  it('puts each schema problem on its field, first message only', async () => {
    const resolve = zodResolver<Values, z.output<typeof schema>>(schema);
    const result = await resolve({ name: '', items: [{ amount: 1 }, { amount: -1 }] }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      name: { message: 'Name is required.' },
      items: [undefined, { amount: { message: 'More than zero, please.' } }],
    });
    expect(
      issuesToErrors([
        { path: ['name'], message: 'first' },
        { path: ['name'], message: 'second' },
      ]),
    ).toEqual({ name: { type: 'validation', message: 'first' } });
  });

  it('passes valid values through as the schema outputs them', async () => {
    const resolve = zodResolver<Values, z.output<typeof schema>>(schema);
    const result = await resolve({ name: 'Jo', items: [] }, undefined, options);
    expect(result).toEqual({ values: { name: 'Jo', items: [] }, errors: {} });
  });

  it('shows the main process’s field problems on the fields it names', () => {
    const set: [string, string][] = [];
    const failure = new ApiFailure({
      code: 'INVALID_INPUT',
      message: 'Some of what was entered needs fixing.',
      details: {
        fields: [
          { path: 'credential.certifiedOn', message: 'That date does not exist on the calendar.' },
          { path: 'credential.unknownThing', message: 'ignored' },
          { path: 'id', message: 'ignored too' },
        ],
      },
    });
    const shown = showFieldProblems(failure, (name, error) => set.push([name, error.message ?? '']), {
      stripPrefix: 'credential.',
      knownFields: ['certifiedOn'],
    });
    expect(shown).toBe(1);
    expect(set).toEqual([['certifiedOn', 'That date does not exist on the calendar.']]);
    expect(showFieldProblems(new Error('network'), () => undefined)).toBe(0);
  });
});
