import { describe, expect, it } from 'vitest';
import { builtInCatalogue, personalCatalogue, priceFor } from '../../../src/domain/plan/catalogue';

describe('the catalogue of ways to earn credit', () => {
  it('ships the programmes with the limits the bodies state', () => {
    const byId = new Map(builtInCatalogue.map((item) => [item.id, item]));
    expect(byId.get('aama-self-study')?.finishWithinMonths).toBe(6);
    expect(byId.get('cpr-card')).toMatchObject({
      maxUnits: 3,
      validityMonths: 24,
      creditPerUnit: 4,
      categories: ['clinical'],
    });
    expect(byId.get('ace-membership')).toMatchObject({ costNonMember: 29.95, aamaApproved: true });
    expect(byId.get('ace-membership')?.acceptedBy).toEqual(['AAMA', 'AMT', 'NHA', 'ARMA']);
    expect(byId.get('aama-e-learning')?.creditRoute).toBe('aama_transcript');
    expect(new Set(builtInCatalogue.map((item) => item.id)).size).toBe(builtInCatalogue.length);
  });

  it('adds the person’s own items and what they own, which then costs nothing more', () => {
    const items = personalCatalogue(
      [
        {
          id: 'employer-training',
          name: 'In-house infection control',
          provider: 'My clinic',
          kind: 'training_program',
          acceptedBy: ['AMT'],
          aamaApproved: false,
          categories: ['clinical'],
          creditPerUnit: 2,
          hoursPerUnit: 2,
          pricing: 'per_unit',
          costMember: 0,
          costNonMember: 0,
          delivery: 'in_person',
          creditRoute: 'certificate',
          source: 'My employer',
        },
      ],
      ['ace-membership'],
    );
    expect(items.find((item) => item.id === 'employer-training')?.custom).toBe(true);
    const ace = items.find((item) => item.id === 'ace-membership');
    expect(ace && priceFor(ace, false)).toBe(0);
    const relias = items.find((item) => item.id === 'relias-all-access');
    expect(relias && priceFor(relias, true)).toBe(249);
  });

  it('refuses an item without a category', () => {
    expect(() => personalCatalogue([{ ...builtInCatalogue[0]!, id: 'x', categories: [] }], [])).toThrow();
  });
});
