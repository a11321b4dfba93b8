import { activityKindLabels, deliveryLabels } from '../../domain/portfolio';
import { credentialLabel } from '../../domain/credential-label';
import { unitLabels } from '../../domain/units';
import type { Portfolio } from '../portfolio';
import { writeFileAtomic } from '../write-file-atomic';

/**
 * The activity log as a spreadsheet: one row per credit (a course with clinical and
 * general credit is two rows), UTF-8 with a byte-order mark so spreadsheet programs read
 * accents, dates as YYYY-MM-DD, numbers with a dot. Fields are quoted when they hold a
 * comma, a quote or a line break (RFC 4180), and a field that starts with = + - @ is
 * prefixed with ' so a spreadsheet never runs it as a formula.
 */
export const csvHeader = [
  'Completed on',
  'Title',
  'Provider',
  'Approving body',
  'Approval number',
  'Certificate number',
  'Kind',
  'Delivery',
  'Minutes',
  'Amount',
  'Unit',
  'Category',
  'Credentials',
  'Certificate files',
  'Cost (USD)',
  'Notes',
] as const;

export function activityLogCsv(portfolio: Portfolio): string {
  const packs = new Map(portfolio.listRulePacks().map((pack) => [pack.id, pack]));
  const names = new Map(
    portfolio.listCredentials().map((credential) => {
      const pack = packs.get(credential.rulePackId);
      return [credential.id, pack ? credentialLabel(pack) : credential.rulePackId];
    }),
  );
  const activities = [...portfolio.listActivities()].sort(
    (a, b) => a.completedOn.localeCompare(b.completedOn) || a.id - b.id,
  );
  const rows: string[][] = [[...csvHeader]];
  for (const activity of activities) {
    const credits = activity.credits.length > 0 ? activity.credits : [null];
    for (const credit of credits) {
      rows.push([
        activity.completedOn,
        activity.title,
        activity.provider,
        activity.approvingBody,
        activity.approvalNumber,
        activity.certificateNumber,
        activityKindLabels[activity.kind],
        deliveryLabels[activity.delivery],
        activity.durationMinutes === null ? '' : String(activity.durationMinutes),
        credit ? String(credit.amount) : '',
        credit ? unitLabels[credit.unit].many : '',
        credit?.category ?? '',
        activity.credentialIds
          .map((id) => names.get(id) ?? '')
          .filter(Boolean)
          .join('; '),
        activity.certificates.map((certificate) => certificate.fileName).join('; '),
        activity.cost === null ? '' : String(activity.cost),
        activity.notes,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes the log to `target` (temporary name, then renamed). */
export function writeActivityLogCsv(portfolio: Portfolio, target: string): { path: string; rows: number } {
  const text = activityLogCsv(portfolio);
  writeFileAtomic(target, Buffer.from(text, 'utf8'));
  return { path: target, rows: text.split('\r\n').length - 2 };
}
