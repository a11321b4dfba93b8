import type Database from 'better-sqlite3';
import {
  type Activity,
  type ActivityInput,
  activityInputSchema,
  type Certificate,
  type Credit,
} from '../../domain/portfolio';
import { userError } from '../errors';

interface ActivityRow {
  id: number;
  title: string;
  provider: string;
  provider_address: string;
  approving_body: string;
  approval_number: string;
  certificate_number: string;
  kind: Activity['kind'];
  delivery: Activity['delivery'];
  completed_on: string;
  duration_minutes: number | null;
  valid_months: number | null;
  description: string;
  cost: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface CertificateLinkRow {
  activity_id: number;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  added_at: string;
}

const notFound = () => userError('NOT_FOUND', { key: 'errors.activityGone' });

/**
 * Loads activities with their credits, certificates and credential links in four
 * queries, whatever their number: the dashboard of a 5,000-activity portfolio depends
 * on this not being one query per activity.
 */
export function listActivities(db: Database.Database, onlyId?: number): Activity[] {
  const where = onlyId === undefined ? '' : 'WHERE activity_id = @id';
  const params = onlyId === undefined ? {} : { id: onlyId };
  // Activities in the trash are not part of the portfolio until they are restored.
  const rows = db
    .prepare(
      `SELECT * FROM activities WHERE deleted_at IS NULL ${onlyId === undefined ? '' : 'AND id = @id'}
       ORDER BY completed_on DESC, id DESC`,
    )
    .all(params) as ActivityRow[];

  const credits = new Map<number, Credit[]>();
  for (const c of db
    .prepare(
      `SELECT activity_id, amount, unit, category FROM credits ${where} ORDER BY activity_id, position`,
    )
    .all(params) as { activity_id: number; amount: number; unit: Credit['unit']; category: string }[]) {
    push(credits, c.activity_id, { amount: c.amount, unit: c.unit, category: c.category });
  }

  const certificates = new Map<number, Certificate[]>();
  for (const c of db
    .prepare(
      `SELECT l.activity_id, c.sha256, c.file_name, c.media_type, c.size, c.added_at
       FROM activity_certificates l JOIN certificates c ON c.sha256 = l.sha256
       ${onlyId === undefined ? '' : 'WHERE l.activity_id = @id'} ORDER BY l.activity_id, l.position`,
    )
    .all(params) as CertificateLinkRow[]) {
    push(certificates, c.activity_id, {
      sha256: c.sha256,
      fileName: c.file_name,
      mediaType: c.media_type,
      size: c.size,
      addedAt: c.added_at,
    });
  }

  const credentialIds = new Map<number, number[]>();
  for (const l of db
    .prepare(
      // A credential in the trash keeps its links (restoring it restores them) but is not shown.
      `SELECT activity_id, credential_id FROM activity_credentials
       WHERE credential_id IN (SELECT id FROM credentials WHERE deleted_at IS NULL)
       ${onlyId === undefined ? '' : 'AND activity_id = @id'} ORDER BY activity_id, credential_id`,
    )
    .all(params) as { activity_id: number; credential_id: number }[]) {
    push(credentialIds, l.activity_id, l.credential_id);
  }

  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    provider: row.provider,
    providerAddress: row.provider_address,
    approvingBody: row.approving_body,
    approvalNumber: row.approval_number,
    certificateNumber: row.certificate_number,
    kind: row.kind,
    delivery: row.delivery,
    completedOn: row.completed_on,
    durationMinutes: row.duration_minutes,
    validMonths: row.valid_months,
    description: row.description,
    cost: row.cost,
    notes: row.notes,
    credits: credits.get(row.id) ?? [],
    credentialIds: credentialIds.get(row.id) ?? [],
    certificates: certificates.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function getActivity(db: Database.Database, id: number): Activity {
  const [activity] = listActivities(db, id);
  if (!activity) throw notFound();
  return activity;
}

/**
 * Creates or replaces an activity and its credits and links in one transaction, so a
 * crash or a bad value never leaves half an activity behind.
 */
export function saveActivity(
  db: Database.Database,
  input: ActivityInput,
  id?: number,
  now: () => Date = () => new Date(),
): Activity {
  const fields = activityInputSchema.parse(input);
  const timestamp = now().toISOString();
  const savedId = db
    .transaction(() => {
      for (const sha256 of fields.certificateHashes) {
        if (!db.prepare('SELECT 1 FROM certificates WHERE sha256 = ?').get(sha256)) {
          throw userError('NOT_FOUND', { key: 'errors.attachedGone' });
        }
      }
      for (const credentialId of fields.credentialIds) {
        if (!db.prepare('SELECT 1 FROM credentials WHERE id = ? AND deleted_at IS NULL').get(credentialId)) {
          throw userError('NOT_FOUND', { key: 'errors.chosenCredentialGone' });
        }
      }
      const params = {
        title: fields.title,
        provider: fields.provider,
        providerAddress: fields.providerAddress,
        approvingBody: fields.approvingBody,
        approvalNumber: fields.approvalNumber,
        certificateNumber: fields.certificateNumber,
        kind: fields.kind,
        delivery: fields.delivery,
        completedOn: fields.completedOn,
        durationMinutes: fields.durationMinutes,
        validMonths: fields.validMonths ?? null,
        description: fields.description,
        cost: fields.cost,
        notes: fields.notes,
        timestamp,
      };
      let activityId: number;
      if (id === undefined) {
        const result = db
          .prepare(
            `INSERT INTO activities (title, provider, provider_address, approving_body, approval_number, certificate_number,
             kind, delivery, completed_on, duration_minutes, valid_months, description, cost, notes, created_at, updated_at)
           VALUES (@title, @provider, @providerAddress, @approvingBody, @approvalNumber, @certificateNumber,
             @kind, @delivery, @completedOn, @durationMinutes, @validMonths, @description, @cost, @notes, @timestamp, @timestamp)`,
          )
          .run(params);
        activityId = Number(result.lastInsertRowid);
      } else {
        const result = db
          .prepare(
            `UPDATE activities SET title = @title, provider = @provider, provider_address = @providerAddress,
             approving_body = @approvingBody, approval_number = @approvalNumber, certificate_number = @certificateNumber,
             kind = @kind, delivery = @delivery, completed_on = @completedOn, duration_minutes = @durationMinutes,
             valid_months = @validMonths, description = @description, cost = @cost, notes = @notes, updated_at = @timestamp
           WHERE id = @id AND deleted_at IS NULL`,
          )
          .run({ ...params, id });
        if (result.changes === 0) throw notFound();
        activityId = id;
        db.prepare('DELETE FROM credits WHERE activity_id = ?').run(id);
        db.prepare('DELETE FROM activity_certificates WHERE activity_id = ?').run(id);
        // Links to credentials in the trash stay, so restoring such a credential brings them back.
        db.prepare(
          'DELETE FROM activity_credentials WHERE activity_id = ? AND credential_id IN (SELECT id FROM credentials WHERE deleted_at IS NULL)',
        ).run(id);
      }
      const insertCredit = db.prepare(
        'INSERT INTO credits (activity_id, position, amount, unit, category) VALUES (?, ?, ?, ?, ?)',
      );
      fields.credits.forEach((c, i) => insertCredit.run(activityId, i, c.amount, c.unit, c.category));
      const insertCertificate = db.prepare(
        'INSERT OR IGNORE INTO activity_certificates (activity_id, sha256, position) VALUES (?, ?, ?)',
      );
      fields.certificateHashes.forEach((sha, i) => insertCertificate.run(activityId, sha, i));
      const insertCredential = db.prepare(
        'INSERT OR IGNORE INTO activity_credentials (activity_id, credential_id) VALUES (?, ?)',
      );
      for (const credentialId of fields.credentialIds) insertCredential.run(activityId, credentialId);
      return activityId;
    })
    .immediate();
  return getActivity(db, savedId);
}

/**
 * Moves the activity to the trash: it stops counting and is hidden, with its credits,
 * links and certificates kept until the trash is emptied (see trash-repository.ts).
 */
export function deleteActivity(db: Database.Database, id: number, now: () => Date = () => new Date()): void {
  const result = db
    .prepare('UPDATE activities SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now().toISOString(), id);
  if (result.changes === 0) throw notFound();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
