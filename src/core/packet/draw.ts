import { ColorTypes, PDFArray, PDFName, PDFRef } from '@cantoo/pdf-lib';
import type { Color, PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { flateStream } from './compress';

/**
 * Everything the packet draws on its pages (lines of text, filled or framed rectangles,
 * rules, the certificates themselves), written as content-stream text and turned into
 * one compressed stream per page when the packet is saved (writePageContents).
 *
 * pdf-lib's drawText, drawRectangle and drawLine check every option, route rectangles
 * through an SVG path parser, add a new font entry to the page's resources on every
 * call, and build an object for every operator and number, which the garbage collector
 * then copies around until the packet is saved; for a packet of one-page certificates
 * that was about half of the build. The drawing is the same: each operation in its
 * own q … Q, so nothing leaks into what follows.
 */

/**
 * A number as a content stream wants it: no exponent, and three decimals, a thousandth
 * of a point, for positions and sizes; a scale needs more (`decimals`), since it is
 * multiplied by the size of what it scales.
 */
export function pdfNumber(value: number, decimals = 3): string {
  if (Number.isInteger(value)) return String(value);
  const unit = 10 ** decimals;
  const rounded = Math.round(value * unit) / unit;
  if (Object.is(rounded, -0)) return '0';
  const text = String(rounded);
  return text.includes('e') ? rounded.toFixed(decimals).replace(/\.?0+$/, '') : text;
}

function colorOperands(color: Color): string {
  switch (color.type) {
    case ColorTypes.Grayscale:
      return pdfNumber(color.gray);
    case ColorTypes.CMYK:
      return [color.cyan, color.magenta, color.yellow, color.key].map((value) => pdfNumber(value)).join(' ');
    default:
      return [color.red, color.green, color.blue].map((value) => pdfNumber(value)).join(' ');
  }
}

const fillOperator = { Grayscale: 'g', RGB: 'rg', CMYK: 'k' } as const;
const strokeOperator = { Grayscale: 'G', RGB: 'RG', CMYK: 'K' } as const;

/** Operators by colour object: the packet draws with a handful of shared colours, thousands of times. */
const fills = new WeakMap<Color, string>();
const strokes = new WeakMap<Color, string>();

function fill(color: Color): string {
  let text = fills.get(color);
  if (text === undefined) fills.set(color, (text = `${colorOperands(color)} ${fillOperator[color.type]}`));
  return text;
}

function stroke(color: Color): string {
  let text = strokes.get(color);
  if (text === undefined)
    strokes.set(color, (text = `${colorOperands(color)} ${strokeOperator[color.type]}`));
  return text;
}

function dashPattern(dash: number[] | undefined): string {
  return dash ? ` [${dash.map((value) => pdfNumber(value)).join(' ')}] 0 d` : '';
}

/** What each page shows so far, in drawing order. */
const drawn = new WeakMap<PDFPage, string[]>();

function draw(page: PDFPage, operators: string): void {
  let parts = drawn.get(page);
  if (!parts) {
    parts = [];
    drawn.set(page, parts);
  }
  parts.push(operators);
}

/** Each page's resource name for each font, added once per page. */
const fontNames = new WeakMap<PDFPage, Map<PDFFont, string>>();

function fontName(page: PDFPage, font: PDFFont): string {
  let names = fontNames.get(page);
  if (!names) {
    names = new Map();
    fontNames.set(page, names);
  }
  let name = names.get(font);
  if (name === undefined) {
    name = page.node.newFontDictionary(font.name, font.ref).toString();
    names.set(font, name);
  }
  return name;
}

/** One line of text in one font, its baseline starting at (x, y). */
export function showText(
  page: PDFPage,
  font: PDFFont,
  text: string,
  at: { x: number; y: number; size: number; color: Color },
): void {
  const glyphs = font.encodeText(text).asString();
  draw(
    page,
    `q BT ${fill(at.color)} ${fontName(page, font)} ${pdfNumber(at.size)} Tf 1 0 0 1 ${pdfNumber(at.x)} ${pdfNumber(at.y)} Tm <${glyphs}> Tj ET Q\n`,
  );
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RectangleStyle {
  fill?: Color;
  border?: { color: Color; width: number; dash?: number[] };
}

export function drawBox(page: PDFPage, box: Rectangle, style: RectangleStyle): void {
  const { border } = style;
  if (!style.fill && !border) return;
  const paint = style.fill && border ? 'B' : style.fill ? 'f' : 'S';
  const rectangle = [box.x, box.y, box.width, box.height].map((value) => pdfNumber(value)).join(' ');
  draw(
    page,
    `q${style.fill ? ` ${fill(style.fill)}` : ''}${border ? ` ${stroke(border.color)} ${pdfNumber(border.width)} w${dashPattern(border.dash)}` : ''} ${rectangle} re ${paint} Q\n`,
  );
}

/** A straight rule from one point to another. */
export function drawRule(
  page: PDFPage,
  from: { x: number; y: number },
  to: { x: number; y: number },
  style: { thickness: number; color: Color; dash?: number[] },
): void {
  draw(
    page,
    `q ${stroke(style.color)} ${pdfNumber(style.thickness)} w${dashPattern(style.dash)} ${pdfNumber(from.x)} ${pdfNumber(from.y)} m ${pdfNumber(to.x)} ${pdfNumber(to.y)} l S Q\n`,
  );
}

/**
 * Draws an image or a form XObject: `matrix` maps its unit square (an image) or its form
 * space (a form) onto the page.
 */
export function drawXObject(
  page: PDFPage,
  ref: PDFRef,
  tag: string,
  matrix: [number, number, number, number, number, number],
): void {
  const name = page.node.newXObject(tag, ref).toString();
  const [a, b, c, d, e, f] = matrix;
  const cm = [...[a, b, c, d].map((value) => pdfNumber(value, 6)), pdfNumber(e), pdfNumber(f)].join(' ');
  draw(page, `q ${cm} cm ${name} Do Q\n`);
}

/**
 * Writes what was drawn on each page as that page's content stream, compressed. Called
 * once, just before saving; anything pdf-lib itself drew on a page comes first.
 */
export function writePageContents(doc: PDFDocument): void {
  const context = doc.context;
  for (const page of doc.getPages()) {
    const parts = drawn.get(page);
    if (!parts) continue;
    drawn.delete(page);
    const ref = context.register(flateStream(context, Buffer.from(parts.join(''), 'latin1')));
    const existing = page.node.get(PDFName.of('Contents'));
    const value = existing instanceof PDFRef ? context.lookup(existing) : existing;
    if (value instanceof PDFArray) value.push(ref);
    else page.node.set(PDFName.of('Contents'), existing ? context.obj([existing, ref]) : ref);
  }
}
