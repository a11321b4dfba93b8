import type Database from 'better-sqlite3';
import {
  type DraftEdits,
  type DraftStatus,
  type ReadFields,
  draftEditsSchema,
  readFieldsSchema,
} from '../../domain/drafts';
import type { Said } from '../../domain/i18n/translator';
import type { Certificate } from '../../domain/portfolio';
import { userError } from '../errors';

/** A draft as stored: its files, what reading found, and the person's edits. */
export interface StoredDraft {
  id: number;
  status: DraftStatus;
  failure: Said | null;
  certificates: Certificate[];
  read: ReadFields | null;
  edits: DraftEdits | null;
  /** Which reading the draft waits for: a result for an older one (before a join) is dropped. */
  readToken: number;
  createdAt: string;
  updatedAt: string;
}

interface DraftRow {
  id: number;
  status: DraftStatus;
  failure: string | null;
  read_fields: string | null;
  edits: string | null;
  read_token: number;
  created_at: string;
  updated_at: string;
}

export function listDrafts(db: Database.Database, onlyId?: number): StoredDraft[] {
  const where = onlyId === undefined ? '' : 'WHERE d.id = ?';
  const args = onlyId === undefined ? [] : [onlyId];
  const rows = db
    .prepare(`SELECT * FROM activity_drafts d ${where} ORDER BY d.id`)
    .all(...args) as DraftRow[];
  const files = new Map<number, Certificate[]>();
  for (const row of db
    .prepare(
      `SELECT l.draft_id, c.sha256, c.file_name, c.media_type, c.size, c.added_at
       FROM activity_draft_certificates l JOIN certificates c ON c.sha256 = l.sha256
       ${onlyId === undefined ? '' : 'WHERE l.draft_id = ?'} ORDER BY l.draft_id, l.position`,
    )
    .all(...args) as {
    draft_id: number;
    sha256: string;
    file_name: string;
    media_type: string;
    size: number;
    added_at: string;
  }[]) {
    const list = files.get(row.draft_id) ?? [];
    list.push({
      sha256: row.sha256,
      fileName: row.file_name,
      mediaType: row.media_type,
      size: row.size,
      addedAt: row.added_at,
    });
    files.set(row.draft_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    failure: row.failure ? (JSON.parse(row.failure) as Said) : null,
    certificates: files.get(row.id) ?? [],
    read: parsedOrNull(row.read_fields, (value) => readFieldsSchema.parse(value)),
    edits: parsedOrNull(row.edits, (value) => draftEditsSchema.parse(value)),
    readToken: row.read_token,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** A stored value an older or damaged row may not hold any more is treated as absent. */
function parsedOrNull<T>(json: string | null, parse: (value: unknown) => T): T | null {
  if (json === null) return null;
  try {
    return parse(JSON.parse(json));
  } catch {
    return null;
  }
}

export function getDraft(db: Database.Database, id: number): StoredDraft {
  const [draft] = listDrafts(db, id);
  if (!draft) throw userError('NOT_FOUND', { key: 'drafts.errors.gone' });
  return draft;
}

/** One draft per list of files (front first), each waiting to be read. */
export function createDrafts(db: Database.Database, files: readonly string[][], now: string): number[] {
  return db
    .transaction(() => {
      const insert = db.prepare(
        "INSERT INTO activity_drafts (status, created_at, updated_at) VALUES ('reading', ?, ?)",
      );
      const link = db.prepare(
        'INSERT OR IGNORE INTO activity_draft_certificates (draft_id, sha256, position) VALUES (?, ?, ?)',
      );
      return files.map((hashes) => {
        for (const sha256 of hashes) {
          if (!db.prepare('SELECT 1 FROM certificates WHERE sha256 = ?').get(sha256))
            throw userError('NOT_FOUND', { key: 'errors.attachedGone' });
        }
        const id = Number(insert.run(now, now).lastInsertRowid);
        hashes.forEach((sha256, i) => link.run(id, sha256, i));
        return id;
      });
    })
    .immediate();
}

/** Records a finished reading, unless the draft was changed (joined, discarded) meanwhile. */
export function recordReading(
  db: Database.Database,
  id: number,
  readToken: number,
  outcome: { read: ReadFields } | { failure: Said },
  now: string,
): boolean {
  const result =
    'read' in outcome
      ? db
          .prepare(
            "UPDATE activity_drafts SET status = 'ready', read_fields = ?, failure = NULL, updated_at = ? WHERE id = ? AND read_token = ?",
          )
          .run(JSON.stringify(outcome.read), now, id, readToken)
      : db
          .prepare(
            "UPDATE activity_drafts SET status = 'failed', failure = ?, read_fields = NULL, updated_at = ? WHERE id = ? AND read_token = ?",
          )
          .run(JSON.stringify(outcome.failure), now, id, readToken);
  return result.changes > 0;
}

export function saveDraftEdits(db: Database.Database, id: number, edits: DraftEdits, now: string): void {
  const result = db
    .prepare('UPDATE activity_drafts SET edits = ?, updated_at = ? WHERE id = ?')
    .run(JSON.stringify(draftEditsSchema.parse(edits)), now, id);
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'drafts.errors.gone' });
}

export function deleteDraft(db: Database.Database, id: number): void {
  const result = db.prepare('DELETE FROM activity_drafts WHERE id = ?').run(id);
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'drafts.errors.gone' });
}

/**
 * The back's files go after the front's, the back draft goes, and the front is read again
 * from both files (what the person had typed into the front is kept).
 */
export function joinDrafts(db: Database.Database, frontId: number, backId: number, now: string): void {
  if (frontId === backId) throw userError('INVALID_INPUT', { key: 'drafts.errors.joinItself' });
  db.transaction(() => {
    const front = getDraft(db, frontId);
    const back = getDraft(db, backId);
    const link = db.prepare(
      'INSERT OR IGNORE INTO activity_draft_certificates (draft_id, sha256, position) VALUES (?, ?, ?)',
    );
    back.certificates.forEach((certificate, i) =>
      link.run(frontId, certificate.sha256, front.certificates.length + i),
    );
    db.prepare('DELETE FROM activity_drafts WHERE id = ?').run(backId);
    const edits = front.edits
      ? {
          ...front.edits,
          certificates: [
            ...front.edits.certificates,
            ...back.certificates.filter((c) => !front.edits!.certificates.some((f) => f.sha256 === c.sha256)),
          ],
        }
      : null;
    db.prepare(
      "UPDATE activity_drafts SET status = 'reading', failure = NULL, read_token = read_token + 1, edits = ?, updated_at = ? WHERE id = ?",
    ).run(edits ? JSON.stringify(edits) : null, now, frontId);
  }).immediate();
}

/** Drafts left waiting for a reading (the app closed mid-read): read them again. */
export function draftsStillReading(db: Database.Database): { id: number; readToken: number }[] {
  return (
    db.prepare("SELECT id, read_token FROM activity_drafts WHERE status = 'reading' ORDER BY id").all() as {
      id: number;
      read_token: number;
    }[]
  ).map((row) => ({ id: row.id, readToken: row.read_token }));
}
