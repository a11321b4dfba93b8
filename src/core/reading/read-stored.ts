import type { JobControl } from '../../domain/job';
import type { CertificateFields } from '../../domain/reading/certificate-fields';
import { combineReadings } from '../../domain/reading/combine-readings';
import { userError } from '../errors';
import type { Portfolio } from '../portfolio';
import { readCertificateFile } from './read-certificate';

/** What reading a stored certificate (one file, or a card's front and back) found. */
export interface StoredReading {
  fields: CertificateFields;
  pages: number;
  /** Whether any words were found at all (a blank or unreadable scan has none). */
  textFound: boolean;
}

/** Reads certificates already in the store, by hash, front first. Writes nothing. */
export async function readStoredCertificates(
  portfolio: Portfolio,
  sha256s: readonly string[],
  control: JobControl = {},
): Promise<StoredReading> {
  const readings: CertificateFields[] = [];
  let pages = 0;
  let textFound = false;
  for (const [i, sha256] of sha256s.entries()) {
    if (control.signal?.aborted) throw userError('CANCELLED', { key: 'drafts.errors.readCancelled' });
    control.onProgress?.({ done: i, total: sha256s.length, stage: 'Reading the certificate' });
    const read = await readCertificateFile(portfolio.certificates.pathOf(sha256));
    readings.push(read.fields);
    pages += read.pages;
    if (read.text.trim() !== '') textFound = true;
  }
  control.onProgress?.({ done: sha256s.length, total: sha256s.length, stage: 'Reading the certificate' });
  return { fields: combineReadings(readings), pages, textFound };
}
