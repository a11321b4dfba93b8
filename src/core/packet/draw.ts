import { PDFOperator, PDFOperatorNames as Ops, setFillingColor, setStrokingColor } from '@cantoo/pdf-lib';
import type { Color, PDFFont, PDFName, PDFPage } from '@cantoo/pdf-lib';

/**
 * The few drawing operations the packet's own pages use (a line of text, a filled or
 * framed rectangle, a rule), written straight as content-stream operators.
 *
 * pdf-lib's drawText, drawRectangle and drawLine check every option, route rectangles
 * through an SVG path parser, add a new font entry to the page's resources on every
 * call, and wrap each number in an object that is formatted again on save; for a packet
 * of one-page certificates that was a third of the build. The output is the same
 * drawing: each operation in its own q … Q, so nothing leaks into what follows.
 */

/** A number as a content stream wants it: at most three decimals, no exponent. */
export function pdfNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function op(name: Ops, ...args: string[]): PDFOperator {
  return PDFOperator.of(name, args);
}

function fillColor(color: Color): PDFOperator {
  return color.type === 'RGB'
    ? op(Ops.NonStrokingColorRgb, pdfNumber(color.red), pdfNumber(color.green), pdfNumber(color.blue))
    : setFillingColor(color);
}

function strokeColor(color: Color): PDFOperator {
  return color.type === 'RGB'
    ? op(Ops.StrokingColorRgb, pdfNumber(color.red), pdfNumber(color.green), pdfNumber(color.blue))
    : setStrokingColor(color);
}

function dashPattern(dash: number[]): PDFOperator {
  return op(Ops.SetLineDashPattern, `[${dash.map(pdfNumber).join(' ')}]`, '0');
}

/** Each page's resource name for each font, added once per page. */
const fontNames = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function fontName(page: PDFPage, font: PDFFont): PDFName {
  let names = fontNames.get(page);
  if (!names) {
    names = new Map();
    fontNames.set(page, names);
  }
  let name = names.get(font);
  if (!name) {
    name = page.node.newFontDictionary(font.name, font.ref);
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
  page.pushOperators(
    op(Ops.PushGraphicsState),
    op(Ops.BeginText),
    fillColor(at.color),
    PDFOperator.of(Ops.SetFontAndSize, [fontName(page, font), pdfNumber(at.size)]),
    op(Ops.SetTextMatrix, '1', '0', '0', '1', pdfNumber(at.x), pdfNumber(at.y)),
    PDFOperator.of(Ops.ShowText, [font.encodeText(text)]),
    op(Ops.EndText),
    op(Ops.PopGraphicsState),
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
  const { fill, border } = style;
  if (!fill && !border) return;
  const operators = [op(Ops.PushGraphicsState)];
  if (fill) operators.push(fillColor(fill));
  if (border) {
    operators.push(strokeColor(border.color), op(Ops.SetLineWidth, pdfNumber(border.width)));
    if (border.dash) operators.push(dashPattern(border.dash));
  }
  operators.push(
    op(Ops.AppendRectangle, pdfNumber(box.x), pdfNumber(box.y), pdfNumber(box.width), pdfNumber(box.height)),
    op(fill && border ? Ops.FillNonZeroAndStroke : fill ? Ops.FillNonZero : Ops.StrokePath),
    op(Ops.PopGraphicsState),
  );
  page.pushOperators(...operators);
}

/** A straight rule from one point to another. */
export function drawRule(
  page: PDFPage,
  from: { x: number; y: number },
  to: { x: number; y: number },
  style: { thickness: number; color: Color; dash?: number[] },
): void {
  page.pushOperators(
    op(Ops.PushGraphicsState),
    strokeColor(style.color),
    op(Ops.SetLineWidth, pdfNumber(style.thickness)),
    ...(style.dash ? [dashPattern(style.dash)] : []),
    op(Ops.MoveTo, pdfNumber(from.x), pdfNumber(from.y)),
    op(Ops.LineTo, pdfNumber(to.x), pdfNumber(to.y)),
    op(Ops.StrokePath),
    op(Ops.PopGraphicsState),
  );
}
