import type { JobControl } from '../../domain/job';
import { stages } from '../../domain/i18n/messages/stages.en';
import type { Portfolio } from '../portfolio';
import { photoKindOf } from '../packet/certificate-image';
import type { PhotoToPrepare, PreparedImageStore } from './prepared-images';

/** Photos prepared at once: sharp decodes on libuv's threads (4 by default). */
const photosAtOnce = 4;

/**
 * Makes the packet's page image of each photo certificate named that has none yet (a
 * PDF, or a photo already prepared, is passed over): after certificates come in by
 * import, the sample, or a restore.
 */
export async function preparePhotos(
  portfolio: Portfolio,
  sha256s: readonly string[],
  control: JobControl = {},
): Promise<{ prepared: number }> {
  return preparePhotoFiles(portfolio.preparedImages, photosAmong(portfolio, sha256s), control);
}

/** The photo certificates among those named, as their rows describe them. */
export function photosAmong(portfolio: Portfolio, sha256s: readonly string[]): PhotoToPrepare[] {
  const photos: PhotoToPrepare[] = [];
  for (const sha256 of new Set(sha256s)) {
    const certificate = portfolio.certificates.get(sha256);
    if (certificate && photoKindOf(certificate.mediaType))
      photos.push({ sha256, mediaType: certificate.mediaType, size: certificate.size });
  }
  return photos;
}

/** Every photo certificate of the portfolio (after a restore). */
export function allPhotos(portfolio: Portfolio): PhotoToPrepare[] {
  const rows = portfolio.db.prepare('SELECT sha256 FROM certificates').all() as { sha256: string }[];
  return photosAmong(
    portfolio,
    rows.map((row) => row.sha256),
  );
}

/**
 * `preparePhotos` without the database: from the files alone, so a worker thread can
 * do it without holding the portfolio open (a restore must be able to move it). A cancel
 * stops it quietly; the images not made are made when a packet needs them.
 */
export async function preparePhotoFiles(
  images: PreparedImageStore,
  photos: readonly PhotoToPrepare[],
  control: JobControl = {},
): Promise<{ prepared: number }> {
  let prepared = 0;
  let done = 0;
  let next = 0;
  const preparer = async () => {
    while (next < photos.length && !control.signal?.aborted) {
      const photo = photos[next++]!;
      control.onProgress?.({ done, total: photos.length, stage: stages.preparingPhotos });
      if (await images.prepareAtIntake(photo)) prepared++;
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(photosAtOnce, photos.length) }, preparer));
  return { prepared };
}
