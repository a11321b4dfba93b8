import fs from 'node:fs';
import Database from 'better-sqlite3';
import { userError, UserError } from '../errors';
import { latestVersion, type Migration, migrations as allMigrations } from './migrations';

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 native addon built for this runtime (the Electron build). */
  nativeBinding?: string;
  /** For tests of the migration runner. */
  migrations?: Migration[];
}

/**
 * Opens (creating if needed) the portfolio database and brings its schema up to date.
 * A database written by a newer version of the app is refused before anything is
 * written to it: we look at it read-only first, because even switching on WAL would
 * modify the file.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const migrations = options.migrations ?? allMigrations;
  const newest = options.migrations ? Math.max(0, ...migrations.map((m) => m.version)) : latestVersion;
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  if (fs.existsSync(file)) {
    const probe = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    try {
      const version = probe.pragma('user_version', { simple: true }) as number;
      if (version > newest) {
        throw userError('DATABASE_TOO_NEW', {
          key: 'coreErrors.databaseTooNew',
          values: { file, version: String(version), newest: String(newest) },
        });
      }
      if (version === 0) {
        // Version 0 with tables in it is some other program's database: never migrate it.
        const tables = probe
          .prepare(
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
          .get() as { n: number };
        if (tables.n > 0) throw new Error('it holds tables that CEU Portfolio did not create');
      }
      // A damaged database is never opened for writing: writing to it can spread the damage.
      const check = probe.pragma('quick_check') as { quick_check: string }[];
      if (check.length !== 1 || check[0]!.quick_check !== 'ok') throw damaged(file);
    } catch (error) {
      if (error instanceof UserError) throw error;
      if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw damaged(file);
      throw userError('INVALID_INPUT', {
        key: 'coreErrors.notCeuDatabase',
        values: { file, reason: (error as Error).message },
      });
    } finally {
      probe.close();
    }
  }

  const db = new Database(file, binding);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function damaged(file: string): UserError {
  return userError('DATABASE_DAMAGED', { key: 'coreErrors.databaseDamaged', values: { file } });
}

/**
 * Applies the migrations newer than the database's user_version, each with its version
 * bump in its own IMMEDIATE transaction (a crash or a failing migration leaves the
 * earlier ones in place). Two processes can open a new portfolio at the same moment (two
 * `ceu sample`, or the app and the CLI), so the version is read again inside the
 * transaction, after the write lock is taken: a migration another process applied
 * meanwhile is skipped, never run twice.
 */
export function migrate(db: Database.Database, migrations: Migration[]): void {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  const nextAfter = (version: number) => sorted.find((m) => m.version > version);
  const readVersion = () => db.pragma('user_version', { simple: true }) as number;
  // Up to date (every open after the first): no write lock taken.
  if (!nextAfter(readVersion())) return;
  const applyNext = db.transaction((): boolean => {
    const migration = nextAfter(readVersion());
    if (!migration) return false;
    migration.up(db);
    db.pragma(`user_version = ${migration.version}`);
    return true;
  });
  while (applyNext.immediate()) {
    // One migration per transaction, until none is left.
  }
}
