import fs from 'node:fs';
import path from 'node:path';
import { userError } from '../errors';
import type { Portfolio } from '../portfolio';

/**
 * The sample portfolio stays a sample: it is marked when loaded, every screen and every
 * packet says so, and one step clears it. Clearing removes only what the sample brought
 * (records created when it was loaded); anything the person added since stays.
 */

const sampleMark = 'sample';

/** What the sample brought: the newest activity and credential ids when it was loaded. */
interface SampleMark {
  loadedAt: string;
  lastActivityId: number;
  lastCredentialId: number;
}

export function markAsSample(portfolio: Portfolio): void {
  const db = portfolio.db;
  const last = (table: string) =>
    (db.prepare(`SELECT COALESCE(MAX(id), 0) AS id FROM ${table}`).get() as { id: number }).id;
  const loadedAt = portfolio.now().toISOString();
  const mark: SampleMark = {
    loadedAt,
    lastActivityId: last('activities'),
    lastCredentialId: last('credentials'),
  };
  db.prepare('INSERT OR REPLACE INTO portfolio_marks (name, set_at, value) VALUES (?, ?, ?)').run(
    sampleMark,
    loadedAt,
    JSON.stringify(mark),
  );
}

/** The sample's mark, or null for a person's own portfolio. */
function sampleMarkOf(portfolio: Portfolio): SampleMark | null {
  const row = portfolio.db.prepare('SELECT value FROM portfolio_marks WHERE name = ?').get(sampleMark) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as SampleMark) : null;
}

export function isSamplePortfolio(portfolio: Portfolio): boolean {
  return sampleMarkOf(portfolio) !== null;
}

export interface ClearedSample {
  credentials: number;
  activities: number;
  certificates: number;
}

/**
 * Removes the sample in one transaction: its holder, credentials, activities (with their
 * credit, links, cycles and audits) and the certificates only it used, then their files.
 */
export function clearSample(portfolio: Portfolio): ClearedSample {
  const db = portfolio.db;
  const removedFiles: string[] = [];
  const counts = db.transaction((): ClearedSample => {
    const mark = sampleMarkOf(portfolio);
    if (mark === null) {
      throw userError('CONFLICT', { key: 'coreErrors.notTheSample' });
    }
    // Ids only grow (INTEGER PRIMARY KEY without reuse of the newest), so what the sample
    // brought is every row up to the newest one when it was loaded.
    const fromSample = (table: string, lastId: number) =>
      (db.prepare(`SELECT id FROM ${table} WHERE id <= ?`).all(lastId) as { id: number }[]).map(
        (row) => row.id,
      );
    const activityIds = fromSample('activities', mark.lastActivityId);
    const credentialIds = fromSample('credentials', mark.lastCredentialId);
    const remove = (sql: string, ids: number[]) => {
      const statement = db.prepare(sql);
      for (const id of ids) statement.run(id);
    };
    // Activities first: their credit, links and certificate links go with them (cascade).
    remove('DELETE FROM activities WHERE id = ?', activityIds);
    remove('DELETE FROM credentials WHERE id = ?', credentialIds);
    db.prepare('DELETE FROM holder').run();
    // Certificates the sample brought that nothing uses any more; a certificate the
    // person attached to their own activity stays.
    const unused = db
      .prepare(
        `SELECT sha256 FROM certificates
         WHERE added_at <= ? AND sha256 NOT IN (SELECT sha256 FROM activity_certificates)
           AND sha256 NOT IN (SELECT sha256 FROM activity_draft_certificates)`,
      )
      .all(mark.loadedAt) as { sha256: string }[];
    const forget = db.prepare('DELETE FROM certificates WHERE sha256 = ?');
    for (const { sha256 } of unused) {
      forget.run(sha256);
      removedFiles.push(sha256);
    }
    db.prepare('DELETE FROM portfolio_marks WHERE name = ?').run(sampleMark);
    return { credentials: credentialIds.length, activities: activityIds.length, certificates: unused.length };
  })();
  // Files go once the rows are gone for good; a file left by a crash here is swept by
  // the usual clean-up, since no row names it.
  for (const sha256 of removedFiles) {
    fs.rmSync(path.join(portfolio.paths.certificatesDir, sha256), { force: true });
    portfolio.preparedImages.remove(sha256);
  }
  return counts;
}
