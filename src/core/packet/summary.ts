import { colors, styles } from './layout';
import type { PacketContext, Flow } from './layout';
import { formatDate, formatPoints, formatPointsWithName } from './format';
import { drawTable } from './table';
import type { Span, TableRow } from './table';
import type { TextStyle } from './text';
import { drawBox } from './draw';

const metStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.met };
const notMetStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.notMet };

function statusCell(stillNeeded: number, min: number, pointName: string): Span[] {
  if (min <= 0) return [{ text: 'No minimum', style: styles.small }];
  if (stillNeeded <= 0) return [{ text: 'Met', style: metStyle }];
  return [{ text: `${formatPointsWithName(stillNeeded, pointName)} more needed`, style: notMetStyle }];
}

/** Required against counted, per category, from approved providers and in total. */
export function drawSummary(ctx: PacketContext, flow: Flow): void {
  const { evaluation, pack } = ctx.source;
  const pointName = evaluation.pointName;
  flow.newPage();
  flow.sectionTitle('Compliance summary');
  flow.paragraph(
    `${pack.credential} recertification by continuing education requires ${formatPointsWithName(evaluation.required, pointName)} earned between ${formatDate(evaluation.cycle.start)} and ${formatDate(evaluation.cycle.end)}. The table compares what the rules require with the credit counted from the activities in this packet, as of ${formatDate(evaluation.asOf)}.`,
    styles.body,
    { after: 12 },
  );

  const rows: TableRow[] = evaluation.categories.map((category) => {
    const limits = [
      category.min > 0 ? `at least ${formatPoints(category.min)}` : null,
      category.max != null ? `at most ${formatPoints(category.max)} counts` : null,
    ]
      .filter(Boolean)
      .join(', ');
    return {
      cells: [
        [
          { text: category.label, style: styles.smallBold },
          ...(limits ? [{ text: limits, style: styles.small }] : []),
        ],
        category.min > 0 ? formatPoints(category.min) : '—',
        formatPoints(category.counted),
        statusCell(category.stillNeeded, category.min, pointName),
      ],
    };
  });
  const approved = evaluation.approvedProviders;
  if (approved) {
    rows.push({
      cells: [
        [
          { text: `From ${approved.label}`, style: styles.smallBold },
          { text: `at least ${formatPoints(approved.min)} of the total`, style: styles.small },
        ],
        formatPoints(approved.min),
        formatPoints(approved.counted),
        statusCell(approved.stillNeeded, approved.min, pointName),
      ],
    });
  }
  rows.push({
    strongRule: true,
    keepWithPrevious: true,
    fill: colors.band,
    cells: [
      [{ text: 'Total', style: styles.smallBold }],
      [{ text: formatPoints(evaluation.required), style: styles.smallBold }],
      [{ text: formatPoints(evaluation.counted), style: styles.smallBold }],
      statusCell(evaluation.stillNeeded, evaluation.required, pointName),
    ],
  });
  const numberWidth = 72;
  drawTable(
    flow,
    [
      { header: 'Requirement', width: flow.width - 2 * numberWidth - 140 },
      { header: `Required`, width: numberWidth, align: 'right' },
      { header: `Counted`, width: numberWidth, align: 'right' },
      { header: 'Status', width: 140 },
    ],
    rows,
    { continuedTitle: 'Compliance summary' },
  );
  flow.gap(6);
  flow.paragraph(
    `Figures are ${pointName}. “Counted” is the credit that counts after every limit of the rules.`,
    styles.small,
    {
      after: 4,
    },
  );
  if (evaluation.earned > evaluation.counted) {
    flow.paragraph(
      `Earned inside the cycle: ${formatPointsWithName(evaluation.earned, pointName)}, of which ${formatPoints(evaluation.counted)} count.`,
      styles.small,
      { after: 4 },
    );
  }
  if (approved && approved.outsideLeftOut > 0) {
    flow.paragraph(
      `${formatPointsWithName(approved.outsideLeftOut, pointName)} from other providers are beyond the most that may count from outside ${approved.label}.`,
      styles.small,
      { after: 4 },
    );
  }
  if (evaluation.needs.length > 0) {
    flow.gap(10);
    flow.ensure(40);
    ctx.type.draw(flow.page, 'Still needed', flow.left, flow.y - styles.subheading.size, styles.subheading);
    flow.gap(styles.subheading.size + 8);
    for (const need of evaluation.needs) flow.paragraph(`•  ${need}`, styles.body, { indent: 6, after: 2 });
  }
  flow.gap(16);
  drawConfirmNote(ctx, flow);
}

function drawConfirmNote(ctx: PacketContext, flow: Flow): void {
  const { evaluation } = ctx.source;
  const type = ctx.type;
  const lines = type.wrap(evaluation.confirmNote, styles.smallInk, flow.width - 30);
  const source = [
    evaluation.source ? `Source: ${evaluation.source}` : '',
    evaluation.lastChecked ? `Rules last checked ${formatDate(evaluation.lastChecked)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const sourceLines = source ? type.wrap(source, styles.small, flow.width - 30) : [];
  const height = 22 + (lines.length + sourceLines.length) * type.lineHeight(styles.small) + 12;
  flow.ensure(height);
  const top = flow.y;
  drawBox(
    flow.page,
    { x: flow.left, y: top - height, width: flow.width, height },
    { fill: colors.shade, border: { color: colors.rule, width: 0.5 } },
  );
  let y = top - 16;
  type.draw(flow.page, 'PLEASE NOTE', flow.left + 15, y, styles.caption);
  y -= 14;
  for (const line of lines) {
    type.draw(flow.page, line, flow.left + 15, y, styles.smallInk);
    y -= type.lineHeight(styles.smallInk);
  }
  for (const line of sourceLines) {
    type.draw(flow.page, line, flow.left + 15, y, styles.small);
    y -= type.lineHeight(styles.small);
  }
  flow.y = top - height;
}
