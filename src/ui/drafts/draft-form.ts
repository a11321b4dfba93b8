import type { Draft, ReadFields } from '../../domain/drafts';
import type { Credential } from '../../domain/portfolio';
import { type ActivityFormValues, emptyActivity, emptyCredit } from '../activities/activity-form';

/** Form fields that can show the words a value was read from. */
export type MarkedField =
  | 'title'
  | 'provider'
  | 'approvingBody'
  | 'approvalNumber'
  | 'certificateNumber'
  | 'kind'
  | 'completedOn'
  | 'durationMinutes'
  | 'credits';

/** For each field filled from the certificate, the words it came from. */
export type ReadMarks = Partial<Record<MarkedField, string>>;

/**
 * The activity form for a draft: what the person typed, or else what was read. A field
 * not read stays empty (and required): nothing is chosen for the person, and a category
 * read that none of their rule packs has is left for them to choose.
 */
export function draftToForm(
  draft: Draft,
  credentials: readonly Credential[],
  categoryKeys: ReadonlySet<string>,
): ActivityFormValues {
  if (draft.edits) return { ...draft.edits };
  const read = draft.read;
  const empty = emptyActivity(credentials);
  if (!read) return { ...empty, certificates: draft.certificates };
  const credits = read.credits?.value.map((credit) => ({
    amount: credit.amount,
    unit: credit.unit,
    category: credit.category && categoryKeys.has(credit.category) ? credit.category : '',
  }));
  return {
    ...empty,
    title: read.title?.value ?? '',
    provider: read.provider?.value ?? '',
    approvingBody: read.approvingBody?.value ?? '',
    approvalNumber: read.approvalNumber?.value ?? '',
    certificateNumber: read.certificateNumber?.value ?? '',
    kind: read.kind?.value ?? '',
    completedOn: read.completedOn?.value ?? null,
    durationMinutes: read.durationMinutes?.value ?? '',
    credits: credits && credits.length > 0 ? credits : [emptyCredit()],
    certificates: draft.certificates,
  };
}

const longest = 160;

/** The words each field was read from, on one line and not too long to show under it. */
export function marksOf(read: ReadFields | null): ReadMarks {
  if (!read) return {};
  const marks: ReadMarks = {};
  const fields: MarkedField[] = [
    'title',
    'provider',
    'approvingBody',
    'approvalNumber',
    'certificateNumber',
    'kind',
    'completedOn',
    'durationMinutes',
    'credits',
  ];
  for (const field of fields) {
    const source = read[field]?.source;
    if (!source) continue;
    const line = source.replace(/\s*\n\s*/g, ' / ').trim();
    marks[field] = line.length > longest ? `${line.slice(0, longest - 1)}…` : line;
  }
  return marks;
}
