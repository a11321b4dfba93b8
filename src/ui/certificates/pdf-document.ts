import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
// Vite emits the worker as a file of the app itself, so it loads under the
// Content-Security-Policy's worker-src 'self' (no CDN, no inline blob needed).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

/** Why a PDF cannot be previewed, in words for the user. */
export class PdfPreviewError extends Error {
  override readonly name = 'PdfPreviewError';
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
      throw new PdfPreviewError('This PDF needs a password to open, so it cannot be previewed here.');
    }
    throw new PdfPreviewError('This PDF could not be read for a preview. It may be damaged.');
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
