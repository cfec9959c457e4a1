import type { Migration } from './migration.js';

/**
 * Trusted timestamps (RFC 3161) of the audit log: each row is the token an authority signed over one
 * entry's chain hash. The token proves itself (db check reads its imprint again), so a changed row shows.
 */
export const auditStamps: Migration = {
  version: 6,
  name: '006-audit-stamps',
  up(db) {
    db.exec(`
      CREATE TABLE audit_stamps (
        id         INTEGER PRIMARY KEY,
        seq        INTEGER NOT NULL REFERENCES audit_log (seq),
        hash       TEXT NOT NULL,
        tsa        TEXT NOT NULL,
        time       TEXT NOT NULL,
        token      BLOB NOT NULL,
        stamped_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_stamps_seq ON audit_stamps (seq);
    `);
  },
};
