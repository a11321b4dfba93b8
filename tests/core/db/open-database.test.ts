import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion, type Migration, migrations } from '../../../src/core/db/migrations';
import { openDatabase } from '../../../src/core/db/open-database';
import { UserError } from '../../../src/core/errors';
import { hashFile, removeTempDirs, tempDir } from '../fixtures';

afterAll(removeTempDirs);

const dbFile = () => path.join(tempDir(), 'portfolio.db');

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

function schemaOf(file: string): { version: number; schema: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      schema: (
        db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name').all() as {
          sql: string;
        }[]
      ).map((r) => r.sql),
    };
  } finally {
    db.close();
  }
}

const addNotes: Migration = {
  version: latestVersion + 1,
  description: 'test: a table added by a later version',
  up(db) {
    db.exec('CREATE TABLE reminders (id INTEGER PRIMARY KEY, note TEXT NOT NULL)');
  },
};

/** Does real work first, then fails: the work must not survive. */
const failing: Migration = {
  version: latestVersion + 2,
  description: 'test: fails half-way',
  up(db) {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
    db.exec('ALTER TABLE activities ADD COLUMN rating INTEGER NOT NULL DEFAULT 0');
    throw new Error('migration failed on purpose');
  },
};

describe('openDatabase', () => {
  it('creates a new database at the latest version with every table', () => {
    const file = dbFile();
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(tableNames(db)).toEqual(
        [
          'activities',
          'audits',
          'activity_certificates',
          'catalogue_items',
          'catalogue_owned',
          'activity_credentials',
          'activity_draft_certificates',
          'activity_drafts',
          'certificates',
          'credentials',
          'credential_cycles',
          'credits',
          'custom_rule_packs',
          'holder',
          'planned_activities',
          'portfolio_marks',
        ].sort(),
      );
    } finally {
      db.close();
    }
  });

  it('switches on WAL, synchronous=FULL and foreign keys', () => {
    const db = openDatabase(dbFile());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      // And foreign keys are really enforced, not just reported on.
      expect(() =>
        db.prepare('INSERT INTO activity_credentials (activity_id, credential_id) VALUES (999, 999)').run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('reopens an existing database without running migrations again', () => {
    const file = dbFile();
    let ran = 0;
    const counting: Migration[] = [
      { version: 1, description: 'count', up: (db) => (ran++, migrations[0]!.up(db)) },
    ];
    openDatabase(file, { migrations: counting }).close();
    openDatabase(file, { migrations: counting }).close();
    expect(ran).toBe(1);
    expect(schemaOf(file).version).toBe(1);
  });

  it('applies every migration from version 0 in order', () => {
    const file = dbFile();
    const order: number[] = [];
    const tracked = [...migrations, addNotes].map((m) => ({
      ...m,
      up: (db: Database.Database) => (order.push(m.version), m.up(db)),
    }));
    const db = openDatabase(file, { migrations: tracked });
    try {
      expect(order).toEqual([...migrations.map((m) => m.version), addNotes.version]);
      expect(db.pragma('user_version', { simple: true })).toBe(addNotes.version);
      expect(tableNames(db)).toContain('reminders');
    } finally {
      db.close();
    }
  });

  it('applies only the new migration to a database at the previous version, keeping its data', () => {
    const file = dbFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO holder (id, full_name) VALUES (1, 'Maria Nguyen')").run();
    db.close();

    const applied: number[] = [];
    const tracked = [...migrations, addNotes].map((m) => ({
      ...m,
      up: (d: Database.Database) => (applied.push(m.version), m.up(d)),
    }));
    const upgraded = openDatabase(file, { migrations: tracked });
    try {
      expect(applied).toEqual([addNotes.version]);
      expect(upgraded.pragma('user_version', { simple: true })).toBe(addNotes.version);
      expect(upgraded.prepare('SELECT full_name FROM holder').get()).toEqual({ full_name: 'Maria Nguyen' });
    } finally {
      upgraded.close();
    }
  });

  it('leaves the version and the schema unchanged when a migration fails', () => {
    const file = dbFile();
    openDatabase(file).close();
    const before = schemaOf(file);

    expect(() => openDatabase(file, { migrations: [...migrations, failing] })).toThrow(
      'migration failed on purpose',
    );

    const after = schemaOf(file);
    expect(after).toEqual(before);
    expect(after.schema.join('\n')).not.toMatch(/half_done|rating/);
  });

  it('keeps the earlier migrations of the same run when a later one fails', () => {
    const file = dbFile();
    expect(() => openDatabase(file, { migrations: [...migrations, addNotes, failing] })).toThrow();
    const after = schemaOf(file);
    // Each migration commits with its own version bump: the good ones stay, the bad one is gone.
    expect(after.version).toBe(addNotes.version);
    expect(after.schema.join('\n')).toMatch(/reminders/);
    expect(after.schema.join('\n')).not.toMatch(/half_done|rating/);
  });

  it('refuses a database saved by a newer app and leaves its bytes unchanged', () => {
    const file = dbFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO holder (id, full_name) VALUES (1, 'Maria Nguyen')").run();
    db.pragma(`user_version = ${latestVersion + 5}`);
    db.close();
    const hashBefore = hashFile(file);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('DATABASE_TOO_NEW');
    expect((error as UserError).message).toMatch(/newer version of CEU Portfolio/);
    expect((error as UserError).message).toMatch(/Install the latest version/);
    expect(hashFile(file)).toBe(hashBefore);
    // The read-only look may leave SQLite's WAL side files; nothing may be written into them.
    const wal = `${file}-wal`;
    if (fs.existsSync(wal)) expect(fs.statSync(wal).size).toBe(0);
    // And the refusal is stable: asking again gives the same answer.
    expect(() => openDatabase(file)).toThrow(/newer version/);
    expect(hashFile(file)).toBe(hashBefore);
  });

  it('refuses a file that is not a database with a message that says what to do', () => {
    const file = dbFile();
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const hashBefore = hashFile(file);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('INVALID_INPUT');
    expect((error as UserError).message).toContain(file);
    expect((error as UserError).message).toMatch(/not a CEU Portfolio database/);
    expect((error as UserError).message).toMatch(/Restore it from a backup, or choose another data folder/);
    expect(hashFile(file)).toBe(hashBefore);
  });
});
