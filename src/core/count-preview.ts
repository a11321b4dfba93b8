import {
  type CountPreview,
  type CountPreviewInput,
  type CredentialPreview,
  countPreviewInputSchema,
  minutesPerUnit,
  type PreviewCheck,
} from '../domain/count-preview';
import type { CredentialEvaluation } from '../domain/evaluation';
import type { Activity } from '../domain/portfolio';
import { matchesAnyName } from '../domain/holder-name';
import type { Portfolio } from './portfolio';
import { missingOnCertificate } from '../domain/certificate-requirements';

/** Over this share beyond the stated length, the credit looks like a slip (rounding aside). */
const minutesTolerance = 1.1;

/**
 * "Will it count?" for an activity not yet saved: the portfolio is evaluated by the
 * engine without it and with it, claimed for every credential the holder has, so the
 * form can say what it adds where it is claimed and what it would add where it is not.
 * Nothing is written.
 */
export function previewActivity(portfolio: Portfolio, input: CountPreviewInput): CountPreview {
  const {
    activity: fields,
    editingId,
    nameOnCertificate,
    certificateShows,
    planned,
  } = countPreviewInputSchema.parse(input);
  const today = portfolio.today();
  // A course not taken yet is judged as of its planned day.
  const asOf = planned && fields.completedOn > today ? fields.completedOn : today;
  const credentials = portfolio.listCredentials();
  const others = portfolio.listActivities().filter((activity) => activity.id !== editingId);
  const checks = checksFor(fields, others, editingId);
  const mismatch = nameOnCertificate ? nameCheck(portfolio, nameOnCertificate) : null;
  if (mismatch) checks.unshift(mismatch);
  if (certificateShows) {
    const packs = portfolio.listRulePacks();
    const bodies = credentials
      .filter((credential) => fields.credentialIds.includes(credential.id))
      .map((credential) => packs.find((pack) => pack.id === credential.rulePackId)?.body ?? '');
    for (const { body, missing } of missingOnCertificate(bodies, certificateShows))
      checks.push({ code: 'missingOnCertificate', body, missing });
  }
  if (credentials.length === 0) return { asOf, credentials: [], checks };

  // The newest id, so the engine meets it last: it takes only room that is left.
  const id = Math.max(0, ...others.map((activity) => activity.id), editingId ?? 0) + 1;
  const now = new Date().toISOString();
  const { certificateHashes: _hashes, ...rest } = fields;
  const draft: Activity = {
    ...rest,
    title: fields.title || '—',
    provider: fields.provider || '—',
    id,
    credentialIds: credentials.map((credential) => credential.id),
    certificates: [],
    createdAt: now,
    updatedAt: now,
  };
  const before = portfolio.evaluateWith(others, asOf);
  const after = portfolio.evaluateWith([...others, draft], asOf);
  return {
    asOf,
    credentials: after.map((evaluation) =>
      previewOf(
        evaluation,
        before.find((b) => b.credentialId === evaluation.credentialId),
        id,
        fields.credentialIds.includes(evaluation.credentialId),
        fields.completedOn,
      ),
    ),
    checks,
  };
}

function previewOf(
  after: CredentialEvaluation,
  before: CredentialEvaluation | undefined,
  id: number,
  claimed: boolean,
  completedOn: string,
): CredentialPreview {
  const addedByCategory: Record<string, number> = {};
  for (const category of after.categories) {
    const was = before?.categories.find((c) => c.key === category.key)?.counted ?? 0;
    const gained = Math.round((category.counted - was) * 100) / 100;
    if (gained !== 0) addedByCategory[category.key] = gained;
  }
  return {
    credentialId: after.credentialId,
    credential: after.credential,
    pointName: after.pointName,
    claimed,
    countedBefore: before?.counted ?? after.counted,
    countedAfter: after.counted,
    required: after.required,
    addedByCategory,
    standing: after.activities.find((activity) => activity.activityId === id) ?? null,
    outsideCycle: completedOn < after.cycle.start ? 'before' : completedOn > after.cycle.end ? 'after' : null,
    cycle: { start: after.cycle.start, end: after.cycle.end },
  };
}

function checksFor(
  fields: ReturnType<typeof countPreviewInputSchema.parse>['activity'],
  others: readonly Activity[],
  editingId: number | null,
): PreviewCheck[] {
  const checks: PreviewCheck[] = [];
  const hashes = new Set(fields.certificateHashes);
  const sameFile = others.find((other) => other.certificates.some((c) => hashes.has(c.sha256)));
  if (sameFile) checks.push({ code: 'sameCertificate', activityId: sameFile.id, title: sameFile.title });
  const plain = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (fields.title.trim() && fields.provider.trim()) {
    const same = others.find(
      (other) =>
        other.id !== editingId &&
        other.completedOn === fields.completedOn &&
        plain(other.title) === plain(fields.title) &&
        plain(other.provider) === plain(fields.provider),
    );
    if (same && same.id !== sameFile?.id)
      checks.push({ code: 'sameActivity', activityId: same.id, title: same.title });
  }
  if (fields.durationMinutes !== null) {
    const needed = fields.credits.reduce(
      (sum, credit) => sum + credit.amount * (minutesPerUnit[credit.unit] ?? 0),
      0,
    );
    if (needed > fields.durationMinutes * minutesTolerance)
      checks.push({ code: 'moreThanMinutes', needed: Math.round(needed), minutes: fields.durationMinutes });
  }
  if (fields.approvingBody.trim() && !fields.approvalNumber.trim())
    checks.push({ code: 'noApprovalNumber', body: fields.approvingBody.trim() });
  return checks;
}

/** A warning when the name read from a certificate is not the holder's, nor one on record. */
function nameCheck(portfolio: Portfolio, read: string): PreviewCheck | null {
  const holder = portfolio.getHolder()?.fullName ?? '';
  const names = [holder, ...portfolio.listCredentials().map((credential) => credential.nameOnRecord)];
  if (holder.trim() === '' || matchesAnyName(read, names)) return null;
  return { code: 'nameMismatch', read: read.trim(), holder };
}
