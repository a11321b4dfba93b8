import { credentialShortLabel } from '../domain/credential-label';
import type { CredentialEvaluation } from '../domain/evaluation';
import type { Holder } from '../domain/portfolio';
import { formatNumber } from '../domain/units';

/**
 * `ceu status` for a person at a terminal: the same facts as the dashboard, in the
 * order someone planning their next course needs them.
 */
export function formatStatus(
  asOf: string,
  holder: Holder | null,
  credentials: CredentialEvaluation[],
): string {
  const lines: string[] = [];
  lines.push(`${holder ? `${holder.fullName}: ` : ''}where your credentials stand on ${asOf}`);
  if (credentials.length === 0) {
    lines.push(
      '',
      'No credentials yet. Add one in the app, or import a portfolio file with "ceu import FILE".',
    );
    return lines.join('\n');
  }
  for (const evaluation of credentials) lines.push('', ...formatCredential(evaluation));
  return lines.join('\n');
}

const n = formatNumber;

function formatCredential(e: CredentialEvaluation): string[] {
  const lines = [
    `${credentialShortLabel(e)} ${e.name}  [credential ${e.credentialId}]`,
    `  ${e.headline}`,
    `  Cycle: ${e.cycle.start} to ${e.cycle.end} (${e.daysLeft >= 0 ? `${e.daysLeft} days left` : `expired ${-e.daysLeft} days ago`})`,
    `  ${cap(e.pointName)}: ${n(e.counted)} of ${n(e.required)} counted${e.stillNeeded > 0 ? `, ${n(e.stillNeeded)} still needed` : ''}` +
      (e.earned !== e.counted ? ` (${n(e.earned)} earned before limits)` : ''),
  ];
  if (e.categories.length > 0) lines.push(...categoryTable(e));
  if (e.approvedProviders) {
    const a = e.approvedProviders;
    lines.push(
      `  ${cap(a.label)}: ${n(a.counted)} of at least ${n(a.min)}${a.stillNeeded > 0 ? `, ${n(a.stillNeeded)} more needed` : ' (met)'}` +
        (a.outsideLeftOut > 0 ? `; ${n(a.outsideLeftOut)} from other providers over the limit` : ''),
    );
  }
  if (e.pace && e.stillNeeded > 0)
    lines.push(
      `  Pace: about ${n(e.pace.pointsPerMonth)} ${e.pointName} a month for ${n(e.pace.monthsLeft)} months`,
    );
  if (e.needs.length > 0) lines.push('  Still needed:', ...e.needs.map((need) => `    - ${need}`));
  if (e.deadlines.length > 0) {
    lines.push(
      '  Deadlines:',
      ...e.deadlines.map((d) => `    ${d.date}  ${d.label}${d.note ? `: ${d.note}` : ''}`),
    );
  }
  const notCounted = e.activities.filter((a) => a.outcome !== 'counted');
  if (notCounted.length > 0) {
    lines.push('  Not counted, or only partly:');
    for (const a of notCounted) {
      const part = a.outcome === 'partly' ? ` (${n(a.counted)} of ${n(a.earned)} counted)` : '';
      lines.push(`    - ${a.completedOn}  ${a.title}${part}`, ...a.reasons.map((r) => `        ${r}`));
    }
  }
  lines.push(`  ${e.confirmNote}`);
  return lines;
}

function categoryTable(e: CredentialEvaluation): string[] {
  const rows = [
    ['Category', 'Required', 'Counted', 'Still needed'],
    ...e.categories.map((c) => [c.label, n(c.min), n(c.counted), n(c.stillNeeded)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map(
    (r) =>
      `    ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ')}`,
  );
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
