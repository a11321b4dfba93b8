import { describe, expect, it } from 'vitest';
import type { Draft, ReadFields } from '../../../src/domain/drafts';
import type { Credential } from '../../../src/domain/portfolio';
import { draftToForm, marksOf } from '../../../src/ui/drafts/draft-form';

const certificate = {
  sha256: 'a'.repeat(64),
  fileName: 'course.pdf',
  mediaType: 'application/pdf',
  size: 1000,
  addedAt: '2026-11-01T00:00:00.000Z',
};

const nothingRead: ReadFields = {
  holderName: null,
  title: null,
  provider: null,
  completedOn: null,
  credits: null,
  durationMinutes: null,
  approvingBody: null,
  approvalNumber: null,
  certificateNumber: null,
  kind: null,
};

function draft(read: Partial<ReadFields> | null, edits: Draft['edits'] = null): Draft {
  return {
    id: 1,
    status: read ? 'ready' : 'failed',
    failure: null,
    certificates: [certificate],
    read: read ? { ...nothingRead, ...read } : null,
    edits,
    nameMismatch: null,
    createdAt: '',
    updatedAt: '',
  };
}

const cma = { id: 7 } as Credential;
const categories = new Set(['administrative', 'clinical']);

describe('a draft in the activity form', () => {
  it('fills in what was read, with the certificate attached', () => {
    const form = draftToForm(
      draft({
        title: { value: 'Wound care', confidence: 0.9, source: 'Course: Wound care' },
        completedOn: { value: '2026-10-02', confidence: 0.95, source: 'Completed October 2, 2026' },
        credits: {
          value: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
          confidence: 0.92,
          source: '2 AAMA CEUs (clinical)',
        },
        kind: { value: 'cpr_card', confidence: 0.9, source: 'BLS Provider' },
      }),
      [cma],
      categories,
    );
    expect(form).toMatchObject({
      title: 'Wound care',
      completedOn: '2026-10-02',
      kind: 'cpr_card',
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
      credentialIds: [7],
      certificates: [certificate],
    });
  });

  it('chooses nothing that was not read: delivery, unit and category stay empty', () => {
    const form = draftToForm(draft({}), [cma], categories);
    expect(form.kind).toBe('');
    expect(form.delivery).toBe('');
    expect(form.completedOn).toBeNull();
    expect(form.credits).toEqual([{ amount: '', unit: '', category: '' }]);
  });

  it('leaves a category no rule pack has for the person to choose', () => {
    const form = draftToForm(
      draft({
        credits: {
          value: [{ amount: 1, unit: 'contact_hour', category: 'general' }],
          confidence: 0.9,
          source: '1 contact hour (general)',
        },
      }),
      [cma],
      categories,
    );
    expect(form.credits).toEqual([{ amount: 1, unit: 'contact_hour', category: '' }]);
  });

  it('opens with what the person typed, once they have typed', () => {
    const typed = { ...draftToForm(draft({}), [cma], categories), title: 'Typed title' };
    expect(draftToForm(draft({}, typed), [cma], categories).title).toBe('Typed title');
  });

  it('marks each read field with the words it came from, on one line', () => {
    expect(
      marksOf({
        ...nothingRead,
        title: { value: 'Wound care', confidence: 0.9, source: 'has completed\nWound care' },
      }),
    ).toEqual({ title: 'has completed / Wound care' });
    expect(marksOf(null)).toEqual({});
  });
});
