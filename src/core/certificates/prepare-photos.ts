import type { JobControl } from '../../domain/job';
import { stages } from '../../domain/i18n/messages/stages.en';
import type { Portfolio } from '../portfolio';
import { photoKindOf } from '../packet/certificate-image';

/** Photos prepared at once: sharp decodes on libuv's threads (4 by default). */
const photosAtOnce = 4;

/**
 * Makes the packet's page image of each photo certificate named that has none yet (a
 * PDF, or a photo already prepared, is passed over): after certificates come in by
 * import, the sample, or a restore. A cancel stops it quietly; the images not made are
 * made when a packet needs them.
 */
export async function preparePhotos(
  portfolio: Portfolio,
  sha256s: readonly string[],
  control: JobControl = {},
): Promise<{ prepared: number }> {
  const photos = [...new Set(sha256s)]
    .map((sha256) => portfolio.certificates.get(sha256))
    .filter((certificate) => certificate !== null && photoKindOf(certificate.mediaType) !== null);
  let prepared = 0;
  let done = 0;
  let next = 0;
  const preparer = async () => {
    while (next < photos.length && !control.signal?.aborted) {
      const certificate = photos[next++]!;
      control.onProgress?.({ done, total: photos.length, stage: stages.preparingPhotos });
      const store = portfolio.certificates;
      if (await portfolio.preparedImages.prepareAtIntake(certificate, () => store.read(certificate.sha256)))
        prepared++;
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(photosAtOnce, photos.length) }, preparer));
  return { prepared };
}

/** Every photo certificate of the portfolio (after a restore). */
export function allCertificateHashes(portfolio: Portfolio): string[] {
  return (portfolio.db.prepare('SELECT sha256 FROM certificates').all() as { sha256: string }[]).map(
    (row) => row.sha256,
  );
}
