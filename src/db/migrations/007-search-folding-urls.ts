import { fillSearchIndex } from '../search-index.js';
import type { Migration } from './migration.js';
import { configureSearchIndex, createSearchIndex, MAIN_INDEX_WRITES } from './search-tables.js';

/**
 * Script folding and searchable URLs. The tokens now fold traditional to simplified (檢察 → 检察, see
 * search/fold.ts), and a fifth column holds each article's URL words (marked, so text terms never match
 * them; see search/article-tokens.ts). The old index's tokens cannot be deleted by recomputing them any
 * more (search-index.ts's purge does exactly that), so the index is made again, as migration 005 made it
 * plus the `url` column, and filled from the articles in this same transaction.
 */
export const searchFoldingUrls: Migration = {
  version: 7,
  name: '007-search-folding-urls',
  up(db) {
    db.exec(`
      DROP TABLE article_search;
      ${createSearchIndex('article_search', ['title', 'body', 'source', 'author', 'url'])};
    `);
    configureSearchIndex(db, 'article_search', { rank: 'bm25(1000.0, 1.0, 4.0, 4.0, 4.0)', ...MAIN_INDEX_WRITES });
    fillSearchIndex(db);
  },
};
