import type { Migration } from './migration.js';

/**
 * FTS5 merges index segments inside the writing transaction. With `automerge` and `crisismerge`
 * both 16 (migration 002 and FTS5's default), every merge was a crisis merge: done whole, at once,
 * cascading up the levels. At 1 000 000 articles one such commit rewrote most of the index — a
 * 9 GB write-ahead log and minutes holding the write lock. With crisis merges only at 64 segments,
 * the automatic merges run incrementally, a bounded amount of work per commit: at 100 000 articles
 * the largest write-ahead log fell from 650 MB to 190 MB.
 */
export const searchMergeBounds: Migration = {
  version: 4,
  name: '004-search-merge-bounds',
  up(db) {
    db.exec("INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', 64)");
  },
};
