import { activityKindLabels } from '../../domain/portfolio';
import { colors, styles } from './layout';
import type { PacketContext, Flow } from './layout';
import { formatDate, formatPoints } from './format';
import type { LoggedActivity, PacketPlan } from './plan';
import { cellPadding, drawTable } from './table';
import type { Column, Span, TableRow } from './table';
import type { TextStyle } from './text';
import { activitiesWithPlaceholders, drawOpenItemsList } from './open-items';

const partlyMark = '†';
const exhibitStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.accent };
const pageStyle: TextStyle = { size: 7.5, color: colors.accent };

/** "Clinical", "General", "Admin.": column headers must stay narrow. */
function shortLabel(label: string): string {
  return label.length <= 8 ? label : `${label.slice(0, 5)}.`;
}

interface CreditColumns {
  columns: Column[];
  cells(entry: LoggedActivity): string[];
  totals(rows: LoggedActivity[]): string[];
}

/** One column per category (and a total) when they fit; otherwise one "Credit" column. */
function creditColumns(ctx: PacketContext): CreditColumns {
  const categories = ctx.source.evaluation.categories;
  const total = (entry: LoggedActivity) => entry.standing.counted;
  const sum = (rows: LoggedActivity[], value: (entry: LoggedActivity) => number) =>
    formatPoints(rows.reduce((acc, entry) => acc + value(entry), 0));
  if (categories.length >= 1 && categories.length <= 4) {
    const byCategory = (key: string) => (entry: LoggedActivity) => entry.standing.countedByCategory[key] ?? 0;
    const columns: Column[] = categories.map((category) => ({
      header: shortLabel(category.label),
      width: 42,
      align: 'right',
    }));
    if (categories.length > 1) columns.push({ header: 'Total', width: 38, align: 'right' });
    return {
      columns,
      cells: (entry) => {
        const values = categories.map((category) => byCategory(category.key)(entry));
        const cells = values.map((value) => (value ? formatPoints(value) : ''));
        if (categories.length > 1) cells.push(formatPoints(total(entry)));
        return cells;
      },
      totals: (rows) => {
        const cells = categories.map((category) => sum(rows, byCategory(category.key)));
        if (categories.length > 1) cells.push(sum(rows, total));
        return cells;
      },
    };
  }
  const labels = new Map(categories.map((category) => [category.key, category.label]));
  return {
    columns: [{ header: 'Credit', width: 96, align: 'right' }],
    cells: (entry) => {
      const parts = Object.entries(entry.standing.countedByCategory)
        .filter(([, value]) => value > 0)
        .map(([key, value]) => `${labels.get(key) ?? key} ${formatPoints(value)}`);
      return [
        parts.length > 1 || categories.length > 0
          ? parts.join(', ') || formatPoints(total(entry))
          : formatPoints(total(entry)),
      ];
    },
    totals: (rows) => [sum(rows, total)],
  };
}

const missingStyle: TextStyle = { size: 8.5, font: 'bold', color: colors.notMet };

function activityCell(entry: LoggedActivity, placeholders: Set<number>): Span[] {
  const { activity, standing } = entry;
  const spans: Span[] = [
    {
      text: activity.title + (standing.outcome === 'partly' ? ` ${partlyMark}` : ''),
      style: styles.smallBold,
    },
  ];
  spans.push({ text: activity.provider, style: styles.small });
  const approval = [activity.approvingBody, activity.approvalNumber ? `no. ${activity.approvalNumber}` : '']
    .filter(Boolean)
    .join(', ');
  if (approval) spans.push({ text: `Approved by ${approval}`, style: styles.small });
  // The credit is claimed, so the log says plainly when its proof is not in the packet.
  if (placeholders.has(activity.id))
    spans.push({
      text: 'Certificate missing: a placeholder page stands in its exhibit',
      style: missingStyle,
    });
  else if (activity.certificates.length === 0)
    spans.push({ text: 'Certificate missing', style: missingStyle });
  return spans;
}

/** The log of counted activities; each row links to the first page of its exhibit. */
export function drawActivityLog(ctx: PacketContext, flow: Flow, plan: PacketPlan): void {
  flow.newPage();
  flow.sectionTitle('Activity log');
  flow.paragraph(
    ctx.source.audit
      ? `The activities named in audit ${ctx.source.audit.reference} whose credit counts, in order of completion. Credit columns show the points that count. Each row links to the certificate in the exhibits.`
      : 'Activities whose credit counts toward this recertification, in order of completion. Credit columns show the points that count. Each row links to the certificate in the exhibits.',
    styles.body,
    { after: 12 },
  );
  const credit = creditColumns(ctx);
  const fixed = 62 + 66 + 46 + credit.columns.reduce((sum, column) => sum + column.width, 0);
  const columns: Column[] = [
    { header: 'Completed', width: 62 },
    { header: 'Activity, provider and approval', width: flow.width - fixed },
    { header: 'Kind', width: 66 },
    ...credit.columns,
    { header: 'Exhibit', width: 46, align: 'center' },
  ];
  const exhibitColumn = columns.length - 1;
  const placeholders = activitiesWithPlaceholders(ctx);

  const rows: TableRow[] = plan.logged.map((entry) => ({
    cells: [
      formatDate(entry.activity.completedOn),
      activityCell(entry, placeholders),
      activityKindLabels[entry.activity.kind],
      ...credit.cells(entry),
      entry.exhibit
        ? [{ text: String(entry.exhibit.number), style: exhibitStyle }]
        : [{ text: 'None', style: styles.small }],
    ],
    onDrawn(page, row, cells) {
      const exhibit = entry.exhibit;
      if (!exhibit) return;
      const cell = cells[exhibitColumn]!;
      ctx.links.push({ page, rect: row, target: () => exhibit.startPage });
      ctx.deferred.push(() => {
        const number = exhibit.startPage ? ctx.pageNumber(exhibit.startPage) : null;
        if (number === null) return;
        const baseline =
          cell.y + cell.height - cellPadding.y - exhibitStyle.size - ctx.type.lineHeight(exhibitStyle) - 0.5;
        ctx.type.drawCentered(page, `p. ${number}`, cell.x + cell.width / 2, baseline, pageStyle);
      });
    },
  }));
  const totals = credit.totals(plan.logged);
  rows.push({
    strongRule: true,
    keepWithPrevious: true,
    fill: colors.band,
    cells: [
      '',
      [
        {
          text: `Total counted (${plan.logged.length} ${plan.logged.length === 1 ? 'activity' : 'activities'})`,
          style: styles.smallBold,
        },
      ],
      '',
      ...totals.map((text) => [{ text, style: styles.smallBold }]),
      '',
    ],
  });
  if (plan.logged.length === 0) {
    flow.paragraph('No activity counts toward this recertification yet.', styles.body);
    drawOpenItemsList(ctx, flow);
    return;
  }
  drawTable(flow, columns, rows, { continuedTitle: 'Activity log', zebra: true });
  if (plan.logged.some((entry) => entry.standing.outcome === 'partly')) {
    flow.gap(6);
    const where = ctx.source.options.includeNotCounted
      ? '; the reasons are under “Activities not counted”'
      : '';
    flow.paragraph(`${partlyMark} Only part of this activity's credit counts${where}.`, styles.small);
  }
  const missing = plan.logged.filter((entry) => !entry.exhibit).length;
  if (missing > 0) {
    flow.gap(4);
    flow.paragraph(
      `${missing} ${missing === 1 ? 'activity has' : 'activities have'} no certificate attached (“None” under Exhibit).`,
      styles.small,
    );
  }
  drawOpenItemsList(ctx, flow);
}
