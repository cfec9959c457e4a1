import { fillSearchIndex } from '../search-index.js';
import type { Migration } from './migration.js';

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
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, source, author, url,
        content = '', detail = full, tokenize = 'ascii'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(1000.0, 1.0, 4.0, 4.0, 4.0)');
      INSERT INTO article_search (article_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 67108864);
      INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);
      INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', 64);
    `);
    fillSearchIndex(db);
  },
};
