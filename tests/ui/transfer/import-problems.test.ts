import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../src/ui/api/client';
import { importProblemsOf } from '../../../src/ui/transfer/import-problems';
import { translator } from '../../../src/domain/i18n/translator';

describe('importProblemsOf', () => {
  it('lists every problem of an invalid import with its place in the file', () => {
    const error = new ApiFailure({
      code: 'IMPORT_INVALID',
      message: 'Nothing was imported.',
      details: {
        problems: [
          { path: 'activities[3].credits[0].unit', message: 'Use one of these units.' },
          { path: 'line 4, column 2', message: 'This is not valid JSON here.' },
        ],
      },
    });
    expect(importProblemsOf(error)).toEqual([
      { path: 'activities[3].credits[0].unit', message: 'Use one of these units.' },
      { path: 'line 4, column 2', message: 'This is not valid JSON here.' },
    ]);
  });

  it('gives nothing for other failures or details it does not recognise', () => {
    expect(importProblemsOf(new ApiFailure({ code: 'NOT_FOUND', message: 'gone' }))).toEqual([]);
    expect(
      importProblemsOf(new ApiFailure({ code: 'IMPORT_INVALID', message: 'x', details: 'text' })),
    ).toEqual([]);
    expect(
      importProblemsOf(
        new ApiFailure({ code: 'IMPORT_INVALID', message: 'x', details: { problems: [null, { path: 3 }] } }),
      ),
    ).toEqual([]);
    expect(importProblemsOf(new Error('plain'))).toEqual([]);
  });
});

describe('what an import added', () => {
  it('says it in words, in English and Spanish', () => {
    const counts = { credentials: 1, activities: 1200, certificates: 0 };
    expect(translator('en')('transfer.importedText', counts)).toBe(
      'Added to your portfolio: 1 credential, 1,200 activities, 0 certificates.',
    );
    expect(translator('es')('transfer.importedText', counts)).toMatch(
      /^Se agregó a su portafolio: 1 credencial, 1[.,]?200 actividades, 0 certificados\.$/,
    );
  });
});
