import { credentialShortLabel } from '../domain/credential-label';
import type { CredentialEvaluation } from '../domain/evaluation';
import { standingSayer } from '../domain/i18n/standing-sayer';
import type { Holder } from '../domain/portfolio';
import { formatNumber } from '../domain/units';
import { cliLanguage, cliLocale, say } from './language';

/**
 * `ceu status` for a person at a terminal: the same facts as the dashboard, in the
 * order someone planning their next course needs them. In English the engine's own
 * sentences; in Spanish the same facts said from the evaluation's figures, as the window
 * does. Dates stay YYYY-MM-DD, as typed on the command line.
 */
export function formatStatus(
  asOf: string,
  holder: Holder | null,
  credentials: CredentialEvaluation[],
): string {
  const lines: string[] = [];
  lines.push(
    holder
      ? say('cli.status.titleFor', { name: holder.fullName, date: asOf })
      : say('cli.status.title', { date: asOf }),
  );
  if (credentials.length === 0) {
    lines.push('', say('cli.noCredentials'));
    return lines.join('\n');
  }
  const said = sentences();
  for (const evaluation of credentials) lines.push('', ...formatCredential(evaluation, said));
  return lines.join('\n');
}

const n = formatNumber;

/** The engine's English sentences, or the same said in the command line's language. */
function sentences() {
  if (cliLanguage() === 'en') {
    return {
      headline: (e: CredentialEvaluation) => e.headline,
      needs: (e: CredentialEvaluation) => e.needs,
      deadline: (e: CredentialEvaluation, d: CredentialEvaluation['deadlines'][number]) => ({
        label: d.label,
        note: d.note ?? '',
      }),
      reason: (_e: CredentialEvaluation, reason: string) => reason,
      pointWord: (e: CredentialEvaluation) => e.pointName,
      approvedLabel: (label: string) => label,
      category: (_e: CredentialEvaluation, _key: string, label: string) => label,
      packText: (text: string) => text,
    };
  }
  const money = new Intl.NumberFormat(cliLocale(), { style: 'currency', currency: 'USD' });
  const sayer = standingSayer(
    say,
    (iso) => iso,
    (amount) => money.format(amount),
  );
  return {
    headline: (e: CredentialEvaluation) => sayer.headline(e),
    needs: (e: CredentialEvaluation) => sayer.needs(e),
    deadline: (e: CredentialEvaluation, d: CredentialEvaluation['deadlines'][number]) => sayer.deadline(e, d),
    reason: (e: CredentialEvaluation, reason: string) => sayer.reason(e, reason),
    pointWord: (e: CredentialEvaluation, count = 2) => sayer.pointWord(e.pointName, count),
    approvedLabel: (label: string) => sayer.approvedLabel(label),
    category: (e: CredentialEvaluation, key: string) => sayer.category(e, key),
    packText: (text: string) => sayer.packText(text),
  };
}

function formatCredential(e: CredentialEvaluation, said: ReturnType<typeof sentences>): string[] {
  const lines = [
    say('cli.status.credentialLine', { label: credentialShortLabel(e), name: e.name, id: e.credentialId }),
    `  ${said.headline(e)}`,
    `  ${say('cli.status.cycle', {
      start: e.cycle.start,
      end: e.cycle.end,
      left:
        e.daysLeft >= 0
          ? say('cli.status.daysLeft', { count: e.daysLeft })
          : say('cli.status.expiredAgo', { count: -e.daysLeft }),
    })}`,
    `  ${say('cli.status.counted', { pointName: cap(said.pointWord(e)), counted: n(e.counted), required: n(e.required) })}` +
      (e.stillNeeded > 0 ? say('cli.status.stillNeeded', { count: n(e.stillNeeded) }) : '') +
      (e.earned !== e.counted ? say('cli.status.earnedBefore', { count: n(e.earned) }) : ''),
  ];
  if (e.categories.length > 0) lines.push(...categoryTable(e, said));
  if (e.approvedProviders) {
    const a = e.approvedProviders;
    lines.push(
      `  ${say('cli.status.approved', { label: cap(said.approvedLabel(a.label)), counted: n(a.counted), min: n(a.min) })}` +
        (a.stillNeeded > 0
          ? say('cli.status.approvedMore', { count: n(a.stillNeeded) })
          : say('cli.status.approvedMet')) +
        (a.outsideLeftOut > 0 ? say('cli.status.outsideOver', { count: n(a.outsideLeftOut) }) : ''),
    );
  }
  if (e.pace && e.stillNeeded > 0)
    lines.push(
      `  ${say('cli.status.pace', { count: n(e.pace.pointsPerMonth), pointName: said.pointWord(e), months: n(e.pace.monthsLeft) })}`,
    );
  const needs = said.needs(e);
  if (needs.length > 0) lines.push(`  ${say('cli.status.needs')}`, ...needs.map((need) => `    - ${need}`));
  if (e.deadlines.length > 0) {
    lines.push(
      `  ${say('cli.status.deadlines')}`,
      ...e.deadlines.map((d) => {
        const { label, note } = said.deadline(e, d);
        return `    ${d.date}  ${label}${note ? `: ${note}` : ''}`;
      }),
    );
  }
  const notCounted = e.activities.filter((a) => a.outcome !== 'counted');
  if (notCounted.length > 0) {
    lines.push(`  ${say('cli.status.notCounted')}`);
    for (const a of notCounted) {
      const part =
        a.outcome === 'partly'
          ? say('cli.status.partly', { counted: n(a.counted), earned: n(a.earned) })
          : '';
      lines.push(
        `    - ${a.completedOn}  ${a.title}${part}`,
        ...a.reasons.map((r) => `        ${said.reason(e, r)}`),
      );
    }
  }
  lines.push(`  ${said.packText(e.confirmNote)}`);
  return lines;
}

function categoryTable(e: CredentialEvaluation, said: ReturnType<typeof sentences>): string[] {
  const rows = [
    [
      say('cli.status.category'),
      say('cli.status.required'),
      say('cli.status.countedColumn'),
      say('cli.status.stillNeededColumn'),
    ],
    ...e.categories.map((c) => [said.category(e, c.key, c.label), n(c.min), n(c.counted), n(c.stillNeeded)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map(
    (r) =>
      `    ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ')}`,
  );
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
