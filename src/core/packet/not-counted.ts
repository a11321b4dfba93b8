import { colors, styles } from './layout';
import type { PacketContext, Flow } from './layout';
import { formatDate, formatPoints, formatPointsWithName } from './format';
import type { NotCountedActivity, PacketPlan } from './plan';
import { drawTable } from './table';
import type { Span, TableRow } from './table';
import type { TextStyle } from './text';

const outcomeStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.notMet };

function outcomeCell(entry: NotCountedActivity, pointName: string): Span[] {
  const { standing } = entry;
  if (!standing) return [{ text: 'Not evaluated', style: outcomeStyle }];
  if (standing.outcome === 'partly') {
    return [
      { text: 'Partly counted', style: outcomeStyle },
      {
        text: `${formatPoints(standing.counted)} of ${formatPointsWithName(standing.earned, pointName)}`,
        style: styles.small,
      },
    ];
  }
  return [
    { text: 'Not counted', style: outcomeStyle },
    ...(standing.earned > 0
      ? [{ text: `0 of ${formatPointsWithName(standing.earned, pointName)}`, style: styles.small }]
      : []),
  ];
}

function reasonsCell(entry: NotCountedActivity): Span[] {
  const reasons = entry.standing?.reasons ?? [];
  if (!entry.standing)
    return [
      { text: 'This activity is not part of the evaluation for this credential.', style: styles.smallInk },
    ];
  if (reasons.length === 0) return [{ text: 'No reason was given by the rules.', style: styles.small }];
  return reasons.map((reason) => ({ text: `•  ${reason}`, style: styles.smallInk }));
}

/** Activities linked to the credential whose credit does not (fully) count, and why. */
export function drawNotCounted(ctx: PacketContext, flow: Flow, plan: PacketPlan): void {
  const pointName = ctx.source.evaluation.pointName;
  flow.newPage();
  flow.sectionTitle('Activities not counted');
  if (plan.notCounted.length === 0) {
    flow.paragraph('Every activity recorded for this credential counts in full.', styles.body);
    return;
  }
  flow.paragraph(
    'These activities are recorded for this credential, but some or all of their credit does not count under the rules. They are listed for completeness; their certificates are not among the exhibits unless part of their credit counts.',
    styles.body,
    { after: 12 },
  );
  const rows: TableRow[] = plan.notCounted.map((entry) => ({
    cells: [
      formatDate(entry.activity.completedOn),
      [
        { text: entry.activity.title, style: styles.smallBold },
        { text: entry.activity.provider, style: styles.small },
      ],
      outcomeCell(entry, pointName),
      reasonsCell(entry),
    ],
  }));
  drawTable(
    flow,
    [
      { header: 'Completed', width: 62 },
      { header: 'Activity', width: 160 },
      { header: 'Outcome', width: 86 },
      { header: 'Why', width: flow.width - 62 - 160 - 86 },
    ],
    rows,
    { continuedTitle: 'Activities not counted', zebra: true },
  );
}
