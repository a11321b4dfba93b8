import type { CertificateFields } from './certificate-fields';

/**
 * What several files of one certificate say together (a card's front and back): for each
 * field, the surest reading; on a tie, the earlier file (the front).
 */
export function combineReadings(readings: readonly CertificateFields[]): CertificateFields {
  const [first, ...rest] = readings;
  if (!first) throw new Error('combineReadings needs at least one reading.');
  const combined = { ...first };
  for (const reading of rest) {
    for (const key of Object.keys(combined) as (keyof CertificateFields)[]) {
      const have = combined[key];
      const other = reading[key];
      if (other && (!have || other.confidence > have.confidence)) {
        (combined as Record<keyof CertificateFields, unknown>)[key] = other;
      }
    }
  }
  return combined;
}
