import sharp from 'sharp';
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import decodeHeic from 'heic-decode';
import { detectMediaType } from '../certificates/detect-type';
import { certificateArea, fitIntoArea } from './certificate-page';
import { CertificateReadError, reasons } from './certificate-errors';

/**
 * Photos and scans of certificates become one upright sRGB JPEG each, sized for about
 * 200 dpi where it is placed: EXIF orientation applied, HEIC/HEIF decoded, WebP, PNG
 * (16-bit, with alpha flattened on white), CMYK and progressive JPEG all normalised.
 * Metadata (EXIF, GPS) is not carried into the packet.
 */

export const imageDpi = 200;
export const jpegQuality = 82;
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

export interface PreparedImage {
  jpeg: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  landscape: boolean;
  /** Where the image goes on its page (points). */
  placed: { x: number; y: number; width: number; height: number };
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

export async function prepareImage(bytes: Uint8Array, kind: 'heif' | 'image'): Promise<PreparedImage> {
  const source = kind === 'heif' ? await decodeHeif(bytes) : await describeWithSharp(bytes);
  const landscape = source.width > source.height;
  const fit = fitIntoArea(certificateArea(landscape), source.width, source.height, maxPointsPerPixel);
  const targetWidth = Math.max(1, Math.round((fit.width / 72) * imageDpi));
  const targetHeight = Math.max(1, Math.round((fit.height / 72) * imageDpi));
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
    landscape,
    placed: { x: fit.x, y: fit.y, width: fit.width, height: fit.height },
  };
}
