import sharp from 'sharp';
import type { Metadata, OutputInfo, Sharp } from 'sharp';
import decodeHeic from 'heic-decode';
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

const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** What a file is, from its first bytes (never from its name). */
export function sniffCertificate(bytes: Uint8Array): CertificateKind {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && heifBrands.has(ascii(bytes, 8, 12)))
    return 'heif';
  return 'image';
}

/** The signatures of the picture formats certificates arrive in (JPEG, PNG, GIF, TIFF, WebP). */
const imageSignatures: Array<[offset: number, bytes: number[]]> = [
  [0, [0xff, 0xd8, 0xff]],
  [0, [0x89, 0x50, 0x4e, 0x47]],
  [0, [0x47, 0x49, 0x46, 0x38]],
  [0, [0x49, 0x49, 0x2a, 0x00]],
  [0, [0x4d, 0x4d, 0x00, 0x2a]],
  [8, [0x57, 0x45, 0x42, 0x50]],
];

function startsLikeImage(bytes: Uint8Array): boolean {
  return imageSignatures.some(([offset, signature]) =>
    signature.every((byte, i) => bytes[offset + i] === byte),
  );
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
      startsLikeImage(bytes) ? reasons.imageDamaged : reasons.notReadable,
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
