import { userError } from './errors';
import type { Portfolio } from './portfolio';

/**
 * Changing several activities at once, from the activity list: to the trash (each can be
 * restored from it for 30 days), or counted toward one more credential. One transaction:
 * all of them change, or none.
 */
export type BulkAction = { kind: 'trash' } | { kind: 'countToward'; credentialId: number };

export function changeActivities(
  portfolio: Portfolio,
  activityIds: readonly number[],
  action: BulkAction,
): { changed: number } {
  const db = portfolio.db;
  const ids = [...new Set(activityIds)];
  return db.transaction(() => {
    const live = db.prepare('SELECT 1 FROM activities WHERE id = ? AND deleted_at IS NULL');
    const missing = ids.filter((id) => !live.get(id));
    if (missing.length > 0) {
      throw userError('NOT_FOUND', { key: 'coreErrors.activitiesGone', values: { count: missing.length } });
    }
    if (action.kind === 'trash') {
      const at = portfolio.now().toISOString();
      const trash = db.prepare('UPDATE activities SET deleted_at = ? WHERE id = ?');
      for (const id of ids) trash.run(at, id);
      return { changed: ids.length };
    }
    portfolio.getCredential(action.credentialId);
    const link = db.prepare(
      'INSERT OR IGNORE INTO activity_credentials (activity_id, credential_id) VALUES (?, ?)',
    );
    let changed = 0;
    for (const id of ids) changed += link.run(id, action.credentialId).changes;
    return { changed };
  })();
}
