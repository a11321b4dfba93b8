import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import type { PDFObject, PDFPage, PDFDocument } from '@cantoo/pdf-lib';
import { bakeAnnotations } from './annotations';
import { flateStream } from './compress';

/**
 * Certificate PDFs go into the packet as vector Form XObjects (never rasterised): each
 * source page's content and resources are copied as they are, and the packet page
 * scales, rotates and frames them. Opening (and decrypting) is in open-certificate-pdf.ts.
 */

export interface SourceBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

export interface EmbeddedSourcePage {
  ref: PDFRef;
  box: SourceBox;
  /** Clockwise display rotation from the page's /Rotate. */
  rotation: 0 | 90 | 180 | 270;
  /** Size as displayed (after rotation), in points. */
  displayWidth: number;
  displayHeight: number;
}

function numberAt(array: PDFArray, index: number): number {
  const value = array.lookup(index);
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

function boxOf(value: PDFObject | undefined, doc: PDFDocument): SourceBox | null {
  const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (!(array instanceof PDFArray) || array.size() < 4) return null;
  const [x0, y0, x1, y1] = [0, 1, 2, 3].map((i) => numberAt(array, i)) as [number, number, number, number];
  return { left: Math.min(x0, x1), bottom: Math.min(y0, y1), right: Math.max(x0, x1), top: Math.max(y0, y1) };
}

/** The visible area: the CropBox clipped to the MediaBox (US Letter when neither is usable). */
export function visibleBox(page: PDFPage, doc: PDFDocument): SourceBox {
  const node = page.node;
  const media = boxOf(node.getInheritableAttribute(PDFName.of('MediaBox')), doc) ?? {
    left: 0,
    bottom: 0,
    right: 612,
    top: 792,
  };
  const crop = boxOf(node.getInheritableAttribute(PDFName.of('CropBox')), doc);
  const box = crop
    ? {
        left: Math.max(media.left, crop.left),
        bottom: Math.max(media.bottom, crop.bottom),
        right: Math.min(media.right, crop.right),
        top: Math.min(media.top, crop.top),
      }
    : media;
  return box.right - box.left > 1 && box.top - box.bottom > 1 ? box : media;
}

export function rotationOf(page: PDFPage): 0 | 90 | 180 | 270 {
  const angle = (((Math.round(page.getRotation().angle / 90) * 90) % 360) + 360) % 360;
  return angle as 0 | 90 | 180 | 270;
}

export function streamsOf(contents: PDFObject | undefined, doc: PDFDocument): PDFStream[] {
  const value = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
  if (value instanceof PDFStream) return [value];
  if (value instanceof PDFArray) {
    const streams: PDFStream[] = [];
    for (let i = 0; i < value.size(); i++) {
      const item = value.lookup(i);
      if (item instanceof PDFStream) streams.push(item);
    }
    return streams;
  }
  return [];
}

function isPlainFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  const flate = PDFName.of('FlateDecode');
  if (parms !== undefined) return false;
  if (filter === flate) return true;
  return filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === flate;
}

function decoded(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFContentStream) return stream.getUnencodedContents();
  return stream.getContents();
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * Copies every page of `source` into `target` as a Form XObject. One copier serves
 * all pages so fonts and images shared between pages are copied once. Annotation
 * appearances (filled-in form fields, stamps) are drawn into the page content first,
 * since a Form XObject carries no annotations.
 */
export function embedSourcePages(target: PDFDocument, source: PDFDocument): EmbeddedSourcePage[] {
  const copier = PDFObjectCopier.for(source.context, target.context);
  const context = target.context;
  return source.getPages().map((page, pageIndex) => {
    const node = page.node;
    const box = visibleBox(page, source);
    const rotation = rotationOf(page);
    const resourcesValue = node.getInheritableAttribute(PDFName.of('Resources'));
    const sourceResources =
      resourcesValue instanceof PDFRef ? source.context.lookup(resourcesValue) : resourcesValue;
    const resources =
      sourceResources instanceof PDFDict
        ? (copier.copy(sourceResources) as PDFDict).clone(context)
        : context.obj({});

    const streams = streamsOf(node.get(PDFName.of('Contents')), source);
    const baked = bakeAnnotations(page, source, pageIndex);
    let content: PDFRawStream;
    const only = streams[0];
    if (streams.length === 1 && only instanceof PDFRawStream && isPlainFlate(only) && baked.length === 0) {
      // The common case: reuse the compressed bytes as they are.
      content = context.stream(only.getContents(), { Filter: 'FlateDecode' });
    } else {
      const parts = streams.flatMap((stream) => [decoded(stream), encoder.encode('\n')]);
      if (baked.length > 0) {
        const xobjectValue = resources.lookup(PDFName.of('XObject'));
        const xobjects = xobjectValue instanceof PDFDict ? xobjectValue.clone(context) : context.obj({});
        const drawn: string[] = [];
        for (const annotation of baked) {
          const copied = copier.copy(annotation.appearance);
          // An XObject must be an indirect object; register a stream that was written inline.
          xobjects.set(
            PDFName.of(annotation.name),
            copied instanceof PDFStream ? context.register(copied) : copied,
          );
          drawn.push(annotation.operators);
        }
        resources.set(PDFName.of('XObject'), xobjects);
        parts.unshift(encoder.encode('q\n'));
        parts.push(encoder.encode(`Q\n${drawn.join('\n')}\n`));
      }
      content = flateStream(context, concat(parts));
    }
    content.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
    content.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    content.dict.set(PDFName.of('FormType'), context.obj(1));
    content.dict.set(PDFName.of('BBox'), context.obj([box.left, box.bottom, box.right, box.top]));
    content.dict.set(PDFName.of('Matrix'), context.obj([1, 0, 0, 1, -box.left, -box.bottom]));
    content.dict.set(PDFName.of('Resources'), resources);
    const group = node.get(PDFName.of('Group'));
    if (group) content.dict.set(PDFName.of('Group'), copier.copy(group));

    const width = box.right - box.left;
    const height = box.top - box.bottom;
    const turned = rotation === 90 || rotation === 270;
    return {
      ref: context.register(content),
      box,
      rotation,
      displayWidth: turned ? height : width,
      displayHeight: turned ? width : height,
    };
  });
}

/**
 * The matrix that draws an embedded page (its form space is 0..width by 0..height)
 * upright, scaled by `scale`, with the bottom-left of what is displayed at (x, y).
 */
export function placementMatrix(
  page: EmbeddedSourcePage,
  scale: number,
  x: number,
  y: number,
): [number, number, number, number, number, number] {
  const width = page.box.right - page.box.left;
  const height = page.box.top - page.box.bottom;
  switch (page.rotation) {
    case 90:
      return [0, -scale, scale, 0, x, y + scale * width];
    case 180:
      return [-scale, 0, 0, -scale, x + scale * width, y + scale * height];
    case 270:
      return [0, scale, -scale, 0, x + scale * height, y];
    default:
      return [scale, 0, 0, scale, x, y];
  }
}
