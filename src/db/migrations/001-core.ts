import { createTable, type Columns } from './columns.js';
import type { Migration } from './migration.js';

/** A takedown request; steps 8 and 9 make the table again from these columns. */
export const TAKEDOWN_COLUMNS: Columns = [
  ['id', 'INTEGER PRIMARY KEY'],
  ['status', "TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'removed', 'rejected', 'withdrawn', 'restored'))"],
  ['received', 'TEXT NOT NULL'],
  ['received_date', 'TEXT NOT NULL'],
  ['due', 'TEXT NOT NULL'],
  ['late', 'INTEGER NOT NULL DEFAULT 0'],
  ['claimant', 'TEXT NOT NULL'],
  ['contact', 'TEXT'],
  ['work', 'TEXT'],
  ['reason', 'TEXT'],
  ['channel', "TEXT CHECK (channel IN ('email', 'phone', 'letter', 'form', 'other'))"],
  ['days_override', 'INTEGER'],
  ['decided_at', 'TEXT'],
  ['note', 'TEXT'],
  ['created_at', 'TEXT NOT NULL'],
];

/** The articles a request names; step 9 makes it again as it was. */
export const TAKEDOWN_ARTICLES_TABLE = `CREATE TABLE takedown_articles (
  takedown_id INTEGER NOT NULL REFERENCES takedowns (id),
  article_id  INTEGER NOT NULL REFERENCES articles (id),
  PRIMARY KEY (takedown_id, article_id)
) STRICT, WITHOUT ROWID`;

/** A request's files; step 9 makes the table again with step 8's `role`. */
export const ATTACHMENT_COLUMNS: Columns = [
  ['id', 'INTEGER PRIMARY KEY'],
  ['takedown_id', 'INTEGER NOT NULL REFERENCES takedowns (id)'],
  ['name', 'TEXT NOT NULL'],
  ['sha256', 'TEXT NOT NULL'],
  ['size', 'INTEGER NOT NULL'],
  ['data', 'BLOB NOT NULL'],
  ['added_at', 'TEXT NOT NULL'],
];

/** Articles with their shared disclaimers and provenance, takedown requests, the audit log. */
export const coreSchema: Migration = {
  version: 1,
  name: '001-core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Thousands of pages repeat one disclaimer: store its text once.
      CREATE TABLE disclaimers (
        id          INTEGER PRIMARY KEY,
        text        TEXT NOT NULL UNIQUE,
        window_days INTEGER
      ) STRICT;

      -- The bytes of every imported file or record, Brotli-compressed, stored once per sha256, as evidence.
      -- data is NULL once purged: the hash stays as proof of what was there.
      CREATE TABLE raw_blobs (
        id     INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        size   INTEGER NOT NULL,
        data   BLOB
      ) STRICT;

      -- Where each article came from and when.
      CREATE TABLE provenance (
        id          INTEGER PRIMARY KEY,
        path        TEXT NOT NULL,
        line        INTEGER,
        blob_id     INTEGER NOT NULL REFERENCES raw_blobs (id),
        encoding    TEXT,
        format      TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id             INTEGER PRIMARY KEY,
        title          TEXT NOT NULL,
        site           TEXT,
        category       TEXT,
        published      TEXT,
        published_date TEXT GENERATED ALWAYS AS (substr(published, 1, 10)) VIRTUAL,
        source         TEXT,
        author         TEXT,
        editor         TEXT,
        views          INTEGER,
        original_url   TEXT,
        body           TEXT,
        body_hash      TEXT NOT NULL,
        disclaimer_id  INTEGER REFERENCES disclaimers (id),
        window_days    INTEGER,
        status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed', 'purged')),
        imported_at    TEXT NOT NULL,
        provenance_id  INTEGER NOT NULL REFERENCES provenance (id)
      ) STRICT;
      CREATE INDEX articles_original_url ON articles (original_url);
      CREATE INDEX articles_body_hash ON articles (body_hash);
      -- list's default order (newest first) and its date filters read these instead of sorting the table.
      CREATE INDEX articles_status_published ON articles (status, published, id);
      CREATE INDEX articles_status_imported ON articles (status, imported_at, id);

      ${createTable('takedowns', TAKEDOWN_COLUMNS, 'STRICT')};
      CREATE INDEX takedowns_status_due ON takedowns (status, due);

      ${TAKEDOWN_ARTICLES_TABLE};
      CREATE INDEX takedown_articles_article ON takedown_articles (article_id);

      ${createTable('attachments', ATTACHMENT_COLUMNS, 'STRICT')};

      -- Append-only and hash-chained: each entry's hash covers the previous entry's hash.
      CREATE TABLE audit_log (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        action    TEXT NOT NULL,
        subject   TEXT NOT NULL,
        details   TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_subject ON audit_log (subject);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
