import { UserError } from './errors';
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
      throw new UserError(
        'NOT_FOUND',
        `${missing.length === 1 ? 'One of the chosen activities no longer exists' : `${missing.length} of the chosen activities no longer exist`}; nothing was changed. Choose again from the list.`,
      );
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
