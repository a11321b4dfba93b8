import { z } from 'zod';
import type { ReadFields } from './drafts';

/**
 * What a certifying body asks a certificate to show, for credit it does not record itself
 * (domain notes: the AAMA asks for the name, date, title, amount and type of credit and the
 * issuing organisation; the AMCA for the name, hours, date and course title). Checked on a
 * draft against what reading the certificate found: a field not found may still be on the
 * certificate, so it is a prompt to look, never a refusal.
 */
export const certificateFieldSchema = z.enum([
  'holderName',
  'completedOn',
  'title',
  'credit',
  'provider',
  'hours',
]);
export type CertificateField = z.infer<typeof certificateFieldSchema>;

export const requiredOnCertificate: Readonly<Record<string, readonly CertificateField[]>> = {
  AAMA: ['holderName', 'completedOn', 'title', 'credit', 'provider'],
  AMCA: ['holderName', 'hours', 'completedOn', 'title'],
};

/** The fields a reading found on the certificate. */
export function shownOnCertificate(read: ReadFields): CertificateField[] {
  const shown: CertificateField[] = [];
  if (read.holderName) shown.push('holderName');
  if (read.completedOn) shown.push('completedOn');
  if (read.title) shown.push('title');
  if (read.credits && read.credits.value.length > 0) shown.push('credit');
  if (read.provider) shown.push('provider');
  // Hours: the certificate states a length, or credit in hours.
  if (
    read.durationMinutes ||
    read.credits?.value.some((credit) =>
      ['contact_hour', 'clock_hour', 'contact_hour_60'].includes(credit.unit),
    )
  )
    shown.push('hours');
  return shown;
}

/** For each body named, what it asks a certificate to show that this one does not seem to. */
export function missingOnCertificate(
  bodies: readonly string[],
  shown: readonly CertificateField[],
): { body: string; missing: CertificateField[] }[] {
  return [...new Set(bodies)].flatMap((body) => {
    const missing = (requiredOnCertificate[body] ?? []).filter((field) => !shown.includes(field));
    return missing.length > 0 ? [{ body, missing }] : [];
  });
}
