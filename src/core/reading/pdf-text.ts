import { userError } from '../errors';

/** The text of a PDF's text layer, page by page, in reading order. */
export interface PdfText {
  pages: number;
  /** One string per page; '' for a page with no text layer (a scan). */
  pageTexts: string[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  height: number;
}

// The legacy build is the one pdf.js supports in Node (no DOM, no structuredClone quirks).
async function loadPdfJs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * Reads the text layer of a PDF. Items are sorted into lines (top to bottom, then left
 * to right) because pdf.js gives them in drawing order, which certificate generators
 * often scramble. Refuses encrypted and damaged files with a message saying what to do.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw userError('CERTIFICATE_REJECTED', { key: 'coreErrors.pdfPassword' });
    }
    throw userError('CERTIFICATE_REJECTED', { key: 'coreErrors.pdfDamaged' });
  }
  try {
    const pageTexts: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        items.push({
          str: raw.str,
          x: raw.transform[4] as number,
          y: raw.transform[5] as number,
          height: Math.abs((raw.transform[3] as number) || raw.height || 10),
        });
      }
      pageTexts.push(linesOf(items).join('\n'));
      page.cleanup();
    }
    return { pages: doc.numPages, pageTexts };
  } finally {
    await doc.destroy();
  }
}

/** Groups items whose baselines are within half a line of each other, top line first. */
function linesOf(items: Item[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(2, line[0]!.height * 0.5)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
