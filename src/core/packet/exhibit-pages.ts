import type { PDFPage } from '@cantoo/pdf-lib';
import { activityKindLabels, deliveryLabels } from '../../domain/portfolio';
import { formatCredit } from '../../domain/units';
import { certificateArea, drawExhibitBand } from './certificate-page';
import { formatDate, formatPointsWithName } from './format';
import { Flow, colors, styles } from './layout';
import type { PacketContext } from './layout';
import type { ExhibitPlan } from './plan';
import { drawTable } from './table';
import type { TextStyle } from './text';
import type { CertificateProblem } from './types';
import { drawBox } from './draw';

/**
 * The pages of an exhibit that are not the certificate itself: the course-description
 * page for outside credit, and the placeholder for a certificate that cannot be read.
 */

function exhibitFlow(ctx: PacketContext, exhibit: ExhibitPlan, detail: string): Flow {
  const flow = new Flow(ctx);
  flow.newPage();
  drawExhibitBand(ctx, flow.page, exhibit, detail);
  flow.onContinue((next) => drawExhibitBand(ctx, next.page, exhibit, `${detail} (continued)`));
  return flow;
}

/** For credit outside the approved providers: who gave it, what it covered, and how much. */
export function addDescriptionPage(ctx: PacketContext, exhibit: ExhibitPlan, bodyLabel: string): PDFPage {
  const { activity } = exhibit;
  const flow = exhibitFlow(ctx, exhibit, 'Course description');
  const firstPage = flow.page;
  flow.gap(6);
  ctx.type.draw(flow.page, 'Course description', flow.left, flow.y - styles.heading.size, styles.heading);
  flow.gap(styles.heading.size + 10);
  flow.paragraph(
    `This activity was not provided by ${bodyLabel}. The details below, and the certificate that follows, document it for the reviewer.`,
    styles.small,
    { after: 10 },
  );
  const credits = activity.credits.map(
    (credit) => `${formatCredit(credit.amount, credit.unit)} (${credit.category})`,
  );
  const rows: Array<[string, string]> = [
    ['Course title', activity.title],
    ['Provider', activity.provider],
    ['Provider address', activity.providerAddress],
    [
      'Approved or accredited by',
      [activity.approvingBody, activity.approvalNumber].filter(Boolean).join(', no. '),
    ],
    ['Completed on', formatDate(activity.completedOn)],
    [
      'Kind and delivery',
      `${activityKindLabels[activity.kind]}, ${deliveryLabels[activity.delivery].toLowerCase()}`,
    ],
    ['Length', activity.durationMinutes ? `${activity.durationMinutes} minutes` : ''],
    ['Credit stated', creditStated(ctx, activity, credits)],
    ['Certificate number', activity.certificateNumber],
  ];
  drawTable(
    flow,
    [
      { header: 'Detail', width: 150 },
      { header: 'As recorded', width: flow.width - 150 },
    ],
    rows.map(([label, value]) => ({
      cells: [
        [{ text: label, style: styles.smallBold }],
        [{ text: value || 'Not recorded', style: value ? styles.smallInk : styles.small }],
      ],
    })),
  );
  flow.gap(16);
  flow.ensure(40);
  ctx.type.draw(flow.page, 'Description', flow.left, flow.y - styles.subheading.size, styles.subheading);
  flow.gap(styles.subheading.size + 8);
  const description = activity.description.trim();
  flow.paragraph(
    description || 'No course description was recorded for this activity.',
    description ? styles.body : styles.small,
  );
  flow.onContinue(null);
  return firstPage;
}

/**
 * The credit as recorded, and, where this pack sets the credit of the activity's kind (a
 * CPR card: 4 clinical points for the CMA), the credit the rules give it: the exhibit
 * then says what the log counts, never something else beside it.
 */
function creditStated(ctx: PacketContext, activity: ExhibitPlan['activity'], stated: string[]): string {
  const rule = ctx.source.pack.kindRules.find((r) => r.kind === activity.kind && !r.excluded);
  if (!rule || rule.pointsEach === null) return stated.join('; ');
  const category = ctx.source.pack.categories.find((c) => c.key === rule.category)?.label.toLowerCase();
  const set = `${formatPointsWithName(rule.pointsEach, `${category ? `${category} ` : ''}${ctx.source.pack.pointName}`)}, set by the ${ctx.source.pack.credential} rules for a ${activityKindLabels[activity.kind]}`;
  return stated.length > 0 ? `${set} (recorded: ${stated.join('; ')})` : set;
}

/** Stands in for a certificate that cannot be read, saying which one and why. */
export function addPlaceholderPage(
  ctx: PacketContext,
  exhibit: ExhibitPlan,
  problem: CertificateProblem,
  detail: string,
): PDFPage {
  const flow = exhibitFlow(ctx, exhibit, detail);
  const area = certificateArea(false);
  const type = ctx.type;
  const left = area.x + 40;
  const width = area.width - 80;
  const paragraphs: Array<[string, TextStyle]> = [
    [`File: ${problem.fileName}`, styles.bodyBold],
    [problem.reason, styles.body],
    [`SHA-256: ${problem.certificateSha256}`, { ...styles.small, size: 8 }],
    ['The holder keeps the original and can supply it on request.', styles.small],
  ];
  const lines = paragraphs
    .flatMap(([text, style], i) => [
      ...(i === 2 ? [['', styles.small] as [string, TextStyle]] : []),
      ...type.wrap(text, style, width).map((line) => [line, style] as [string, TextStyle]),
    ])
    .slice(0, 14);
  const titleStyle: TextStyle = { size: 15, font: 'bold', color: colors.notMet };
  const boxHeight = 34 + 26 + lines.reduce((sum, [, style]) => sum + type.lineHeight(style) + 1, 0) + 14;
  const top = area.y + area.height - 20;
  drawBox(
    flow.page,
    { x: area.x + 20, y: top - boxHeight, width: area.width - 40, height: boxHeight },
    { fill: colors.shade, border: { color: colors.notMet, width: 1, dash: [4, 3] } },
  );
  let y = top - 34;
  type.draw(flow.page, 'Certificate not included', left, y, titleStyle);
  y -= 26;
  for (const [line, style] of lines) {
    type.draw(flow.page, line, left, y, style);
    y -= type.lineHeight(style) + 1;
  }
  flow.onContinue(null);
  return flow.page;
}
