import { ATTACHMENT_COLUMNS, TAKEDOWN_ARTICLES_TABLE } from './001-core.js';
import { ATTACHMENT_ROLE, TAKEDOWN_COLUMNS_8 } from './008-counter-notices.js';
import { columnNames, createTable, revised } from './columns.js';
import type { Migration } from './migration.js';

/** Step 8's request with the mainland's channels, a note for `other`, and the unit of an override. */
const TAKEDOWN_COLUMNS_9 = revised(TAKEDOWN_COLUMNS_8, {
  define: {
    channel: "TEXT CHECK (channel IN ('email', 'phone', 'letter', 'form', 'wechat', 'qq', 'platform', 'other'))",
  },
  after: {
    channel: [['channel_note', 'TEXT']],
    days_override: [['override_unit', "TEXT CHECK (override_unit IN ('days', 'workdays'))"]],
  },
});

/**
 * Working-day windows, the holiday calendar, and the channels complaints arrive by on the mainland.
 * - `window_unit` says whether an article's (and a disclaimer's) window counts calendar days or working
 *   days; the windows found so far were all read as calendar days (`db reextract` reads them again).
 * - `holidays`: the days an imported schedule sets apart from the weekend rule (the years the State
 *   Council had published when arca was released are shipped in src/calendar/mainland.ts instead).
 * - takedowns: the channel may be wechat, qq or platform too, `other` keeps a note (`channel_note`), and
 *   an override says its unit (`override_unit`). A CHECK cannot be altered: the table is made again. Its
 *   rows and those of the two tables that refer to it are set aside, the three dropped children first (the
 *   foreign keys stay on, and no row ever points nowhere), and made again as they were.
 */
export const workdaysChannels: Migration = {
  version: 9,
  name: '009-workdays-channels',
  up(db) {
    // The rows come back as they were; an override of theirs counted calendar days.
    const copied = TAKEDOWN_COLUMNS_9.filter(([name]) => name !== 'channel_note');
    const copiedValues = copied
      .map(([name]) => (name === 'override_unit' ? "CASE WHEN days_override IS NOT NULL THEN 'days' END" : name))
      .join(', ');
    const attachmentColumns = [...ATTACHMENT_COLUMNS, ATTACHMENT_ROLE];
    db.exec(`
      ALTER TABLE articles ADD COLUMN window_unit TEXT CHECK (window_unit IN ('days', 'workdays'));
      UPDATE articles SET window_unit = 'days' WHERE window_days IS NOT NULL;
      ALTER TABLE disclaimers ADD COLUMN window_unit TEXT CHECK (window_unit IN ('days', 'workdays'));
      UPDATE disclaimers SET window_unit = 'days' WHERE window_days IS NOT NULL;

      CREATE TABLE holidays (
        date        TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name        TEXT,
        imported_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TEMP TABLE saved_takedowns AS SELECT * FROM takedowns;
      CREATE TEMP TABLE saved_takedown_articles AS SELECT * FROM takedown_articles;
      CREATE TEMP TABLE saved_attachments AS SELECT * FROM attachments;
      DROP TABLE attachments;
      DROP TABLE takedown_articles;
      DROP TABLE takedowns;

      ${createTable('takedowns', TAKEDOWN_COLUMNS_9, 'STRICT')};
      INSERT INTO takedowns (${columnNames(copied)}) SELECT ${copiedValues} FROM saved_takedowns;
      CREATE INDEX takedowns_status_due ON takedowns (status, due);

      ${TAKEDOWN_ARTICLES_TABLE};
      INSERT INTO takedown_articles (takedown_id, article_id)
        SELECT takedown_id, article_id FROM saved_takedown_articles;
      CREATE INDEX takedown_articles_article ON takedown_articles (article_id);

      ${createTable('attachments', attachmentColumns, 'STRICT')};
      INSERT INTO attachments (${columnNames(attachmentColumns)})
        SELECT ${columnNames(attachmentColumns)} FROM saved_attachments;

      DROP TABLE temp.saved_takedowns;
      DROP TABLE temp.saved_takedown_articles;
      DROP TABLE temp.saved_attachments;
    `);
  },
};
