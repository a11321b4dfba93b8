import sharp from 'sharp';
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import decodeHeic from 'heic-decode';
import { detectMediaType } from '../certificates/detect-type';
import { certificateArea, fitIntoArea } from './certificate-page';
import { CertificateReadError, reasons } from './certificate-errors';
import type { PhotoKind, PreparedImage } from './prepared-image';

export type { PhotoKind, PreparedImage } from './prepared-image';

/**
 * Photos and scans of certificates become one upright sRGB JPEG each, sized for about
 * 200 dpi where it is placed: EXIF orientation applied, HEIC/HEIF decoded, WebP, PNG
 * (16-bit, with alpha flattened on white), CMYK and progressive JPEG all normalised.
 * Metadata (EXIF, GPS) is not carried into the packet.
 */

export const imageDpi = 200;
export const jpegQuality = 82;
/**
 * The version of this recipe (size, quality, pipeline). Images prepared at intake are kept
 * under it: change it whenever a change here would give a different image, so that no
 * image made the old way is put in a packet.
 */
export const preparedImageRecipe = 1;
/** Small images are not blown up beyond one point per pixel (72 dpi). */
const maxPointsPerPixel = 1;

export type CertificateKind = 'pdf' | 'heif' | 'image' | 'empty';

/**
 * How the packet reads a file, from what the certificate store's detection says it is
 * (the one place file types are told apart). Anything else goes to sharp as a picture,
 * which says plainly when it cannot read it.
 */
export function certificateKind(bytes: Uint8Array): CertificateKind {
  if (bytes.length === 0) return 'empty';
  const type = detectMediaType(bytes);
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/heic') return 'heif';
  return 'image';
}

/** The page and the place a photo of this upright size gets (the same whenever it is prepared). */
export function placePhoto(
  sourceWidth: number,
  sourceHeight: number,
): { landscape: boolean; placed: PreparedImage['placed'] } {
  const landscape = sourceWidth > sourceHeight;
  const fit = fitIntoArea(certificateArea(landscape), sourceWidth, sourceHeight, maxPointsPerPixel);
  return { landscape, placed: { x: fit.x, y: fit.y, width: fit.width, height: fit.height } };
}

/** How the packet prepares a photo stored with this media type; null for a PDF. */
export function photoKindOf(mediaType: string): PhotoKind | null {
  if (mediaType === 'image/heic') return 'heif';
  if (mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'image/webp') return 'image';
  return null;
}

interface Source {
  pipeline(): Sharp;
  width: number;
  height: number;
}

async function decodeHeif(bytes: Uint8Array): Promise<Source> {
  let decoded: { width: number; height: number; data: Uint8ClampedArray };
  try {
    decoded = await decodeHeic({ buffer: bytes });
  } catch (heicError) {
    // An AVIF-coded HEIF is something sharp's own libheif can read.
    try {
      return await describeWithSharp(bytes);
    } catch {
      throw new CertificateReadError(reasons.heicDamaged, false, heicError);
    }
  }
  const raw = Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength);
  return {
    width: decoded.width,
    height: decoded.height,
    pipeline: () => sharp(raw, { raw: { width: decoded.width, height: decoded.height, channels: 4 } }),
  };
}

async function describeWithSharp(bytes: Uint8Array): Promise<Source> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    // A file that starts like a picture but cannot be read is a damaged picture, not a
    // file of the wrong kind: the holder needs a new copy, not a different format.
    throw new CertificateReadError(
      detectMediaType(bytes) === null ? reasons.notReadable : reasons.imageDamaged,
      false,
      error,
    );
  }
  if (!metadata.width || !metadata.height) throw new CertificateReadError(reasons.imageNoSize);
  const turned = (metadata.orientation ?? 1) >= 5;
  return {
    width: turned ? metadata.height : metadata.width,
    height: turned ? metadata.width : metadata.height,
    pipeline: () => sharp(bytes, { failOn: 'truncated' }).autoOrient(),
  };
}

export async function prepareImage(bytes: Uint8Array, kind: PhotoKind): Promise<PreparedImage> {
  const source = kind === 'heif' ? await decodeHeif(bytes) : await describeWithSharp(bytes);
  const { landscape, placed } = placePhoto(source.width, source.height);
  const targetWidth = Math.max(1, Math.round((placed.width / 72) * imageDpi));
  const targetHeight = Math.max(1, Math.round((placed.height / 72) * imageDpi));
  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await source
      .pipeline()
      .resize({ width: targetWidth, height: targetHeight, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: jpegQuality })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new CertificateReadError(
      kind === 'heif' ? reasons.heicDamaged : reasons.imageDamaged,
      false,
      error,
    );
  }
  return {
    jpeg: new Uint8Array(output.data.buffer, output.data.byteOffset, output.data.byteLength),
    pixelWidth: output.info.width,
    pixelHeight: output.info.height,
    sourceWidth: source.width,
    sourceHeight: source.height,
    landscape,
    placed,
  };
}
