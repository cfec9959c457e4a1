import type { Migration } from './migration.js';

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

      CREATE TABLE takedowns (
        id            INTEGER PRIMARY KEY,
        status        TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'removed', 'rejected', 'withdrawn', 'countered', 'restored')),
        received      TEXT NOT NULL,
        received_date TEXT NOT NULL,
        due           TEXT NOT NULL,
        late          INTEGER NOT NULL DEFAULT 0,
        claimant      TEXT NOT NULL,
        contact       TEXT,
        work          TEXT,
        reason        TEXT,
        channel       TEXT
                      CHECK (channel IN ('email', 'phone', 'letter', 'form', 'wechat', 'qq', 'platform', 'other')),
        channel_note  TEXT,
        days_override INTEGER,
        override_unit TEXT CHECK (override_unit IN ('days', 'workdays')),
        decided_at    TEXT,
        note          TEXT,
        created_at    TEXT NOT NULL,
        counter_received TEXT,
        counter_from     TEXT,
        counter_contact  TEXT,
        counter_reason   TEXT,
        restore_due      TEXT
      ) STRICT;
      INSERT INTO takedowns (id, status, received, received_date, due, late, claimant, contact, work, reason,
          channel, days_override, override_unit, decided_at, note, created_at,
          counter_received, counter_from, counter_contact, counter_reason, restore_due)
        SELECT id, status, received, received_date, due, late, claimant, contact, work, reason,
          channel, days_override, CASE WHEN days_override IS NOT NULL THEN 'days' END, decided_at, note, created_at,
          counter_received, counter_from, counter_contact, counter_reason, restore_due
        FROM saved_takedowns;
      CREATE INDEX takedowns_status_due ON takedowns (status, due);

      CREATE TABLE takedown_articles (
        takedown_id INTEGER NOT NULL REFERENCES takedowns (id),
        article_id  INTEGER NOT NULL REFERENCES articles (id),
        PRIMARY KEY (takedown_id, article_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO takedown_articles (takedown_id, article_id)
        SELECT takedown_id, article_id FROM saved_takedown_articles;
      CREATE INDEX takedown_articles_article ON takedown_articles (article_id);

      CREATE TABLE attachments (
        id          INTEGER PRIMARY KEY,
        takedown_id INTEGER NOT NULL REFERENCES takedowns (id),
        name        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        size        INTEGER NOT NULL,
        data        BLOB NOT NULL,
        added_at    TEXT NOT NULL,
        role        TEXT NOT NULL DEFAULT 'notice' CHECK (role IN ('notice', 'counter_notice'))
      ) STRICT;
      INSERT INTO attachments (id, takedown_id, name, sha256, size, data, added_at, role)
        SELECT id, takedown_id, name, sha256, size, data, added_at, role FROM saved_attachments;

      DROP TABLE temp.saved_takedowns;
      DROP TABLE temp.saved_takedown_articles;
      DROP TABLE temp.saved_attachments;
    `);
  },
};
