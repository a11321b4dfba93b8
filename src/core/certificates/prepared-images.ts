import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Certificate } from '../../domain/portfolio';
import { photoKindOf, placePhoto, prepareImage, preparedImageRecipe } from '../packet/certificate-image';
import type { PhotoKind, PreparedImage, PreparedImageCache } from '../packet/prepared-image';
import { isTempFileName, writeFileAtomic } from '../write-file-atomic';

/**
 * Page images prepared from photo certificates, kept in `<dataDir>/prepared-images/` as
 * `<sha256>.v<recipe>.jpg`: the upright, downscaled JPEG the packet embeds, made once when
 * the photo is stored, so a packet never decodes a 12-megapixel photo again.
 *
 * They are a cache derived from the certificates, never the record: left out of backups
 * and exports, made again whenever one is missing, cut short or made by an older recipe
 * (after a restore, an import, or when someone deletes the folder). Each file starts with
 * a JPEG comment naming its certificate, the recipe and the photo's upright size (which
 * decides the page it goes on); the comment is taken off again before the packet embeds
 * the image, so the packet holds exactly the JPEG sharp made.
 */
export class PreparedImageStore implements PreparedImageCache {
  constructor(
    readonly dir: string,
    /** Where the originals are, to see that one is still in place before its image is used. */
    private readonly certificatesDir: string,
  ) {}

  pathOf(sha256: string): string {
    return path.join(this.dir, `${sha256}.v${preparedImageRecipe}.jpg`);
  }

  /**
   * The kept image, or null: when there is none, when it does not carry this certificate's
   * hash and this recipe, when it is cut short, or when the original is missing or no
   * longer its stored size (the packet then reads the original and says what is wrong).
   */
  read(sha256: string, originalSize: number): PreparedImage | null {
    const original = fs.statSync(path.join(this.certificatesDir, sha256), { throwIfNoEntry: false });
    if (!original?.isFile() || original.size !== originalSize) return null;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.pathOf(sha256));
    } catch {
      return null;
    }
    return unwrap(sha256, bytes);
  }

  /** Prepares the image from the original's bytes and keeps it (a failure to keep it is not the packet's problem). */
  async prepare(sha256: string, bytes: Uint8Array, kind: PhotoKind): Promise<PreparedImage> {
    const image = await prepareImage(bytes, kind);
    try {
      writeFileAtomic(this.pathOf(sha256), wrap(sha256, image));
    } catch {
      // A full or read-only disk: the packet still gets its image, made again next time.
    }
    return image;
  }

  /**
   * At intake: prepares the page image of a photo certificate that has none yet, from its
   * bytes when they are in hand, else from the stored original (which must still match its
   * hash). Needs no database, so a worker thread can do it without holding the portfolio
   * open. A photo that cannot be read is left for the packet to report, in its words, with
   * the rest. Returns whether an image was made.
   */
  async prepareAtIntake(certificate: PhotoToPrepare, bytes?: Uint8Array): Promise<boolean> {
    const kind = photoKindOf(certificate.mediaType);
    if (!kind || this.read(certificate.sha256, certificate.size)) return false;
    try {
      const original = bytes ?? (await this.readOriginal(certificate.sha256));
      if (!original) return false;
      await this.prepare(certificate.sha256, original, kind);
      return true;
    } catch {
      return false;
    }
  }

  private async readOriginal(sha256: string): Promise<Uint8Array | null> {
    const bytes = await fs.promises.readFile(path.join(this.certificatesDir, sha256));
    return crypto.createHash('sha256').update(bytes).digest('hex') === sha256 ? bytes : null;
  }

  /** Removes the image of a certificate removed for good. */
  remove(sha256: string): void {
    fs.rmSync(this.pathOf(sha256), { force: true });
  }

  /**
   * Removes every kept image whose certificate is not in `known`, every image made by
   * another recipe, and temporary files left by an interrupted write older than `graceMs`.
   */
  removeAllBut(known: ReadonlySet<string>, graceMs: number): { removed: number; bytesFreed: number } {
    let removed = 0;
    let bytesFreed = 0;
    if (!fs.existsSync(this.dir)) return { removed, bytesFreed };
    const current = `.v${preparedImageRecipe}.jpg`;
    for (const entry of fs.readdirSync(this.dir)) {
      const file = path.join(this.dir, entry);
      const hash = /^([0-9a-f]{64})\.v\d+\.jpg$/.exec(entry)?.[1];
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue; // renamed or removed meanwhile by a write in progress
      }
      if (!stat.isFile()) continue;
      const stale = hash !== undefined && (!known.has(hash) || !entry.endsWith(current));
      const leftover = isTempFileName(entry) && Date.now() - stat.mtimeMs >= graceMs;
      if (!stale && !leftover) continue;
      fs.rmSync(file, { force: true });
      removed += stale ? 1 : 0;
      bytesFreed += stat.size;
    }
    return { removed, bytesFreed };
  }
}

/** What preparing a certificate's page image needs to know of it (from its row). */
export type PhotoToPrepare = Pick<Certificate, 'sha256' | 'mediaType' | 'size'>;

const marker = 'CEU prepared image';

/** The JPEG with a comment segment (FF FE) after its start marker naming what it is. */
function wrap(sha256: string, image: PreparedImage): Uint8Array {
  const text = Buffer.from(
    `${marker} v${preparedImageRecipe} ${sha256} ${image.sourceWidth}x${image.sourceHeight} ${image.pixelWidth}x${image.pixelHeight}`,
    'latin1',
  );
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  const jpeg = Buffer.from(image.jpeg.buffer, image.jpeg.byteOffset, image.jpeg.byteLength);
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}

/** The image a kept file holds, if it is whole and is this certificate's, by this recipe. */
function unwrap(sha256: string, bytes: Buffer): PreparedImage | null {
  const n = bytes.length;
  if (n < 8 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff || bytes[3] !== 0xfe) return null;
  // A JPEG ends with its end-of-image marker: a file without one was cut short.
  if (bytes[n - 2] !== 0xff || bytes[n - 1] !== 0xd9) return null;
  const segment = (bytes[4]! << 8) | bytes[5]!;
  if (segment < 2 || 4 + segment > n) return null;
  const said = new RegExp(`^${marker} v${preparedImageRecipe} ${sha256} (\\d+)x(\\d+) (\\d+)x(\\d+)$`).exec(
    bytes.toString('latin1', 6, 4 + segment),
  );
  if (!said) return null;
  const [sourceWidth, sourceHeight, pixelWidth, pixelHeight] = said.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (!sourceWidth || !sourceHeight || !pixelWidth || !pixelHeight) return null;
  const jpeg = Buffer.concat([bytes.subarray(0, 2), bytes.subarray(4 + segment)]);
  return {
    jpeg: new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength),
    pixelWidth,
    pixelHeight,
    sourceWidth,
    sourceHeight,
    ...placePhoto(sourceWidth, sourceHeight),
  };
}
