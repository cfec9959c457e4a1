import { articleTokens, type SearchTokens } from '../search/article-tokens.js';
import type { ArticleFilters } from '../query/filters.js';
import type { Article } from '../types.js';
import { ARTICLE_COLUMNS, ARTICLE_JOINS, articleFilterSql, rowToArticle, type ArticleRow, type ArticleView } from './articles.js';
import type { Db } from './connection.js';
import { cachedStatement } from './statements.js';

/**
 * The index row of an article (see migration 002): call in the transaction that stores it. `replace`
 * for an article already indexed (an update); a new one skips the delete, which costs time in FTS5.
 */
export function indexArticle(db: Db, id: number, tokens: SearchTokens, options: { replace: boolean }): void {
  if (options.replace) cachedStatement(db, 'DELETE FROM article_search WHERE rowid = ?').run(id);
  cachedStatement(db, 'INSERT INTO article_search (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)')
    .run(id, tokens.title, tokens.body, tokens.source, tokens.author);
}

const BATCH = 1000;

/** Indexes every article that still has its body, a batch at a time (memory stays flat). */
export function fillSearchIndex(db: Db, onProgress?: (done: number) => void): number {
  const next = db.prepare('SELECT id, title, body, source, author FROM articles WHERE body IS NOT NULL AND id > ? ORDER BY id LIMIT ?');
  const insert = db.prepare('INSERT INTO article_search (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)');
  let last = 0;
  let done = 0;
  for (;;) {
    const rows = next.all(last, BATCH) as Array<{ id: number; title: string; body: string; source: string | null; author: string | null }>;
    if (rows.length === 0) return done;
    for (const row of rows) {
      const t = articleTokens(row);
      insert.run(row.id, t.title, t.body, t.source, t.author);
    }
    last = rows[rows.length - 1].id;
    done += rows.length;
    onProgress?.(done);
  }
}

/** `arca db reindex`: empties the index and fills it again from the articles, in one transaction. */
export function rebuildSearchIndex(db: Db, onProgress?: (done: number) => void): number {
  return db.transaction(() => {
    db.exec("INSERT INTO article_search (article_search) VALUES ('delete-all')");
    return fillSearchIndex(db, onProgress);
  }).immediate();
}

/**
 * Whether the index holds the same rows as the articles (every article with a body is indexed,
 * nothing else is); PRAGMA integrity_check already verifies FTS5's own structure. Null when all is well.
 */
export function searchIndexProblem(db: Db): string | null {
  const missing = db.prepare(`SELECT count(*) FROM articles WHERE body IS NOT NULL
    AND id NOT IN (SELECT id FROM article_search_docsize)`).pluck().get() as number;
  const extra = db.prepare(`SELECT count(*) FROM article_search_docsize
    WHERE id NOT IN (SELECT id FROM articles WHERE body IS NOT NULL)`).pluck().get() as number;
  if (missing || extra) {
    return `the search index is out of step (${missing} article(s) missing, ${extra} stray entr${extra === 1 ? 'y' : 'ies'}): run arca db reindex`;
  }
  return null;
}

export interface SearchHit { article: Article; score: number }

function matchSql(filters: ArticleFilters, view: ArticleView, match: string): { where: string; params: Record<string, unknown> } {
  const { where, params } = articleFilterSql(filters, view);
  return { where: `${where ? `${where} AND` : 'WHERE'} article_search MATCH @match`, params: { ...params, match } };
}

/**
 * Hits for an FTS5 MATCH expression (built by compileQuery, never raw user text), best first:
 * BM25 with title weighted over body, then newest published. Bodies are left out (null).
 */
export function searchArticles(db: Db, match: string, filters: ArticleFilters, view: ArticleView): SearchHit[] {
  const { where, params } = matchSql(filters, view, match);
  params.limit = filters.limit ?? -1;
  params.offset = filters.offset;
  const columns = ARTICLE_COLUMNS.replace('a.body,', 'NULL AS body,');
  // Rank ids first (from the covering index), then read the full rows of just that page.
  const rows = db.prepare(`WITH ranked AS (
      SELECT s.rowid AS id, s.rank AS rank FROM article_search s JOIN articles a ON a.id = s.rowid
      ${where} ORDER BY s.rank, a.published DESC, a.id DESC LIMIT @limit OFFSET @offset)
    SELECT ${columns}, ranked.rank AS rank FROM ranked JOIN articles a ON a.id = ranked.id ${ARTICLE_JOINS}
    ORDER BY ranked.rank, a.published DESC, a.id DESC`).all(params) as Array<ArticleRow & { rank: number }>;
  // bm25() is lower for better matches; scores read more naturally the other way round.
  return rows.map((row) => ({ article: rowToArticle(row, view), score: Math.round(-row.rank * 1e4) / 1e4 }));
}

export function countSearch(db: Db, match: string, filters: ArticleFilters, view: ArticleView): number {
  const { where, params } = matchSql(filters, view, match);
  return db.prepare(`SELECT count(*) FROM article_search s JOIN articles a ON a.id = s.rowid ${where}`).pluck().get(params) as number;
}

/** The text fields a snippet is cut from. */
export function snippetSources(db: Db, id: number): { title: string; body: string | null } {
  return cachedStatement(db, 'SELECT title, body FROM articles WHERE id = ?').get(id) as { title: string; body: string | null };
}
