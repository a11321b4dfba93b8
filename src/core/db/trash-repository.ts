import type Database from 'better-sqlite3';
import type { TrashContents } from '../../domain/trash';
import { userError } from '../errors';

/** How long a deleted activity or credential can be restored before it is removed for good. */
export const trashDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The trash: activities and credentials deleted in the app are marked, not removed, so a
 * mistake can be undone. After 30 days (or when the person empties the trash) they are
 * removed for good; their certificate files stay in the store until clean-up finds no
 * row naming them.
 */
export function listTrash(db: Database.Database): TrashContents {
  const activities = db
    .prepare(
      `SELECT id, title, completed_on AS completedOn, deleted_at AS deletedAt,
         (SELECT COUNT(*) FROM activity_certificates l WHERE l.activity_id = a.id) AS certificateCount
       FROM activities a WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
    )
    .all() as {
    id: number;
    title: string;
    completedOn: string;
    deletedAt: string;
    certificateCount: number;
  }[];
  const credentials = db
    .prepare(
      `SELECT id, rule_pack_id AS rulePackId, credential_number AS credentialNumber, deleted_at AS deletedAt
       FROM credentials WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`,
    )
    .all() as { id: number; rulePackId: string; credentialNumber: string; deletedAt: string }[];
  return {
    activities: activities.map((a) => ({ ...a, removedOn: removalDate(a.deletedAt) })),
    credentials: credentials.map((c) => ({ ...c, removedOn: removalDate(c.deletedAt) })),
  };
}

export type TrashedKind = 'activity' | 'credential';

/** Brings an activity or a credential back from the trash, as it was. */
export function restoreFromTrash(db: Database.Database, kind: TrashedKind, id: number): void {
  const table = kind === 'activity' ? 'activities' : 'credentials';
  const result = db
    .prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`)
    .run(id);
  if (result.changes === 0) {
    throw userError('NOT_FOUND', { key: 'coreErrors.notInTrash', values: { kind, days: trashDays } });
  }
}

/** Removes for good everything in the trash, or only what was deleted before `before` (ISO time). */
export function emptyTrash(
  db: Database.Database,
  before?: string,
): { activities: number; credentials: number } {
  return db
    .transaction(() => {
      const cutoff = before ?? '9999';
      // Credits and links go with their activity or credential (ON DELETE CASCADE).
      const activities = db
        .prepare('DELETE FROM activities WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      const credentials = db
        .prepare('DELETE FROM credentials WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      return { activities, credentials };
    })
    .immediate();
}

/** Removes what has been in the trash for more than 30 days. */
export function purgeExpiredTrash(
  db: Database.Database,
  now: Date,
): { activities: number; credentials: number } {
  return emptyTrash(db, new Date(now.getTime() - trashDays * dayMs).toISOString());
}

function removalDate(deletedAt: string): string {
  return new Date(new Date(deletedAt).getTime() + trashDays * dayMs).toISOString().slice(0, 10);
}
