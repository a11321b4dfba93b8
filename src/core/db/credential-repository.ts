import type Database from 'better-sqlite3';
import { type Credential, type CredentialInput, credentialInputSchema } from '../../domain/portfolio';
import { userError } from '../errors';

interface CredentialRow {
  id: number;
  rule_pack_id: string;
  credential_number: string;
  name_on_record: string;
  certified_on: string;
  expires_on: string | null;
  overrides: string;
  notes: string;
  created_at: string;
}

function toCredential(row: CredentialRow): Credential {
  return {
    id: row.id,
    rulePackId: row.rule_pack_id,
    credentialNumber: row.credential_number,
    nameOnRecord: row.name_on_record,
    certifiedOn: row.certified_on,
    expiresOn: row.expires_on,
    overrides: JSON.parse(row.overrides) as Record<string, unknown>,
    notes: row.notes,
    createdAt: row.created_at,
  };
}

export function listCredentials(db: Database.Database): Credential[] {
  const rows = db
    .prepare('SELECT * FROM credentials WHERE deleted_at IS NULL ORDER BY id')
    .all() as CredentialRow[];
  return rows.map(toCredential);
}

export function getCredential(db: Database.Database, id: number): Credential {
  const row = db.prepare('SELECT * FROM credentials WHERE id = ? AND deleted_at IS NULL').get(id) as
    CredentialRow | undefined;
  if (!row) throw userError('NOT_FOUND', { key: 'errors.credentialGone' });
  return toCredential(row);
}

export function saveCredential(
  db: Database.Database,
  input: CredentialInput,
  id?: number,
  now: () => Date = () => new Date(),
): Credential {
  const fields = credentialInputSchema.parse(input);
  const params = {
    rulePackId: fields.rulePackId,
    credentialNumber: fields.credentialNumber,
    nameOnRecord: fields.nameOnRecord,
    certifiedOn: fields.certifiedOn,
    expiresOn: fields.expiresOn,
    overrides: JSON.stringify(fields.overrides),
    notes: fields.notes,
  };
  if (id === undefined) {
    const result = db
      .prepare(
        `INSERT INTO credentials (rule_pack_id, credential_number, name_on_record, certified_on, expires_on, overrides, notes, created_at)
         VALUES (@rulePackId, @credentialNumber, @nameOnRecord, @certifiedOn, @expiresOn, @overrides, @notes, @createdAt)`,
      )
      .run({ ...params, createdAt: now().toISOString() });
    return getCredential(db, Number(result.lastInsertRowid));
  }
  const result = db
    .prepare(
      `UPDATE credentials SET rule_pack_id = @rulePackId, credential_number = @credentialNumber,
         name_on_record = @nameOnRecord, certified_on = @certifiedOn, expires_on = @expiresOn, overrides = @overrides, notes = @notes
       WHERE id = @id AND deleted_at IS NULL`,
    )
    .run({ ...params, id });
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'errors.credentialGone' });
  return getCredential(db, id);
}

/**
 * Moves the credential to the trash. Its activities stay (they may count toward other
 * credentials) and keep their link to it, so restoring it brings everything back.
 */
export function deleteCredential(
  db: Database.Database,
  id: number,
  now: () => Date = () => new Date(),
): void {
  const result = db
    .prepare('UPDATE credentials SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now().toISOString(), id);
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'errors.credentialGone' });
}
