import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
// Vite emits the worker as a file of the app itself, so it loads under the
// Content-Security-Policy's worker-src 'self' (no CDN, no inline blob needed).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

/** Why a PDF cannot be previewed: the window says it in the person's language. */
export class PdfPreviewError extends Error {
  override readonly name = 'PdfPreviewError';
  constructor(readonly reason: 'password' | 'damaged') {
    super(reason === 'password' ? 'The PDF needs a password.' : 'The PDF could not be read.');
  }
}

/**
 * Opens a PDF for drawing. pdf.js hands the buffer to its worker (detaching it), so it
 * gets a copy and the caller's bytes stay usable.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false });
  try {
    return await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new PdfPreviewError('password');
    }
    throw new PdfPreviewError('damaged');
  }
}

/** Draws one page into a canvas, scaled to `width` CSS pixels, sharp on high-DPI screens. */
export async function drawPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  width: number,
): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const pixelRatio = Math.min(window.devicePixelRatio || 1, 2);
  const viewport = page.getViewport({ scale: (width / unscaled.width) * pixelRatio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${Math.floor(viewport.height / pixelRatio)}px`;
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
}
