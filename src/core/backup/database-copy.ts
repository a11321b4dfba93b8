import fs from 'node:fs';
import Database from 'better-sqlite3';
import { fsyncFile } from './copy-file';

/**
 * A consistent copy of a live database through SQLite's online backup API: pages are
 * copied while the app keeps writing, and the copy is one moment's state. The copy is
 * then switched out of WAL mode so it is one self-contained file.
 */
export async function copyDatabase(
  db: Database.Database,
  target: string,
  nativeBinding?: string,
): Promise<void> {
  fs.rmSync(target, { force: true });
  await db.backup(target);
  const copy = new Database(target, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncFile(target);
}

/** The certificates a database names, with their sizes. */
export function certificatesNamedBy(
  file: string,
  nativeBinding?: string,
): { sha256: string; size: number }[] {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    return db.prepare('SELECT sha256, size FROM certificates ORDER BY sha256').all() as {
      sha256: string;
      size: number;
    }[];
  } finally {
    db.close();
  }
}
