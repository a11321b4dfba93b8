import type { PDFPage } from '@cantoo/pdf-lib';
import { colors, footerRuleY, letter, letterLandscape } from './layout';
import type { PacketContext } from './layout';
import type { ExhibitPlan } from './plan';
import type { Box } from './table';
import type { TextStyle } from './text';
import { drawBox } from './draw';

/**
 * The frame every certificate page shares: a label band at the top naming the exhibit
 * ("Exhibit 3 — Title"), the certificate fitted below it with a hairline border, and
 * room for the footer.
 */

const side = 40;
const bandTop = 30;
const bandHeight = 26;
const gapBelowBand = 12;
const gapAboveFooter = 12;

const labelStyle: TextStyle = { size: 10, font: 'bold', color: colors.navy };
const detailStyle: TextStyle = { size: 8, color: colors.muted };

export function pageSize(landscape: boolean): [number, number] {
  const size = landscape ? letterLandscape : letter;
  return [size.width, size.height];
}

/** Where the certificate may go on a page of this orientation. */
export function certificateArea(landscape: boolean): Box {
  const [width, height] = pageSize(landscape);
  const top = height - bandTop - bandHeight - gapBelowBand;
  const bottom = footerRuleY + gapAboveFooter;
  return { x: side, y: bottom, width: width - 2 * side, height: top - bottom };
}

/** The exhibit's label: "Exhibit 3 — Title". */
export function exhibitLabel(exhibit: ExhibitPlan): string {
  return `Exhibit ${exhibit.number} — ${exhibit.activity.title}`;
}

export function drawExhibitBand(
  ctx: PacketContext,
  page: PDFPage,
  exhibit: ExhibitPlan,
  detail: string,
): void {
  const { width, height } = page.getSize();
  const y = height - bandTop - bandHeight;
  drawBox(page, { x: side, y, width: width - 2 * side, height: bandHeight }, { fill: colors.band });
  drawBox(page, { x: side, y, width: 4, height: bandHeight }, { fill: colors.navy });
  const detailWidth = detail ? ctx.type.width(detail, detailStyle) + 12 : 0;
  const labelRoom = width - 2 * side - 16 - detailWidth;
  const baseline = y + (bandHeight - labelStyle.size) / 2 + 2;
  ctx.type.draw(
    page,
    ctx.type.fit(exhibitLabel(exhibit), labelStyle, labelRoom),
    side + 12,
    baseline,
    labelStyle,
  );
  if (detail) ctx.type.drawRight(page, detail, width - side - 8, baseline, detailStyle);
}

/** Fits content of the given size into the area: centred across, hung from the top. */
export function fitIntoArea(
  area: Box,
  contentWidth: number,
  contentHeight: number,
  maxScale: number,
): { x: number; y: number; scale: number; width: number; height: number } {
  const scale = Math.min(area.width / contentWidth, area.height / contentHeight, maxScale);
  const width = contentWidth * scale;
  const height = contentHeight * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y + area.height - height, scale, width, height };
}

export function drawHairline(
  page: PDFPage,
  box: { x: number; y: number; width: number; height: number },
): void {
  drawBox(
    page,
    { x: box.x - 0.5, y: box.y - 0.5, width: box.width + 1, height: box.height + 1 },
    { border: { color: colors.rule, width: 0.5 } },
  );
}
