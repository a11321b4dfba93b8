import { describe, expect, it } from 'vitest';
import { missingOnCertificate, shownOnCertificate } from '../../src/domain/certificate-requirements';
import type { ReadFields } from '../../src/domain/drafts';

const none: ReadFields = {
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
const found = <T>(value: T) => ({ value, confidence: 0.9, source: String(value) });

describe('what a certificate shows, against what each body asks', () => {
  it('counts hours from a stated length or credit in hours', () => {
    expect(shownOnCertificate({ ...none, durationMinutes: found(60) })).toEqual(['hours']);
    expect(
      shownOnCertificate({ ...none, credits: found([{ amount: 2, unit: 'contact_hour', category: null }]) }),
    ).toEqual(['credit', 'hours']);
    expect(
      shownOnCertificate({ ...none, credits: found([{ amount: 2, unit: 'aama_ceu', category: null }]) }),
    ).toEqual(['credit']);
  });

  it('lists the missing fields per body, each body once, and nothing for a body with no such rule', () => {
    const shown = shownOnCertificate({ ...none, holderName: found('Ana Pérez'), title: found('Ethics') });
    expect(missingOnCertificate(['AAMA', 'AAMA', 'NHA', 'AMCA'], shown)).toEqual([
      { body: 'AAMA', missing: ['completedOn', 'credit', 'provider'] },
      { body: 'AMCA', missing: ['hours', 'completedOn'] },
    ]);
  });
});
