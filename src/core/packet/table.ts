import type { Color, PDFPage } from '@cantoo/pdf-lib';
import { colors, letter, margin, styles } from './layout';
import type { Flow } from './layout';
import type { TextStyle } from './text';
import { drawBox, drawRule } from './draw';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** One paragraph inside a cell. */
export interface Span {
  text: string;
  style?: TextStyle;
}

export type CellContent = string | Span[];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TableRow {
  cells: CellContent[];
  style?: TextStyle;
  fill?: Color;
  /** A heavier rule above the row (a totals row). */
  strongRule?: boolean;
  /** Never start a page with this row: it moves with the row before it (a totals row). */
  keepWithPrevious?: boolean;
  /** Called once the row is drawn, with where it and its cells ended up. */
  onDrawn?(page: PDFPage, row: Box, cells: Box[]): void;
}

export interface TableOptions {
  /** Printed above the repeated header on continuation pages, with "(continued)". */
  continuedTitle?: string;
  zebra?: boolean;
}

const padX = 4;
const padY = 4.5;
const headerStyle: TextStyle = styles.caption;
const headerRule = { thickness: 0.8, color: colors.navy };
const strongRule = { thickness: 0.9, color: colors.navy };
const rowRule = { thickness: 0.5, color: colors.rule };

interface LaidLine {
  text: string;
  style: TextStyle;
}

function layoutCell(flow: Flow, content: CellContent, width: number, base: TextStyle): LaidLine[] {
  const spans: Span[] = typeof content === 'string' ? [{ text: content }] : content;
  const lines: LaidLine[] = [];
  for (const span of spans) {
    const style = span.style ?? base;
    for (const text of flow.ctx.type.wrap(span.text, style, width - 2 * padX)) lines.push({ text, style });
  }
  return lines;
}

function linesHeight(flow: Flow, lines: LaidLine[]): number {
  return lines.reduce((sum, line) => sum + flow.ctx.type.lineHeight(line.style), 0);
}

function drawHeader(flow: Flow, columns: Column[], tableWidth: number): void {
  const type = flow.ctx.type;
  const height = type.lineHeight(headerStyle) + 2 * padY + 2;
  drawBox(flow.page, { x: flow.left, y: flow.y - height, width: tableWidth, height }, { fill: colors.band });
  let x = flow.left;
  for (const column of columns) {
    const text = column.header.toUpperCase();
    const baseline = flow.y - padY - 1 - headerStyle.size;
    if (column.align === 'right')
      type.drawRight(flow.page, text, x + column.width - padX, baseline, headerStyle);
    else if (column.align === 'center')
      type.drawCentered(flow.page, text, x + column.width / 2, baseline, headerStyle);
    else type.draw(flow.page, text, x + padX, baseline, headerStyle);
    x += column.width;
  }
  flow.y -= height;
  drawRule(flow.page, { x: flow.left, y: flow.y }, { x: flow.left + tableWidth, y: flow.y }, headerRule);
}

/**
 * Draws a table that wraps each cell, keeps each row on one page, and repeats the
 * header (with a "continued" line) at the top of each page it runs onto.
 */
export function drawTable(flow: Flow, columns: Column[], rows: TableRow[], options: TableOptions = {}): void {
  const type = flow.ctx.type;
  const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);
  const headerHeight = type.lineHeight(headerStyle) + 2 * padY + 2;
  const pageCapacity = letter.height - margin.top - margin.bottom - headerHeight - 30;

  flow.ensure(headerHeight + 40);
  drawHeader(flow, columns, tableWidth);
  const outer = flow.onContinue((next) => {
    outer?.(next);
    if (options.continuedTitle) {
      type.draw(
        next.page,
        `${options.continuedTitle} (continued)`,
        next.left,
        next.y - styles.subheading.size,
        styles.subheading,
      );
      next.y -= styles.subheading.size + 10;
    }
    drawHeader(next, columns, tableWidth);
  });

  const laid = rows.map((row) => {
    const base = row.style ?? styles.smallInk;
    let cells = columns.map((column, i) => layoutCell(flow, row.cells[i] ?? '', column.width, base));
    let height = Math.max(...cells.map((lines) => linesHeight(flow, lines))) + 2 * padY;
    if (height > pageCapacity) {
      // A single row taller than a page is cut rather than split across pages.
      cells = cells.map((lines) => {
        const kept: LaidLine[] = [];
        let used = 2 * padY;
        for (const line of lines) {
          used += type.lineHeight(line.style);
          if (used > pageCapacity) break;
          kept.push(line);
        }
        if (kept.length < lines.length && kept.length > 0) kept[kept.length - 1]!.text += ' …';
        return kept;
      });
      height = Math.max(...cells.map((lines) => linesHeight(flow, lines))) + 2 * padY;
    }
    return { cells, height };
  });

  rows.forEach((row, index) => {
    const { cells, height } = laid[index]!;
    const next = rows[index + 1]?.keepWithPrevious ? laid[index + 1]!.height : 0;
    if (!row.keepWithPrevious) flow.ensure(height + next);
    flow.ensure(height);
    const top = flow.y;
    const fill = row.fill ?? (options.zebra && index % 2 === 1 ? colors.shade : undefined);
    if (fill) drawBox(flow.page, { x: flow.left, y: top - height, width: tableWidth, height }, { fill });
    if (row.strongRule)
      drawRule(flow.page, { x: flow.left, y: top }, { x: flow.left + tableWidth, y: top }, strongRule);
    const cellBoxes: Box[] = [];
    let x = flow.left;
    columns.forEach((column, i) => {
      let y = top - padY;
      for (const line of cells[i] ?? []) {
        const baseline = y - line.style.size;
        if (column.align === 'right')
          type.drawRight(flow.page, line.text, x + column.width - padX, baseline, line.style);
        else if (column.align === 'center')
          type.drawCentered(flow.page, line.text, x + column.width / 2, baseline, line.style);
        else type.draw(flow.page, line.text, x + padX, baseline, line.style);
        y -= type.lineHeight(line.style);
      }
      cellBoxes.push({ x, y: top - height, width: column.width, height });
      x += column.width;
    });
    flow.y = top - height;
    drawRule(flow.page, { x: flow.left, y: flow.y }, { x: flow.left + tableWidth, y: flow.y }, rowRule);
    row.onDrawn?.(flow.page, { x: flow.left, y: flow.y, width: tableWidth, height }, cellBoxes);
  });
  flow.onContinue(outer);
}

/** Where a right-aligned or left-aligned line of a cell goes, for text drawn later. */
export function cellTextX(box: Box, align: Column['align']): number {
  return align === 'right'
    ? box.x + box.width - padX
    : align === 'center'
      ? box.x + box.width / 2
      : box.x + padX;
}

export const cellPadding = { x: padX, y: padY } as const;
