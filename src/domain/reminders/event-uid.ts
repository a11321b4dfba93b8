/**
 * Calendar event ids are derived from what the event is (credential, kind of deadline,
 * date), never from the export run, so a re-export updates the person's calendar entries
 * instead of adding duplicates.
 */
export const deadlineKinds = [
  'cycle_end',
  'apply_by',
  'grace_end',
  'yearly_fee',
  'audit_due',
  'self_study_limit',
  'cpr_card_expiry',
  'planned_activity',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export function deadlineEventUid(credentialId: string, kind: DeadlineKind | string, isoDate: string): string {
  const safeId = credentialId.replace(/[^A-Za-z0-9-]/g, '_');
  return `${safeId}-${kind}-${isoDate}@ceu-portfolio`;
}
