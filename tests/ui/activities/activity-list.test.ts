import { describe, expect, it } from 'vitest';
import {
  describeCredits,
  filterActivities,
  pageOf,
  sortActivities,
  sortFor,
  yearsOf,
  type OutcomesOf,
} from '../../../src/ui/activities/activity-list';
import { translator } from '../../../src/domain/i18n/translator';
import { vocabularyOf } from '../../../src/domain/i18n/vocabulary';
import { activity } from './activity-fixture';

const t = translator('en');
const vocabulary = vocabularyOf(t);
const categories = {
  category: (key: string) => vocabulary.category(key),
  unit: vocabulary.unit,
  noCredit: t('activityList.noCredit'),
  mixedUnits: t('activityList.mixedUnits'),
};

describe('filterActivities', () => {
  const list = [
    activity(1, { title: 'Phlebotomy update', provider: 'Relias Academy', credentialIds: [1] }),
    activity(2, { title: 'Coding basics', provider: 'AAMA e-Learning', credentialIds: [1, 2] }),
    activity(3, { title: 'HIPAA refresher', provider: 'Employer', credentialIds: [] }),
  ];

  it('finds words in the title or the provider, whatever their case', () => {
    expect(filterActivities(list, { search: 'relias', credentialId: null }).map((a) => a.id)).toEqual([1]);
    expect(filterActivities(list, { search: 'CODING aama', credentialId: null }).map((a) => a.id)).toEqual([
      2,
    ]);
    expect(filterActivities(list, { search: '  ', credentialId: null })).toHaveLength(3);
  });

  it('finds words in the notes too, and filters by year, kind and a missing certificate', () => {
    const more = [
      activity(4, {
        title: 'BLS',
        kind: 'cpr_card',
        completedOn: '2024-03-01',
        notes: 'card in the glovebox',
      }),
      activity(5, {
        completedOn: '2025-07-01',
        certificates: [
          { sha256: 'a'.repeat(64), fileName: 'c.pdf', mediaType: 'application/pdf', size: 1, addedAt: '' },
        ],
      }),
      activity(6, { completedOn: '2025-08-01' }),
    ];
    const ids = (filter: Partial<Parameters<typeof filterActivities>[1]>) =>
      filterActivities(more, { search: '', credentialId: null, ...filter }).map((a) => a.id);
    expect(ids({ search: 'glovebox' })).toEqual([4]);
    expect(ids({ year: 2025 })).toEqual([5, 6]);
    expect(ids({ kind: 'cpr_card' })).toEqual([4]);
    expect(ids({ noCertificate: true })).toEqual([4, 6]);
    expect(ids({ year: 2025, noCertificate: true })).toEqual([6]);
    expect(yearsOf(more)).toEqual([2025, 2024]);
  });

  it('keeps only the activities claimed for the chosen credential', () => {
    expect(filterActivities(list, { search: '', credentialId: 2 }).map((a) => a.id)).toEqual([2]);
    expect(filterActivities(list, { search: 'hipaa', credentialId: 1 })).toEqual([]);
  });
});

describe('filters and sorts that read how the rules count', () => {
  const certificate = {
    sha256: 'b'.repeat(64),
    fileName: 'c.pdf',
    mediaType: 'application/pdf',
    size: 1,
    addedAt: '',
  };
  const list = [
    activity(1, {
      credentialIds: [1],
      certificates: [certificate],
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
    }),
    activity(2, {
      credentialIds: [1, 2],
      certificates: [certificate, certificate],
      credits: [{ amount: 5, unit: 'aama_ceu', category: 'general' }],
    }),
    activity(3, { credentialIds: [], credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }] }),
  ];
  const outcomes: OutcomesOf = (a) => (a.id === 1 ? ['counted'] : a.id === 2 ? ['counted', 'partly'] : []);
  const ids = (filter: Partial<Parameters<typeof filterActivities>[1]>) =>
    filterActivities(list, { search: '', credentialId: null, ...filter }, outcomes).map((a) => a.id);

  it('filters by category, by whether the activity counts in full, and by what needs attention', () => {
    expect(ids({ category: 'clinical' })).toEqual([1, 3]);
    expect(ids({ counting: 'in_full' })).toEqual([1]);
    expect(ids({ counting: 'not_in_full' })).toEqual([2, 3]);
    // 2 counts only in part for one credential; 3 is claimed for none and has no certificate.
    expect(ids({ needsAttention: true })).toEqual([2, 3]);
  });

  it('sorts by credit, by certificates and by how much it counts, and a second click reverses', () => {
    const by = (column: Parameters<typeof sortFor>[0], descending: boolean) =>
      sortActivities([...list], { by: column, descending }, outcomes).map((a) => a.id);
    expect(by('credit', true)).toEqual([2, 1, 3]);
    expect(by('certificates', false)).toEqual([3, 1, 2]);
    expect(by('counts', true)).toEqual([2, 1, 3]);
    expect(sortFor('credit', { by: 'date', descending: true })).toEqual({ by: 'credit', descending: true });
    expect(sortFor('title', { by: 'date', descending: true })).toEqual({ by: 'title', descending: false });
    expect(sortFor('title', { by: 'title', descending: false })).toEqual({ by: 'title', descending: true });
  });
});

describe('sortActivities', () => {
  const list = () => [
    activity(1, { completedOn: '2024-05-01' }),
    activity(2, { completedOn: '2025-02-10' }),
    activity(3, { completedOn: '2024-05-01' }),
  ];

  it('puts the newest first, and same-day activities in a stable order', () => {
    expect(sortActivities(list(), { by: 'date', descending: true }).map((a) => a.id)).toEqual([2, 3, 1]);
    expect(sortActivities(list(), { by: 'date', descending: false }).map((a) => a.id)).toEqual([1, 3, 2]);
  });

  it('sorts by title or provider, A to Z, whatever the case or accents', () => {
    const named = [
      activity(1, { title: 'wound care', provider: 'Zeta' }),
      activity(2, { title: 'Ética', provider: 'alpha' }),
      activity(3, { title: 'Asepsis', provider: 'Beta' }),
    ];
    expect(sortActivities([...named], { by: 'title', descending: false }).map((a) => a.id)).toEqual([
      3, 2, 1,
    ]);
    expect(sortActivities([...named], { by: 'provider', descending: false }).map((a) => a.id)).toEqual([
      2, 3, 1,
    ]);
  });

  // How long this takes is a figure printed by `npm run bench -- activity-list`.
  it('pages through five thousand activities, newest first', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      activity(i + 1, { completedOn: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`, title: `Course ${i}` }),
    );
    const shown = pageOf(
      sortActivities(filterActivities(many, { search: 'course 1', credentialId: null }), {
        by: 'date',
        descending: true,
      }),
      2,
      50,
    );
    expect(shown.items).toHaveLength(50);
    const days = shown.items.map((item) => item.completedOn);
    expect(days).toEqual([...days].sort().reverse());
  });
});

describe('pageOf', () => {
  it('hands out one page and keeps the page number in range', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(items, 3, 50).items).toEqual(items.slice(100));
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('describeCredits', () => {
  it('names the unit once when every credit shares it', () => {
    const credits = [
      { amount: 2, unit: 'aama_ceu' as const, category: 'clinical' },
      { amount: 1, unit: 'aama_ceu' as const, category: 'general' },
    ];
    expect(describeCredits(credits, categories)).toEqual({
      summary: '2 clinical · 1 general',
      unit: 'AAMA CEUs',
    });
  });

  it('adds amounts in the same category and unit', () => {
    const credits = [
      { amount: 1.5, unit: 'contact_hour' as const, category: 'clinical' },
      { amount: 0.5, unit: 'contact_hour' as const, category: 'clinical' },
    ];
    expect(describeCredits(credits, categories).summary).toBe('2 clinical');
  });

  it('never mixes units silently: each amount says its unit when they differ', () => {
    const credits = [
      { amount: 1, unit: 'iacet_ceu' as const, category: 'general' },
      { amount: 3, unit: 'contact_hour' as const, category: 'general' },
    ];
    expect(describeCredits(credits, categories)).toEqual({
      summary: '1 IACET CEU general · 3 contact hours general',
      unit: 'mixed units',
    });
  });

  it('says when no credit was entered', () => {
    expect(describeCredits([], categories).summary).toBe('No credit entered');
  });
});
