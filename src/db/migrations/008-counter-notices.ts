import { TAKEDOWN_COLUMNS } from './001-core.js';
import { columnDefinition, columnNames, createTable, revised, type Columns } from './columns.js';
import type { Migration } from './migration.js';

/** Step 1's request, which may now be `countered`, with the counter-notice and the date its content is due back. */
export const TAKEDOWN_COLUMNS_8: Columns = [
  ...revised(TAKEDOWN_COLUMNS, {
    define: {
      status:
        "TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'removed', 'rejected', 'withdrawn', 'countered', 'restored'))",
    },
  }),
  ['counter_received', 'TEXT'],
  ['counter_from', 'TEXT'],
  ['counter_contact', 'TEXT'],
  ['counter_reason', 'TEXT'],
  ['restore_due', 'TEXT'],
];

/** Whether a request's file is the notice or the counter-notice. */
export const ATTACHMENT_ROLE = [
  'role',
  "TEXT NOT NULL DEFAULT 'notice' CHECK (role IN ('notice', 'counter_notice'))",
] as const;

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
      ${createTable('takedowns_new', TAKEDOWN_COLUMNS_8, 'STRICT')};
      INSERT INTO takedowns_new (${columnNames(TAKEDOWN_COLUMNS)}) SELECT ${columnNames(TAKEDOWN_COLUMNS)} FROM takedowns;
      DROP TABLE takedowns;
      ALTER TABLE takedowns_new RENAME TO takedowns;
      CREATE INDEX takedowns_status_due ON takedowns (status, due);

      ALTER TABLE attachments ADD COLUMN ${columnDefinition(ATTACHMENT_ROLE)};
    `);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`008-counter-notices: ${broken.length} rows lost their request`);
  },
};
