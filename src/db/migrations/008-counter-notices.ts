import type { Migration } from './migration.js';

/**
 * Counter-notices (不侵权声明, 民法典 第1196条): a removed request can become `countered`, with who
 * sent the counter-notice, when, why, and the date its content is due back (`restore_due`); its files
 * are attachments marked `counter_notice`. SQLite cannot widen a CHECK in place, so `takedowns` is
 * made again the way SQLite documents (new table, copy, drop, rename): the connection keeps foreign
 * keys off while archives are upgraded, and the references are checked before this step commits.
 */
export const counterNotices: Migration = {
  version: 8,
  name: '008-counter-notices',
  up(db) {
    db.exec(`
      CREATE TABLE takedowns_new (
        id               INTEGER PRIMARY KEY,
        status           TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'removed', 'rejected', 'withdrawn', 'countered', 'restored')),
        received         TEXT NOT NULL,
        received_date    TEXT NOT NULL,
        due              TEXT NOT NULL,
        late             INTEGER NOT NULL DEFAULT 0,
        claimant         TEXT NOT NULL,
        contact          TEXT,
        work             TEXT,
        reason           TEXT,
        channel          TEXT CHECK (channel IN ('email', 'phone', 'letter', 'form', 'other')),
        days_override    INTEGER,
        decided_at       TEXT,
        note             TEXT,
        created_at       TEXT NOT NULL,
        counter_received TEXT,
        counter_from     TEXT,
        counter_contact  TEXT,
        counter_reason   TEXT,
        restore_due      TEXT
      ) STRICT;
      INSERT INTO takedowns_new (id, status, received, received_date, due, late, claimant, contact, work, reason,
          channel, days_override, decided_at, note, created_at)
        SELECT id, status, received, received_date, due, late, claimant, contact, work, reason,
          channel, days_override, decided_at, note, created_at FROM takedowns;
      DROP TABLE takedowns;
      ALTER TABLE takedowns_new RENAME TO takedowns;
      CREATE INDEX takedowns_status_due ON takedowns (status, due);

      ALTER TABLE attachments ADD COLUMN role TEXT NOT NULL DEFAULT 'notice'
        CHECK (role IN ('notice', 'counter_notice'));
    `);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`008-counter-notices: ${broken.length} rows lost their request`);
  },
};
