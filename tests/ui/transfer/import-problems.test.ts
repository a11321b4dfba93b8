import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../src/ui/api/client';
import { describeCounts, importProblemsOf } from '../../../src/ui/transfer/import-problems';

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

describe('describeCounts', () => {
  it('says what was added in words', () => {
    expect(describeCounts({ credentials: 1, activities: 1200, certificates: 0 })).toBe(
      '1 credential, 1,200 activities, 0 certificates',
    );
  });
});
