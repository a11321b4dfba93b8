import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type SaidAs, type UserError, userError } from '../errors';
import { latestVersion } from '../db/migrations';
import { syncDirectory } from '../write-file-atomic';
import { fsyncFile } from './copy-file';
import { databaseName, type Where } from './manifest';
import { binding } from './stage-folder';

export interface StagedFacts {
  dataVersion: number;
  certificates: number;
  activities: number;
}

/**
 * The last checks before anything in the data folder changes: the staged database is
 * whole (PRAGMA integrity_check), is a CEU Portfolio database this app can open, and
 * every certificate it names is staged with the size it records.
 */
export function verifyStaged(staging: string, where: Where, nativeBinding?: string): StagedFacts {
  const file = path.join(staging, databaseName);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, ...binding(nativeBinding) });
  } catch {
    throw damaged(where, { key: 'backupErrors.why.databaseUnopenable' });
  }
  let facts: StagedFacts;
  try {
    let version: number;
    let check: string[];
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      check = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch {
      throw damaged(where, { key: 'backupErrors.why.notSqlite' });
    }
    if (check.length !== 1 || check[0] !== 'ok')
      throw damaged(where, { key: 'backupErrors.why.databaseDamaged', values: { check: String(check[0]) } });
    if (version > latestVersion)
      throw userError('DATABASE_TOO_NEW', {
        key: 'backupErrors.savedByNewerVersion',
        values: { where, version: String(version), newest: String(latestVersion) },
      });
    let named: { sha256: string; size: number }[];
    let activities: number;
    try {
      named = db.prepare('SELECT sha256, size FROM certificates').all() as typeof named;
      activities = (db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n;
    } catch {
      throw damaged(where, { key: 'backupErrors.why.notCeuDatabase' });
    }
    for (const c of named) {
      const stat = fs.statSync(path.join(staging, 'certificates', c.sha256), { throwIfNoEntry: false });
      if (!stat || stat.size !== c.size)
        throw damaged(where, {
          key: 'backupErrors.why.certificateMissing',
          values: { id: c.sha256.slice(0, 12) },
        });
    }
    // One self-contained file: no -wal beside it when it moves into place.
    db.pragma('journal_mode = DELETE');
    syncDirectory(path.join(staging, 'certificates'));
    syncDirectory(staging);
    facts = { dataVersion: version, certificates: named.length, activities };
  } finally {
    db.close();
  }
  // On disk before the swap makes it the portfolio's.
  fsyncFile(file);
  return facts;
}

function damaged(where: Where, why: SaidAs): UserError {
  return userError('DATABASE_DAMAGED', { key: 'backupErrors.cannotRestore', values: { where, why } });
}
