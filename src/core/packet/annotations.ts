import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFObject, PDFPage } from '@cantoo/pdf-lib';

/**
 * Certificates are often PDF forms whose holder name, date and credit are field values
 * shown only through annotation appearances; a page placed as a Form XObject loses its
 * annotations, so their appearances are drawn into the content instead.
 */

export interface BakedAnnotation {
  /** The XObject name the operators use. */
  name: string;
  appearance: PDFRef | PDFStream;
  /** Content-stream operators that draw the appearance in its rectangle. */
  operators: string;
}

const hidden = 1 << 1;
const noView = 1 << 5;
const skipped = new Set(['Link', 'Popup']);

function resolve(doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? doc.context.lookup(value) : value;
}

function numbers(doc: PDFDocument, value: PDFObject | undefined, count: number): number[] | null {
  const array = resolve(doc, value);
  if (!(array instanceof PDFArray) || array.size() < count) return null;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const item = array.lookup(i);
    if (!(item instanceof PDFNumber)) return null;
    out.push(item.asNumber());
  }
  return out;
}

function fixed(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(5).replace(/0+$/, '').replace(/\.$/, '');
}

/** The normal appearance, choosing the state named by /AS when there are several. */
function normalAppearance(doc: PDFDocument, annotation: PDFDict): PDFRef | PDFStream | null {
  const ap = resolve(doc, annotation.get(PDFName.of('AP')));
  if (!(ap instanceof PDFDict)) return null;
  const normal = ap.get(PDFName.of('N'));
  const value = resolve(doc, normal);
  if (value instanceof PDFStream) return normal instanceof PDFRef ? normal : value;
  if (value instanceof PDFDict) {
    const state = resolve(doc, annotation.get(PDFName.of('AS')));
    if (!(state instanceof PDFName)) return null;
    const chosen = value.get(state);
    const stream = resolve(doc, chosen);
    if (stream instanceof PDFStream) return chosen instanceof PDFRef ? chosen : stream;
  }
  return null;
}

export function bakeAnnotations(page: PDFPage, doc: PDFDocument, pageIndex: number): BakedAnnotation[] {
  const annots = resolve(doc, page.node.get(PDFName.of('Annots')));
  if (!(annots instanceof PDFArray)) return [];
  const baked: BakedAnnotation[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annotation = resolve(doc, annots.get(i));
    if (!(annotation instanceof PDFDict)) continue;
    const subtype = resolve(doc, annotation.get(PDFName.of('Subtype')));
    if (subtype instanceof PDFName && skipped.has(subtype.decodeText())) continue;
    const flags = resolve(doc, annotation.get(PDFName.of('F')));
    const flagBits = flags instanceof PDFNumber ? flags.asNumber() : 0;
    if (flagBits & hidden || flagBits & noView) continue;
    const appearance = normalAppearance(doc, annotation);
    const rect = numbers(doc, annotation.get(PDFName.of('Rect')), 4);
    if (!appearance || !rect) continue;
    const stream = appearance instanceof PDFRef ? doc.context.lookup(appearance) : appearance;
    if (!(stream instanceof PDFStream)) continue;
    const bbox = numbers(doc, stream.dict.get(PDFName.of('BBox')), 4);
    if (!bbox) continue;
    const matrix = numbers(doc, stream.dict.get(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0];
    const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
    const corners = [
      [bbox[0]!, bbox[1]!],
      [bbox[2]!, bbox[1]!],
      [bbox[0]!, bbox[3]!],
      [bbox[2]!, bbox[3]!],
    ].map(([x, y]) => [a * x! + c * y! + e, b * x! + d * y! + f] as const);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [rx0, ry0, rx1, ry1] = [
      Math.min(rect[0]!, rect[2]!),
      Math.min(rect[1]!, rect[3]!),
      Math.max(rect[0]!, rect[2]!),
      Math.max(rect[1]!, rect[3]!),
    ];
    if (maxX - minX <= 0 || maxY - minY <= 0 || rx1 - rx0 <= 0 || ry1 - ry0 <= 0) continue;
    const sx = (rx1 - rx0) / (maxX - minX);
    const sy = (ry1 - ry0) / (maxY - minY);
    const name = `CeuAnnot${pageIndex}x${i}`;
    const cm = [sx, 0, 0, sy, rx0 - sx * minX, ry0 - sy * minY].map(fixed).join(' ');
    baked.push({ name, appearance, operators: `q ${cm} cm /${name} Do Q` });
  }
  return baked;
}
