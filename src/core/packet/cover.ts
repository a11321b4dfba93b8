import { Flow, colors, letter, margin, styles } from './layout';
import type { PacketContext } from './layout';
import { credentialLabel } from '../../domain/credential-label';
import { formatDate, formatLongDate, formatPoints } from './format';
import type { TextStyle } from './text';
import { drawBox, drawRule } from './draw';
import { drawOpenItemsOnCover } from './open-items';

/** A line of the cover's contents; its page is looked up once every page exists. */
export interface ContentsEntry {
  title: string;
  detail?: string;
  /** Which recorded place this entry points to: a section title, or the first exhibit. */
  target: { section: string } | { firstExhibit: true };
}

const labelStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.muted };
const valueStyle: TextStyle = { size: 10.5, color: colors.ink };

function memberNumbers(ctx: PacketContext): Array<[string, string]> {
  const { holder, pack } = ctx.source;
  const ordered = [...holder.memberNumbers].sort(
    (a, b) =>
      Number(b.body.toLowerCase() === pack.body.toLowerCase()) -
      Number(a.body.toLowerCase() === pack.body.toLowerCase()),
  );
  return ordered.map((entry) => [`${entry.body} member number`, entry.number]);
}

export function drawCover(ctx: PacketContext, contents: ContentsEntry[]): void {
  const { holder, credential, pack, evaluation, preparedOn } = ctx.source;
  const type = ctx.type;
  const flow = new Flow(ctx);
  const page = flow.newPage();
  ctx.sections.push({ title: 'Cover', page });
  drawBox(page, { x: 0, y: letter.height - 10, width: letter.width, height: 10 }, { fill: colors.navy });

  flow.y = letter.height - 96;
  type.draw(page, ctx.source.audit ? 'AUDIT RESPONSE' : 'RECERTIFICATION PACKET', flow.left, flow.y, {
    size: 10,
    font: 'bold',
    color: colors.accent,
  });
  flow.gap(20);
  const nameStyle: TextStyle = { size: 26, font: 'bold', color: colors.navy };
  for (const line of type.wrap(holder.fullName, nameStyle, flow.width)) {
    flow.gap(nameStyle.size + 4);
    type.draw(page, line, flow.left, flow.y, nameStyle);
  }
  flow.gap(24);
  const credentialStyle: TextStyle = { size: 13.5, color: colors.ink };
  for (const line of type.wrap(credentialLabel(pack), credentialStyle, flow.width)) {
    type.draw(page, line, flow.left, flow.y, credentialStyle);
    flow.gap(18);
  }
  if (pack.bodyName) {
    type.draw(page, pack.bodyName, flow.left, flow.y, { size: 10, color: colors.muted });
    flow.gap(14);
  }
  flow.gap(10);
  flow.rule();
  flow.gap(20);

  const { audit } = ctx.source;
  const details: Array<[string, string]> = [
    ...(audit
      ? ([
          ['Audit reference', audit.reference],
          ['Response due', formatLongDate(audit.dueOn)],
        ] as Array<[string, string]>)
      : []),
    ['Credential number', credential.credentialNumber || 'Not recorded'],
    ...memberNumbers(ctx),
    ['Certification cycle', `${formatDate(evaluation.cycle.start)} to ${formatDate(evaluation.cycle.end)}`],
    ['Date prepared', formatLongDate(preparedOn)],
  ];
  const contact = [holder.email, holder.phone].filter(Boolean).join('   ·   ');
  if (contact) details.push(['Contact', contact]);
  if (holder.address) details.push(['Address', holder.address]);
  const labelWidth = 150;
  for (const [label, value] of details) {
    const lines = type.wrap(value, valueStyle, flow.width - labelWidth);
    type.draw(page, label.toUpperCase(), flow.left, flow.y - 1, labelStyle);
    for (const line of lines) {
      type.draw(page, line, flow.left + labelWidth, flow.y - 1, valueStyle);
      flow.gap(15);
    }
    flow.gap(5);
  }

  flow.gap(12);
  drawStatusBox(ctx, flow);
  drawOpenItemsOnCover(ctx, flow);
  flow.gap(ctx.openItems.length + ctx.placeholders.length > 0 ? 20 : 30);
  drawContents(ctx, flow, contents);

  const note = `Prepared by ${holder.fullName} with CEU Portfolio from the holder's own records, using the ${pack.credential} rule pack version ${pack.version}${pack.lastChecked ? ` (rules last checked ${formatDate(pack.lastChecked)})` : ''}.`;
  let y = margin.bottom + 6;
  const lines = type.wrap(note, styles.small, flow.width);
  y += (lines.length - 1) * type.lineHeight(styles.small);
  for (const line of lines) {
    type.draw(page, line, flow.left, y, styles.small);
    y -= type.lineHeight(styles.small);
  }
}

function drawStatusBox(ctx: PacketContext, flow: Flow): void {
  const { evaluation } = ctx.source;
  const type = ctx.type;
  const complete = evaluation.status === 'complete';
  const headlineStyle: TextStyle = { size: 12.5, font: 'bold', color: colors.ink };
  const headline = type.wrap(evaluation.headline, headlineStyle, flow.width - 36);
  const facts = [
    `${formatPoints(evaluation.counted)} of ${formatPoints(evaluation.required)} ${evaluation.pointName} counted`,
  ];
  if (evaluation.approvedProviders) {
    facts.push(
      `${formatPoints(evaluation.approvedProviders.counted)} from ${evaluation.approvedProviders.label}`,
    );
  }
  const height = 30 + headline.length * 17 + 18;
  const top = flow.y;
  drawBox(flow.page, { x: flow.left, y: top - height, width: flow.width, height }, { fill: colors.band });
  drawBox(
    flow.page,
    { x: flow.left, y: top - height, width: 5, height },
    { fill: complete ? colors.met : colors.notMet },
  );
  let y = top - 18;
  type.draw(
    flow.page,
    `STATUS AS OF ${formatDate(evaluation.asOf).toUpperCase()}`,
    flow.left + 18,
    y,
    labelStyle,
  );
  y -= 19;
  for (const line of headline) {
    type.draw(flow.page, line, flow.left + 18, y, headlineStyle);
    y -= 17;
  }
  type.draw(
    flow.page,
    type.fit(facts.join('   ·   '), styles.smallInk, flow.width - 36),
    flow.left + 18,
    y - 1,
    styles.smallInk,
  );
  flow.y = top - height;
}

function drawContents(ctx: PacketContext, flow: Flow, contents: ContentsEntry[]): void {
  const type = ctx.type;
  type.draw(flow.page, 'Contents', flow.left, flow.y - styles.subheading.size, styles.subheading);
  flow.gap(styles.subheading.size + 12);
  const page = flow.page;
  for (const entry of contents) {
    const y = flow.y - styles.body.size;
    const titleWidth = type.draw(page, entry.title, flow.left, y, styles.body);
    let textEnd = flow.left + titleWidth;
    if (entry.detail) {
      textEnd += type.draw(page, `  ${entry.detail}`, textEnd, y, styles.small);
    }
    const rowTop = flow.y;
    ctx.deferred.push(() => {
      const target =
        'section' in entry.target
          ? ctx.sections.find((section) => section.title === (entry.target as { section: string }).section)
              ?.page
          : ctx.exhibits[0]?.page;
      if (!target) return;
      const number = String(ctx.pageNumber(target) ?? '');
      const numberWidth = type.width(number, styles.body);
      type.draw(page, number, flow.right - numberWidth, y, styles.body);
      const dotsFrom = textEnd + 8;
      const dotsTo = flow.right - numberWidth - 8;
      if (dotsTo > dotsFrom) {
        drawRule(
          page,
          { x: dotsFrom, y: y + 1 },
          { x: dotsTo, y: y + 1 },
          { thickness: 0.8, color: colors.rule, dash: [1, 3] },
        );
      }
      ctx.links.push({
        page,
        rect: { x: flow.left, y: rowTop - 16, width: flow.width, height: 16 },
        target: () => target,
      });
    });
    flow.gap(18);
  }
}
