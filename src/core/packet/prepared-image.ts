/**
 * A photo's page image, as the packet embeds it: an upright sRGB JPEG and where it goes
 * on its page. Its own file because the packet's source (types.ts), the photo recipe
 * (certificate-image.ts) and the kept images (certificates/prepared-images.ts) all use it.
 */
export interface PreparedImage {
  jpeg: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  /** The upright photo's own size in pixels, which decides the page and the placing. */
  sourceWidth: number;
  sourceHeight: number;
  landscape: boolean;
  /** Where the image goes on its page (points). */
  placed: { x: number; y: number; width: number; height: number };
}

/** Photo kinds the packet prepares: HEIC/HEIF through heic-decode, the rest through sharp. */
export type PhotoKind = 'heif' | 'image';

/**
 * Page images prepared from photos once, at intake, and kept by SHA-256: building a
 * packet then never decodes a 12-megapixel photo again.
 */
export interface PreparedImageCache {
  /**
   * The kept image, or null when there is none to trust (missing, cut short, made by an
   * older recipe) or the original is no longer in place with its stored size.
   */
  read(sha256: string, originalSize: number): PreparedImage | null;
  /** Prepares the image from the original's bytes and keeps it for next time. */
  prepare(sha256: string, bytes: Uint8Array, kind: PhotoKind): Promise<PreparedImage>;
}
