import { rewriteArchiveFile } from '../maintenance.js';
import type { Migration } from './migration.js';
import { configureSearchIndex, createSearchIndex, MAIN_INDEX_WRITES } from './search-tables.js';

/**
 * A purge must remove the article's words from the index, not hide them. The index of migration 002
 * was `contentless_delete=1`: FTS5 deleted by writing a tombstone, and every token of a purged or
 * updated article (with its positions) stayed in the segments until a merge rewrote them. This index
 * is plain contentless: a row leaves it through FTS5's 'delete' command, given the row's tokens
 * (search-index.ts recomputes them from the stored article), which with secure-delete takes the
 * entries out of the segments at once. Archives opened by this arca also zero what SQLite deletes
 * (connection.ts); an older archive may still hold tombstoned entries, old bodies and merged-away
 * segments in free space, so once upgraded its file is rewritten whole.
 */
export const searchPhysicalDelete: Migration = {
  version: 5,
  name: '005-search-physical-delete',
  up(db) {
    db.exec(`
      DROP TRIGGER articles_purge_search;
      DROP TABLE article_search;
      ${createSearchIndex('article_search', ['title', 'body', 'source', 'author'])};
    `);
    configureSearchIndex(db, 'article_search', { rank: 'bm25(1000.0, 1.0, 4.0, 4.0)', ...MAIN_INDEX_WRITES });
    // Filled by migration 006, with the tokens and columns of the index as it is now.
  },
  afterCommit: rewriteArchiveFile,
};
