import { PDFHexString, PDFName, PDFNull, PDFNumber } from '@cantoo/pdf-lib';
import type { PDFDict, PDFDocument, PDFPage, PDFRef } from '@cantoo/pdf-lib';

/**
 * pdf-lib has no outline API, so the /Outlines tree is written with low-level objects:
 * an outline dictionary, and one item per entry linked by /Parent, /Prev, /Next,
 * /First and /Last, each with a /Dest to the top of its page.
 */

export interface OutlineEntry {
  title: string;
  page: PDFPage;
  children?: OutlineEntry[];
  /** Shown expanded (children visible) when the file opens. */
  open?: boolean;
}

function destination(doc: PDFDocument, page: PDFPage) {
  const { height } = page.getSize();
  return doc.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(height), PDFNull]);
}

/** Writes the items under `parent` and returns how many of them are visible. */
function writeLevel(doc: PDFDocument, parent: PDFRef, parentDict: PDFDict, entries: OutlineEntry[]): number {
  const context = doc.context;
  const refs = entries.map(() => context.nextRef());
  let visible = 0;
  entries.forEach((entry, i) => {
    const ref = refs[i]!;
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), parent);
    item.set(PDFName.of('Dest'), destination(doc, entry.page));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    visible += 1;
    const children = entry.children ?? [];
    if (children.length > 0) {
      const childVisible = writeLevel(doc, ref, item, children);
      // A positive count shows the item open; a negative one, closed.
      item.set(PDFName.of('Count'), PDFNumber.of(entry.open ? childVisible : -children.length));
      if (entry.open) visible += childVisible;
    }
    context.assign(ref, item);
  });
  if (refs.length > 0) {
    parentDict.set(PDFName.of('First'), refs[0]!);
    parentDict.set(PDFName.of('Last'), refs[refs.length - 1]!);
  }
  return visible;
}

export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const outlinesRef = context.nextRef();
  const outlines = context.obj({ Type: 'Outlines' }) as PDFDict;
  const visible = writeLevel(doc, outlinesRef, outlines, entries);
  outlines.set(PDFName.of('Count'), PDFNumber.of(visible));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
