import type Database from 'better-sqlite3';

/**
 * Schema changes, in order. Each runs once, inside one transaction together with the
 * user_version bump, so a crash leaves the database at the old version or the new one.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'holder, credentials, activities, credits, certificates and their links',
    up(db) {
      db.exec(`
        CREATE TABLE holder (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          full_name TEXT NOT NULL,
          email TEXT NOT NULL DEFAULT '',
          phone TEXT NOT NULL DEFAULT '',
          address TEXT NOT NULL DEFAULT '',
          member_numbers TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE custom_rule_packs (
          id TEXT PRIMARY KEY,
          pack TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE credentials (
          id INTEGER PRIMARY KEY,
          rule_pack_id TEXT NOT NULL,
          credential_number TEXT NOT NULL DEFAULT '',
          certified_on TEXT NOT NULL,
          expires_on TEXT,
          overrides TEXT NOT NULL DEFAULT '{}',
          notes TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL
        );
        CREATE TABLE activities (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          provider TEXT NOT NULL,
          provider_address TEXT NOT NULL DEFAULT '',
          approving_body TEXT NOT NULL DEFAULT '',
          approval_number TEXT NOT NULL DEFAULT '',
          certificate_number TEXT NOT NULL DEFAULT '',
          kind TEXT NOT NULL,
          delivery TEXT NOT NULL,
          completed_on TEXT NOT NULL,
          duration_minutes INTEGER,
          description TEXT NOT NULL DEFAULT '',
          cost REAL,
          notes TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX activities_completed_on ON activities (completed_on);
        CREATE TABLE credits (
          id INTEGER PRIMARY KEY,
          activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          amount REAL NOT NULL CHECK (amount > 0),
          unit TEXT NOT NULL,
          category TEXT NOT NULL
        );
        CREATE INDEX credits_activity ON credits (activity_id);
        CREATE TABLE certificates (
          sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
          file_name TEXT NOT NULL,
          media_type TEXT NOT NULL,
          size INTEGER NOT NULL,
          added_at TEXT NOT NULL
        );
        CREATE TABLE activity_certificates (
          activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
          sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE RESTRICT,
          position INTEGER NOT NULL,
          PRIMARY KEY (activity_id, sha256)
        );
        CREATE INDEX activity_certificates_sha ON activity_certificates (sha256);
        CREATE TABLE activity_credentials (
          activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
          credential_id INTEGER NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
          PRIMARY KEY (activity_id, credential_id)
        );
        CREATE INDEX activity_credentials_credential ON activity_credentials (credential_id);
      `);
    },
  },
  {
    version: 2,
    description: 'a trash: deleted activities and credentials are kept for 30 days',
    up(db) {
      db.exec(`
        ALTER TABLE activities ADD COLUMN deleted_at TEXT;
        ALTER TABLE credentials ADD COLUMN deleted_at TEXT;
        CREATE INDEX activities_deleted_at ON activities (deleted_at) WHERE deleted_at IS NOT NULL;
        CREATE INDEX credentials_deleted_at ON credentials (deleted_at) WHERE deleted_at IS NOT NULL;
      `);
    },
  },
  {
    version: 3,
    description: 'cycle history: each finished cycle of a credential, with its evaluation as it stood',
    up(db) {
      db.exec(`
        CREATE TABLE credential_cycles (
          id INTEGER PRIMARY KEY,
          credential_id INTEGER NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
          started_on TEXT NOT NULL,
          ended_on TEXT NOT NULL,
          ending TEXT NOT NULL CHECK (ending IN ('renewed', 'reactivated_exam', 'reactivated_ce')),
          stated_on TEXT NOT NULL,
          next_started_on TEXT NOT NULL,
          evaluation TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          UNIQUE (credential_id, started_on)
        );
        CREATE INDEX credential_cycles_credential ON credential_cycles (credential_id, next_started_on);
      `);
    },
  },
  {
    version: 4,
    description: 'audits: the activities a body asked proof of, with its reference and deadline',
    up(db) {
      db.exec(`
        CREATE TABLE audits (
          id INTEGER PRIMARY KEY,
          credential_id INTEGER NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
          reference TEXT NOT NULL,
          due_on TEXT NOT NULL,
          activity_ids TEXT NOT NULL DEFAULT '[]',
          period_start TEXT,
          period_end TEXT,
          notes TEXT NOT NULL DEFAULT '',
          answered_on TEXT,
          created_at TEXT NOT NULL
        );
        CREATE INDEX audits_credential ON audits (credential_id);
      `);
    },
  },
  {
    version: 5,
    description: "a card's validity in months (CPR cards: only two-year cards count for the CMA)",
    up(db) {
      db.exec('ALTER TABLE activities ADD COLUMN valid_months INTEGER');
    },
  },
  {
    version: 6,
    description: 'marks on the whole portfolio: "this is the sample", and when it was loaded',
    up(db) {
      db.exec(
        "CREATE TABLE portfolio_marks (name TEXT PRIMARY KEY, set_at TEXT NOT NULL, value TEXT NOT NULL DEFAULT '{}')",
      );
    },
  },
  {
    version: 7,
    description:
      "the name a certifying body has on record, when it differs from the holder's (a maiden name)",
    up(db) {
      db.exec("ALTER TABLE credentials ADD COLUMN name_on_record TEXT NOT NULL DEFAULT ''");
    },
  },
  {
    version: 8,
    description:
      "planned activities (never counted as earned), the person's own catalogue items, and what they already own",
    up(db) {
      db.exec(`
        CREATE TABLE planned_activities (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          provider TEXT NOT NULL,
          approving_body TEXT NOT NULL DEFAULT '',
          kind TEXT NOT NULL,
          delivery TEXT NOT NULL,
          planned_on TEXT NOT NULL,
          duration_minutes INTEGER,
          cost REAL,
          notes TEXT NOT NULL DEFAULT '',
          credits TEXT NOT NULL DEFAULT '[]',
          credential_ids TEXT NOT NULL DEFAULT '[]',
          catalogue_item_id TEXT,
          bought_on TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX planned_activities_planned_on ON planned_activities (planned_on);
        CREATE TABLE catalogue_items (
          id TEXT PRIMARY KEY,
          item TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE catalogue_owned (
          item_id TEXT PRIMARY KEY,
          set_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 9,
    description: 'drafts: activities read from certificate files, waiting for the person to confirm them',
    up(db) {
      db.exec(`
        CREATE TABLE activity_drafts (
          id INTEGER PRIMARY KEY,
          status TEXT NOT NULL CHECK (status IN ('reading', 'ready', 'failed')),
          failure TEXT,
          read_fields TEXT,
          edits TEXT,
          read_token INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE activity_draft_certificates (
          draft_id INTEGER NOT NULL REFERENCES activity_drafts (id) ON DELETE CASCADE,
          sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE RESTRICT,
          position INTEGER NOT NULL,
          PRIMARY KEY (draft_id, sha256)
        );
        CREATE INDEX activity_draft_certificates_sha ON activity_draft_certificates (sha256);
      `);
    },
  },
];

export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
