import type { CertificateProblem } from '../../domain/packet';
import { drawBox } from './draw';
import { colors, styles } from './layout';
import type { Flow, PacketContext } from './layout';
import { describeOpenItem } from './preflight';
import type { TextStyle } from './text';

/**
 * What was still open when the packet was exported anyway: the reviewer reads it on the
 * cover, and the full list at the end of the activity log. A packet is never
 * "submission-ready" in silence while something is missing.
 */

/** Lines the cover shows before pointing to the full list. */
const coverLines = 6;

export function openItemLines(ctx: PacketContext): string[] {
  return [...ctx.openItems.map(describeOpenItem), ...ctx.placeholders.map(describePlaceholder)];
}

function describePlaceholder(problem: CertificateProblem): string {
  return `Placeholder page instead of the certificate “${problem.fileName}” for “${problem.activityTitle}”.`;
}

/** Activities whose certificate stands as a placeholder page, by id. */
export function activitiesWithPlaceholders(ctx: PacketContext): Set<number> {
  const shas = new Set(ctx.placeholders.map((problem) => problem.certificateSha256));
  const ids = new Set(ctx.placeholders.map((problem) => problem.activityId));
  for (const activity of ctx.source.activities)
    if (activity.certificates.some((certificate) => shas.has(certificate.sha256))) ids.add(activity.id);
  return ids;
}

const titleStyle: TextStyle = { size: 10, font: 'bold', color: colors.notMet };
const lineStyle: TextStyle = { size: 8.5, color: colors.ink };

/** A boxed list on the cover; nothing when the packet has no open items. */
export function drawOpenItemsOnCover(ctx: PacketContext, flow: Flow): void {
  const lines = openItemLines(ctx);
  if (lines.length === 0) return;
  const type = ctx.type;
  const width = flow.width - 36;
  const shown = lines.slice(0, lines.length > coverLines ? coverLines - 1 : coverLines);
  const wrapped = shown.flatMap((line) => type.wrap(`•  ${line}`, lineStyle, width));
  if (shown.length < lines.length) {
    wrapped.push(
      ...type.wrap(
        `…and ${lines.length - shown.length} more, listed under “Open items” after the activity log.`,
        { ...lineStyle, color: colors.muted },
        width,
      ),
    );
  }
  const lineHeight = type.lineHeight(lineStyle);
  const height = 28 + wrapped.length * lineHeight + 8;
  flow.gap(12);
  const top = flow.y;
  drawBox(
    flow.page,
    { x: flow.left, y: top - height, width: flow.width, height },
    { fill: colors.shade, border: { color: colors.notMet, width: 1 } },
  );
  let y = top - 18;
  const count = lines.length;
  type.draw(
    flow.page,
    `EXPORTED WITH ${count} OPEN ${count === 1 ? 'ITEM' : 'ITEMS'}`,
    flow.left + 18,
    y,
    titleStyle,
  );
  y -= 16;
  for (const line of wrapped) {
    type.draw(flow.page, line, flow.left + 18, y, lineStyle);
    y -= lineHeight;
  }
  flow.y = top - height;
}

/** The full list, after the activity log. */
export function drawOpenItemsList(ctx: PacketContext, flow: Flow): void {
  const lines = openItemLines(ctx);
  if (lines.length === 0) return;
  flow.gap(14);
  flow.ensure(40);
  ctx.type.draw(flow.page, 'Open items', flow.left, flow.y - styles.subheading.size, styles.subheading);
  flow.gap(styles.subheading.size + 8);
  flow.paragraph(
    'This packet was exported while these items were still open. The holder keeps the originals and can supply them on request.',
    styles.small,
    { after: 6 },
  );
  for (const line of lines) flow.paragraph(`•  ${line}`, styles.smallInk, { after: 2 });
}
