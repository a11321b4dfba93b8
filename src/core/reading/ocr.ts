import { createRequire } from 'node:module';
import path from 'node:path';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import type { CertificateMediaType } from '../certificates/detect-type';
import { userError } from '../errors';

const require = createRequire(import.meta.url);

// Everything tesseract.js needs comes from node_modules: the English data from
// @tesseract.js-data/eng and the wasm core from tesseract.js-core (its Node default).
// Without an explicit langPath it would download the data from a CDN, which a private,
// offline app must never do; cacheMethod 'none' keeps it from writing a copy in the cwd.
function languageData(): string {
  return path.dirname(require.resolve('@tesseract.js-data/eng/4.0.0/eng.traineddata.gz'));
}

/** The long side OCR reads at: enough for certificate print, small enough to be quick. */
const longSide = 2000;

async function recognize(images: Buffer[]): Promise<string> {
  const { createWorker, OEM } = await import('tesseract.js');
  // tesseract.js runs the engine on a worker thread; the caller's thread only waits.
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: languageData(),
    gzip: true,
    cacheMethod: 'none',
  });
  try {
    const texts: string[] = [];
    for (const image of images) texts.push((await worker.recognize(image)).data.text);
    return texts.join('\n\n').trim();
  } finally {
    await worker.terminate();
  }
}

/** An upright, downscaled, grey, contrast-stretched PNG: what OCR reads best. */
async function prepare(input: Buffer | Uint8Array, mediaType?: CertificateMediaType): Promise<Buffer> {
  let image: Sharp;
  if (mediaType === 'image/heic') {
    // sharp's prebuilt libvips has no HEVC decoder; heic-decode (libheif in wasm, the one
    // the packet uses) gives the upright pixels.
    const decoded = await decodeHeic({ buffer: input });
    const raw = Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength);
    image = sharp(raw, { raw: { width: decoded.width, height: decoded.height, channels: 4 } });
  } else {
    image = sharp(input).rotate(); // applies the EXIF orientation a phone wrote
  }
  return image
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .normalise()
    .png()
    .toBuffer();
}

export async function ocrPhoto(bytes: Uint8Array, mediaType: CertificateMediaType): Promise<string> {
  let image: Buffer;
  try {
    image = await prepare(bytes, mediaType);
  } catch {
    throw userError('CERTIFICATE_REJECTED', {
      key: mediaType === 'image/heic' ? 'coreErrors.heicDamaged' : 'coreErrors.pictureDamaged',
    });
  }
  return recognize([image]);
}

/** A scanned PDF (pages that are only pictures): each page drawn at about 2000 px, then read. */
export async function ocrPdfPages(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  const images: Buffer[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: longSide / Math.max(base.width, base.height) });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      images.push(await prepare(canvas.toBuffer('image/png')));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return recognize(images);
}
