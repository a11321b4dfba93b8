import type Database from 'better-sqlite3';
import type { Audit, AuditFields } from '../../domain/audit';
import { userError } from '../errors';

interface AuditRow {
  id: number;
  credential_id: number;
  reference: string;
  due_on: string;
  activity_ids: string;
  period_start: string | null;
  period_end: string | null;
  notes: string;
  answered_on: string | null;
  created_at: string;
}

function toAudit(row: AuditRow): Audit {
  return {
    id: row.id,
    credentialId: row.credential_id,
    reference: row.reference,
    dueOn: row.due_on,
    activityIds: JSON.parse(row.activity_ids) as number[],
    periodStart: row.period_start,
    periodEnd: row.period_end,
    notes: row.notes,
    answeredOn: row.answered_on,
    createdAt: row.created_at,
  };
}

/** Audits of credentials that are not in the trash: open ones first, by deadline. */
export function listAudits(db: Database.Database): Audit[] {
  const rows = db
    .prepare(
      `SELECT audits.* FROM audits JOIN credentials ON credentials.id = audits.credential_id
       WHERE credentials.deleted_at IS NULL
       ORDER BY audits.answered_on IS NOT NULL, audits.due_on, audits.id`,
    )
    .all() as AuditRow[];
  return rows.map(toAudit);
}

export function getAudit(db: Database.Database, id: number): Audit {
  const row = db.prepare('SELECT * FROM audits WHERE id = ?').get(id) as AuditRow | undefined;
  if (!row) throw userError('NOT_FOUND', { key: 'errors.auditGone' });
  return toAudit(row);
}

export function saveAudit(
  db: Database.Database,
  fields: AuditFields,
  id: number | undefined,
  now: Date,
): Audit {
  const params = {
    credentialId: fields.credentialId,
    reference: fields.reference,
    dueOn: fields.dueOn,
    activityIds: JSON.stringify([...new Set(fields.activityIds)].sort((a, b) => a - b)),
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    notes: fields.notes,
  };
  if (id === undefined) {
    const result = db
      .prepare(
        `INSERT INTO audits (credential_id, reference, due_on, activity_ids, period_start, period_end, notes, created_at)
         VALUES (@credentialId, @reference, @dueOn, @activityIds, @periodStart, @periodEnd, @notes, @createdAt)`,
      )
      .run({ ...params, createdAt: now.toISOString() });
    return getAudit(db, Number(result.lastInsertRowid));
  }
  const result = db
    .prepare(
      `UPDATE audits SET credential_id = @credentialId, reference = @reference, due_on = @dueOn,
         activity_ids = @activityIds, period_start = @periodStart, period_end = @periodEnd, notes = @notes
       WHERE id = @id`,
    )
    .run({ ...params, id });
  if (result.changes === 0) getAudit(db, id);
  return getAudit(db, id);
}

export function setAuditAnswered(db: Database.Database, id: number, answeredOn: string | null): Audit {
  const result = db.prepare('UPDATE audits SET answered_on = ? WHERE id = ?').run(answeredOn, id);
  if (result.changes === 0) getAudit(db, id);
  return getAudit(db, id);
}

export function deleteAudit(db: Database.Database, id: number): void {
  const result = db.prepare('DELETE FROM audits WHERE id = ?').run(id);
  if (result.changes === 0) getAudit(db, id);
}
