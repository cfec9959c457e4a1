import { articleTokens, type SearchedFields, type SearchTokens } from '../search/article-tokens.js';
import { indexTokens } from '../search/tokens.js';
import type { ArticleFilters } from '../query/filters.js';
import type { Article } from '../types.js';
import { ARTICLE_COLUMNS_WITHOUT_BODY, ARTICLE_JOINS, rowToArticle, type ArticleRow } from './article-columns.js';
import { articleFilterSql, type ArticleView } from './articles.js';
import type { Db } from './connection.js';
import { cachedStatement } from './statements.js';

const INSERT_ROW = 'INSERT INTO article_search (rowid, title, body, source, author, url) VALUES (?, ?, ?, ?, ?, ?)';
/** The titles' own index (migration 011), in step with the main one: the same rows, their title tokens. */
const INSERT_TITLE = 'INSERT INTO article_title_search (rowid, title) VALUES (?, ?)';
/** The article columns the index is made from (search/article-tokens.ts). */
const SEARCHED_COLUMNS = 'title, body, source, author, original_url, site_url';

/** The index row of an article (see migrations 002, 005 and 006): call in the transaction that stores it. */
export function indexArticle(db: Db, id: number, tokens: SearchTokens): void {
  cachedStatement(db, INSERT_ROW).run(id, tokens.title, tokens.body, tokens.source, tokens.author, tokens.url);
  cachedStatement(db, INSERT_TITLE).run(id, tokens.title);
}

/**
 * The tokens an article was indexed with, recomputed from its stored fields; null when it is not in the
 * index or has no body. FTS5's 'delete' needs the very tokens that were indexed, so a change to the
 * tokenizer needs a migration that rebuilds the index.
 */
export function indexedTokens(db: Db, id: number): SearchTokens<string> | null {
  // An article missing from the index (db check reports it) has nothing to delete: FTS5 would call that corrupt.
  const stored = cachedStatement(
    db,
    `SELECT ${SEARCHED_COLUMNS} FROM articles
    WHERE id = ? AND body IS NOT NULL AND id IN (SELECT id FROM article_search_docsize)`,
  ).get(id) as SearchedFields | undefined;
  return stored ? articleTokens(stored) : null;
}

/** Takes an article's entries out of the index, given the tokens it was indexed with (see indexedTokens). */
export function deleteFromIndex(db: Db, id: number, tokens: SearchTokens): void {
  cachedStatement(
    db,
    `INSERT INTO article_search (article_search, rowid, title, body, source, author, url)
    VALUES ('delete', ?, ?, ?, ?, ?, ?)`,
  ).run(id, tokens.title, tokens.body, tokens.source, tokens.author, tokens.url);
  cachedStatement(
    db,
    "INSERT INTO article_title_search (article_title_search, rowid, title) VALUES ('delete', ?, ?)",
  ).run(id, tokens.title);
}

/**
 * Takes an article's entries out of the index for good, before its stored text changes (an update) or
 * goes (a purge); nothing when it has no body. With the index's secure-delete option the entries leave
 * the segments at once.
 */
export function unindexArticle(db: Db, id: number): void {
  const tokens = indexedTokens(db, id);
  if (tokens) deleteFromIndex(db, id, tokens);
}

const BATCH = 1000;

/** Indexes every article that still has its body, a batch at a time (memory stays flat). */
export function fillSearchIndex(db: Db, onProgress?: (done: number) => void): number {
  // Migration 007 fills the index of an archive that gets its site_url column only in migration 009.
  const hasSiteUrl = (db.pragma('table_info(articles)') as Array<{ name: string }>).some((c) => c.name === 'site_url');
  const columns = hasSiteUrl ? SEARCHED_COLUMNS : SEARCHED_COLUMNS.replace('site_url', 'NULL AS site_url');
  const next = db.prepare(`SELECT id, ${columns} FROM articles WHERE body IS NOT NULL AND id > ? ORDER BY id LIMIT ?`);
  const insert = db.prepare(INSERT_ROW);
  let last = 0;
  let done = 0;
  for (;;) {
    const rows = next.all(last, BATCH) as Array<SearchedFields & { id: number }>;
    if (rows.length === 0) return done;
    for (const row of rows) {
      const t = articleTokens(row);
      insert.run(row.id, t.title, t.body, t.source, t.author, t.url);
    }
    last = rows[rows.length - 1].id;
    done += rows.length;
    onProgress?.(done);
  }
}

/** The titles' index filled from the articles that have their text (migration 011, reindex). */
export function fillTitleIndex(db: Db): void {
  const next = db.prepare('SELECT id, title FROM articles WHERE body IS NOT NULL AND id > ? ORDER BY id LIMIT ?');
  const insert = db.prepare(INSERT_TITLE);
  for (let last = 0; ;) {
    const rows = next.all(last, BATCH) as Array<{ id: number; title: string }>;
    if (rows.length === 0) return;
    for (const row of rows) insert.run(row.id, indexTokens(row.title));
    last = rows[rows.length - 1].id;
  }
}

/** `arca db reindex`: empties both indexes and fills them again from the articles, in one transaction. */
export function rebuildSearchIndex(db: Db, onProgress?: (done: number) => void): number {
  return db
    .transaction(() => {
      db.exec(`INSERT INTO article_search (article_search) VALUES ('delete-all');
        INSERT INTO article_title_search (article_title_search) VALUES ('delete-all');`);
      fillTitleIndex(db);
      return fillSearchIndex(db, onProgress);
    })
    .immediate();
}

/**
 * Whether both indexes hold the same rows as the articles (every article with a body is indexed,
 * nothing else is); PRAGMA integrity_check already verifies FTS5's own structure. Null when all is well.
 */
export function searchIndexProblem(db: Db): string | null {
  let missing = 0;
  let extra = 0;
  // The larger count of the two indexes: an article missing from one is nearly always missing from both.
  for (const sizes of ['article_search_docsize', 'article_title_search_docsize']) {
    missing = Math.max(
      missing,
      db
        .prepare(`SELECT count(*) FROM articles WHERE body IS NOT NULL AND id NOT IN (SELECT id FROM ${sizes})`)
        .pluck()
        .get() as number,
    );
    extra = Math.max(
      extra,
      db
        .prepare(`SELECT count(*) FROM ${sizes} WHERE id NOT IN (SELECT id FROM articles WHERE body IS NOT NULL)`)
        .pluck()
        .get() as number,
    );
  }
  if (missing || extra) {
    return `the search index is out of step (${missing} article(s) missing, ${extra} stray entr${extra === 1 ? 'y' : 'ies'}): run arca db reindex`;
  }
  return null;
}

/** The text fields a hit's snippet is cut from (the body is null once purged). */
export interface SnippetSource {
  title: string;
  body: string | null;
}

/** A ranked hit: its article without the body, its score, and the text its snippet is cut from. */
export interface SearchHit {
  article: Article;
  score: number;
  snippetSource: SnippetSource;
}

/** A page of hits and how many there are in all (for "20 of 851 hits"; null when not asked for). */
export interface SearchPage {
  hits: SearchHit[];
  total: number | null;
}

/** What searchArticles looks for: a MATCH expression (compileQuery's, never raw user text), and a check on the row. */
export interface SearchMatch {
  match: string;
  /**
   * The hits ranked first, by BM25 over the title: a MATCH expression for the titles' own index (whose
   * title holds every included term). None: no tier, every hit ranked over all fields.
   */
  titleMatch?: string | null;
  /** The excluded terms, as a MATCH expression for the main index (the title index cannot tell them). */
  excludeMatch?: string | null;
  /** For --exact-script: MATCH finds a superset, this keeps the rows that really match. */
  rowCheck?: ((row: SearchedFieldsRow) => boolean) | null;
}

/** The row a rowCheck reads, keyed as the query names the fields. */
export interface SearchedFieldsRow {
  title: string;
  body: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
}

/** The SQL function a rowCheck runs as, registered on the connection for the statement that calls it. */
const ROW_CHECK = 'arca_search_row_check';

/**
 * The WHERE clause of every hit (alias s: the main index, a: the articles), of the title tier (alias t: the
 * title index) or of the rest; its parameters hold the filters' and the expressions.
 */
function matchSql(
  filters: ArticleFilters,
  view: ArticleView,
  query: SearchMatch,
  hits: Tier = 'all',
): { where: string; params: Record<string, unknown> } {
  const { where, params } = articleFilterSql(filters, view);
  // The URLs one a line, as search/url.ts's articleUrlText writes them.
  const urls = "nullif(concat_ws(char(10), a.site_url, a.original_url), '')";
  const check = query.rowCheck ? ` AND ${ROW_CHECK}(a.title, a.body, a.source, a.author, ${urls})` : '';
  const tier = tierMatch(query, hits);
  return { where: `${where ? `${where} AND` : 'WHERE'} ${tier.sql}${check}`, params: { ...params, ...tier.params } };
}

/** Every hit, the title hits (ranked first), or the hits ranked after them. */
type Tier = 'all' | 'titles' | 'rest';

/** The MATCH terms of a tier and their parameters (title tier: alias t; the others: alias s). */
function tierMatch(query: SearchMatch, hits: Tier): { sql: string; params: Record<string, string> } {
  if (hits === 'titles') {
    const titles = { sql: 'article_title_search MATCH @titleMatch', params: { titleMatch: query.titleMatch! } };
    return query.excludeMatch
      ? {
          sql: `${titles.sql} AND t.rowid NOT IN (${EXCLUDED})`,
          params: { ...titles.params, excludeMatch: query.excludeMatch },
        }
      : titles;
  }
  const every = { sql: 'article_search MATCH @match', params: { match: query.match } };
  return hits === 'rest' && query.titleMatch
    ? {
        sql: `${every.sql} AND s.rowid NOT IN (${TITLE_HITS})`,
        params: { ...every.params, titleMatch: query.titleMatch },
      }
    : every;
}

/** The articles of the title tier, all of them, as a subquery. */
const TITLE_HITS = 'SELECT rowid FROM article_title_search WHERE article_title_search MATCH @titleMatch';
/** The articles holding an excluded term anywhere, as a subquery. */
const EXCLUDED = 'SELECT rowid FROM article_search WHERE article_search MATCH @excludeMatch';

function registerRowCheck(db: Db, query: SearchMatch): void {
  const check = query.rowCheck;
  if (!check) return;
  db.function(ROW_CHECK, { deterministic: true }, (title, body, source, author, url) =>
    check({ title, body, source, author, url } as SearchedFieldsRow) ? 1 : 0,
  );
}

/** How hits of equal rank are ordered: newest published first, then the later stored (alias a). */
const TIES_NEWEST_FIRST = 'a.published DESC, a.id DESC';

/** The article columns of a hit: bodies are left out (null), a snippet reads its own. */
const HIT_COLUMNS = ARTICLE_COLUMNS_WITHOUT_BODY;

/**
 * The page of hits for an FTS5 MATCH expression (built by compileQuery, never raw user text), best
 * first: the title hits, ranked by BM25 over the title, then the other hits by BM25 over every field
 * (title weighted over source and author over body); ties newest published first.
 */
export function searchArticles(
  db: Db,
  query: SearchMatch,
  filters: ArticleFilters,
  view: ArticleView,
  options: { total?: boolean } = {},
): SearchPage {
  const end = filters.limit === undefined ? undefined : filters.offset + filters.limit;
  registerRowCheck(db, query);
  readMapped(db);
  // One read transaction: the candidates, their articles and their text come from one snapshot of the archive.
  return db.transaction(() => {
    const page =
      (end !== undefined && end <= FAST_PAGE_END && !query.rowCheck && keepsMostHits(filters, view)
        ? bestHits(db, query, filters, view, end, options.total !== false)
        : null) ?? rankedHits(db, query, filters, view);
    const rows = page.rows;
    const bodies = bodiesOf(
      db,
      rows.map((row) => row.id as number),
    );
    const hits = rows.map((row) => ({
      article: rowToArticle(row, view.tz),
      // bm25() is lower for better matches; scores read more naturally the other way round.
      score: Math.round(-row.rank * 1e4) / 1e4,
      snippetSource: { title: row.title as string, body: bodies.get(row.id as number) ?? null },
    }));
    // A page that is not full and not past the end holds the last hit: the total follows from it.
    const holdsLast =
      (filters.limit === undefined || rows.length < filters.limit) && (rows.length > 0 || filters.offset === 0);
    // Counting a phrase's hits costs a second pass over its doclists: only when the total is wanted.
    const total =
      page.total ??
      (holdsLast
        ? filters.offset + rows.length
        : options.total === false
          ? null
          : countSearch(db, query, filters, view));
    return { hits, total };
  })();
}

/**
 * Lets this connection read the archive through a memory map: a search reads a few MB of index pages
 * once, and mapping them saves copying each into SQLite's page cache (20 against 26 ms for 人民法院's
 * first pass at 100k). Only searches ask for it: writers keep SQLite's default of plain reads.
 */
function readMapped(db: Db): void {
  // The largest map this SQLite allows (MAX_MMAP_SIZE, 2 GiB): a larger archive's pages past it are read as before.
  db.pragma('mmap_size = 2147418112');
}

/** The bodies of a page of hits, read in one statement (the hits' own rows leave them out). */
function bodiesOf(db: Db, ids: number[]): Map<number, string | null> {
  const rows = cachedStatement(db, 'SELECT id, body FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as Array<{ id: number; body: string | null }>;
  return new Map(rows.map((row) => [row.id, row.body]));
}

type HitRow = ArticleRow & { rank: number };

/** A page of hit rows; total is null when the page's rows cannot tell it (then: offset + rows, or a count). */
interface HitRows {
  rows: HitRow[];
  total: number | null;
}

/** Ranks every hit, joined to its article for the filters and the date that breaks ties. */
function rankedHits(db: Db, query: SearchMatch, filters: ArticleFilters, view: ArticleView): HitRows {
  // The title hits that pass the filters, ranked: ids and ranks alone (a few thousand at most at 100k).
  const titles = matchSql(filters, view, query, 'titles');
  const first = query.titleMatch
    ? (db
        .prepare(
          `SELECT t.rowid AS id, t.rank AS rank FROM article_title_search t JOIN articles a ON a.id = t.rowid
          ${titles.where} ORDER BY t.rank, ${TIES_NEWEST_FIRST}`,
        )
        .all(titles.params) as Array<{ id: number; rank: number }>)
    : [];
  const { where, params } = matchSql(filters, view, query, 'rest');
  const end = filters.limit === undefined ? Infinity : filters.offset + filters.limit;
  const firstRows = rowsOf(db, first.slice(filters.offset, end), params);
  if (end <= first.length) return { rows: firstRows, total: null };
  // The other hits: ids ranked first (from the covering index), then the full rows of just that page;
  // the window counts every hit before the page is cut.
  const rest = db
    .prepare(
      `WITH ranked AS (
      SELECT s.rowid AS id, s.rank AS rank, count(*) OVER () AS total FROM article_search s JOIN articles a ON a.id = s.rowid
      ${where} ORDER BY s.rank, ${TIES_NEWEST_FIRST} LIMIT @limit OFFSET @offset)
    SELECT ${HIT_COLUMNS}, ranked.rank AS rank, ranked.total AS total FROM ranked JOIN articles a ON a.id = ranked.id ${ARTICLE_JOINS}
    ORDER BY ranked.rank, ${TIES_NEWEST_FIRST}`,
    )
    .all({
      ...params,
      limit: end === Infinity ? -1 : end - filters.offset - firstRows.length,
      offset: Math.max(0, filters.offset - first.length),
    }) as Array<HitRow & { total: number }>;
  return { rows: [...firstRows, ...rest], total: rest.length > 0 ? first.length + rest[0].total : null };
}

/** The article rows of ranked ids, in their order (PARAMS: the filters', which the joins read too). */
function rowsOf(db: Db, ranked: Array<{ id: number; rank: number }>, params: Record<string, unknown>): HitRow[] {
  if (ranked.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${HIT_COLUMNS} FROM json_each(@ids) c JOIN articles a ON a.id = c.value ${ARTICLE_JOINS} ORDER BY c.key`,
    )
    .all({ ...params, ids: JSON.stringify(ranked.map((hit) => hit.id)) }) as ArticleRow[];
  return rows.map((row, i) => ({ ...row, rank: ranked[i].rank }));
}

/** Pages ending further down than this are ranked in full: their candidate lists would cost more than they save. */
const FAST_PAGE_END = 1000;

/**
 * Whether the filters are at most the default status filter, which keeps nearly every hit. Other filters
 * can drop most candidates, and SQLite's planner already serves them well from the articles' indexes.
 */
function keepsMostHits(filters: ArticleFilters, view: ArticleView): boolean {
  return filters.status !== 'removed' && articleFilterSql({ ...filters, status: 'all' }, view).where === '';
}

/**
 * The page of hits ending at `end`, found from the index's best candidates alone: joining every hit to
 * its article (for the filters and the date) costs ~10 ms per 40 000 hits, and a page needs only the
 * top. The title hits come first, from the titles' own index, and only a page reaching past them ranks the
 * rest: 3–5 ms for 人民法院's 703 title hits at 100k, where ranking all 37 613 hits takes 45 ms.
 * Null when the candidates cannot settle the page (too many of them were taken down).
 */
function bestHits(
  db: Db,
  query: SearchMatch,
  filters: ArticleFilters,
  view: ArticleView,
  end: number,
  countAll: boolean,
): HitRows | null {
  const first = query.titleMatch ? tierPage(db, titleCandidates(db, query), filters, view, end, new Set()) : NO_HITS;
  if (first === null) return null;
  if (first.rows.length >= end) return { rows: first.rows.slice(filters.offset), total: null };
  // The page reaches past the title hits, and so the rest are ranked: all of the title hits are known.
  // A query holding a phrase of several tokens then tallies its hits in that pass: counting them apart
  // would match the phrase again. A single token's hits are counted faster from its doclist alone.
  const tally = countAll && MULTI_TOKEN_PHRASE.test(query.match) ? hitTally(db) : undefined;
  const rest = tierPage(
    db,
    hitCandidates(db, query.match, tally),
    filters,
    view,
    end - first.rows.length,
    first.candidates,
  );
  if (rest === null) return null;
  return {
    rows: [...first.rows, ...rest.rows].slice(filters.offset),
    total: tally ? visibleHits(db, query.match, filters, tally.count) : null,
  };
}

/** A tier's first rows, and (once the index has no more) every hit of the tier, shown or not. */
interface TierPage {
  rows: HitRow[];
  candidates: Set<number>;
}

const NO_HITS: TierPage = { rows: [], candidates: new Set() };

/** The best `limit` ids of a tier with their ranks, best first, straight from its index. */
type Candidates = (limit: number) => Array<{ id: number; rank: number }>;

// `+rank` leaves the sorting to SQLite: FTS5's own ORDER BY rank is slower (35 vs 21 ms for 43 000 hits).
function hitCandidates(db: Db, match: string, tally?: { count: number }): Candidates {
  if (tally) tally.count = 0;
  const ranking = cachedStatement(
    db,
    `SELECT rowid AS id, rank FROM article_search WHERE article_search MATCH ?${tally ? ` AND ${TALLY}()` : ''}
    ORDER BY +rank LIMIT ?`,
  );
  return (limit) => ranking.all(match, limit) as Array<{ id: number; rank: number }>;
}

function titleCandidates(db: Db, query: SearchMatch): Candidates {
  const { sql, params } = tierMatch(query, 'titles');
  const ranking = cachedStatement(
    db,
    `SELECT t.rowid AS id, t.rank AS rank FROM article_title_search t WHERE ${sql} ORDER BY +t.rank LIMIT @limit`,
  );
  return (limit) => ranking.all({ ...params, limit }) as Array<{ id: number; rank: number }>;
}

/**
 * The first `end` rows of a tier, those in `skip` left out, from its best candidates. Null when the
 * candidates cannot settle them, or (with fewer than `end` rows) cannot tell every hit of the tier.
 */
function tierPage(
  db: Db,
  candidatesOf: Candidates,
  filters: ArticleFilters,
  view: ArticleView,
  end: number,
  skip: Set<number>,
): TierPage | null {
  const candidateLimit = 2 * end + 50 + skip.size;
  const ranked = candidatesOf(candidateLimit);
  const complete = ranked.length < candidateLimit;
  const candidates = ranked.filter((hit) => !skip.has(hit.id));
  // Equal ranks share a tier, for SQL to order them by date. Every hit ranked above the last tier is a
  // candidate; hits tied with the last candidate may have been cut, unless the index had no more.
  const tiers: Array<[id: number, tier: number]> = [];
  const rankOf = new Map<number, number>();
  let tier = 0;
  for (const [i, { id, rank }] of candidates.entries()) {
    if (i > 0 && rank !== candidates[i - 1].rank) tier++;
    tiers.push([id, tier]);
    rankOf.set(id, rank);
  }
  const { where, params } = articleFilterSql(filters, view);
  // The page is settled from the index on (id, status, published) alone; only its own rows are read in
  // full (a row's later columns sit behind its body: 7 against 2 ms for 90 candidates at 100k).
  const ids = db
    .prepare(
      `WITH candidate AS (SELECT value ->> 0 AS id, value ->> 1 AS tier FROM json_each(@tiers))
    SELECT c.id FROM candidate c JOIN articles a ON a.id = c.id
    ${where ? `${where} AND` : 'WHERE'} c.tier <= @lastSettledTier
    ORDER BY c.tier, ${TIES_NEWEST_FIRST} LIMIT @end`,
    )
    .pluck()
    .all({ tiers: JSON.stringify(tiers), lastSettledTier: complete ? tier : tier - 1, end }) as number[];
  if (ids.length < end && !complete) return null;
  return {
    rows: rowsOf(
      db,
      ids.map((id) => ({ id, rank: rankOf.get(id)! })),
      params,
    ),
    candidates: new Set(ranked.map((hit) => hit.id)),
  };
}

/** A quoted phrase of two tokens or more in a MATCH expression (compileQuery quotes every phrase). */
const MULTI_TOKEN_PHRASE = /"[^"]* [^"]*"/;

/** The SQL function that counts the rows it is asked about and keeps them all (see hitTally). */
const TALLY = 'arca_hit_tally';
const tallies = new WeakMap<Db, { count: number }>();

/**
 * A counter behind the connection's TALLY function: as a WHERE term of the ranking pass it counts every hit
 * there (a JS call per hit costs about half what matching a four-character phrase a second time does).
 */
function hitTally(db: Db): { count: number } {
  let tally = tallies.get(db);
  if (!tally) {
    const counter = { count: 0 };
    // Not deterministic, so SQLite calls it for every row instead of once for the statement.
    db.function(TALLY, { deterministic: false }, () => {
      counter.count++;
      return 1;
    });
    tallies.set(db, counter);
    tally = counter;
  }
  return tally;
}

/** The hits the default status filter shows, of INDEXED hits in the index (see hiddenHits). */
function visibleHits(db: Db, match: string, filters: ArticleFilters, indexed: number): number {
  return filters.status === 'all' ? indexed : indexed - hiddenHits(db, match);
}

/**
 * How many of the index's hits the default status filter hides: removed articles (purged ones are not
 * indexed), few, read from the status index and looked up in the index by rowid, which costs far less
 * than joining every hit to its article. (`rowid IN (…)` it is: with `rowid = ?` next to MATCH, this
 * contentless FTS5 table returns every match.)
 */
function hiddenHits(db: Db, match: string): number {
  return cachedStatement(
    db,
    `SELECT count(*) FROM article_search WHERE article_search MATCH ?
    AND rowid IN (SELECT id FROM articles WHERE status = 'removed')`,
  )
    .pluck()
    .get(match) as number;
}

/**
 * The number of hits. With at most the default status filter, counted in the index alone (a window over
 * the ranked candidates cost more: 17 against 14 ms for 7 500 hits of a 4-character phrase, 4 against
 * 0.4 ms for a 2-character word), less the removed articles among them.
 */
export function countSearch(db: Db, query: SearchMatch, filters: ArticleFilters, view: ArticleView): number {
  if (!query.rowCheck && keepsMostHits(filters, view)) {
    const indexed = cachedStatement(db, 'SELECT count(*) FROM article_search WHERE article_search MATCH ?')
      .pluck()
      .get(query.match) as number;
    return visibleHits(db, query.match, filters, indexed);
  }
  registerRowCheck(db, query);
  const { where, params } = matchSql(filters, view, query);
  return db
    .prepare(`SELECT count(*) FROM article_search s JOIN articles a ON a.id = s.rowid ${where}`)
    .pluck()
    .get(params) as number;
}
