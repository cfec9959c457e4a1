import type { ArticleFilters } from '../query/filters.js';
import { formatInstant } from '../time.js';
import type { Article, ArticleStatus, ParsedPage } from '../types.js';
import {
  ARTICLE_COLUMNS,
  ARTICLE_COLUMNS_WITHOUT_BODY,
  ARTICLE_JOINS,
  ARTICLE_JSON,
  PAGE_INSERT,
  PAGE_UPDATE,
  pageParams,
  rowToArticle,
  WINDOW_ENDS,
  type ArticleRow,
} from './article-columns.js';
import type { Db } from './connection.js';
import { containsPattern, LIKE_ESCAPE } from './like.js';
import { cachedStatement } from './statements.js';
import { urlKey } from '../urls/identity.js';

/** What turns stored rows into the article shape: the archive's zone, default window and today. */
export interface ArticleView {
  tz: string;
  defaultWindowDays: number;
  /** Calendar date, YYYY-MM-DD, in the archive's zone. */
  today: string;
}

/** WHERE clause and named parameters for the shared filters (alias a). */
export function articleFilterSql(
  filters: ArticleFilters,
  view: ArticleView,
): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = { defaultWindow: view.defaultWindowDays };
  if (filters.status === 'active') clauses.push(`a.status = 'active'`);
  else if (filters.status === 'removed') clauses.push(`a.status IN ('removed', 'purged')`);
  for (const field of ['source', 'author', 'site', 'category'] as const) {
    const value = filters[field];
    if (value === undefined) continue;
    clauses.push(`a.${field} LIKE @${field} ${LIKE_ESCAPE}`);
    params[field] = containsPattern(value);
  }
  // published starts with its date, so date bounds compare on the column itself (and its index).
  if (filters.since) {
    clauses.push('a.published >= @since');
    params.since = filters.since;
  }
  if (filters.until) {
    clauses.push("a.published < @until || 'T99'");
    params.until = filters.until;
  }
  if (filters.importedSince) {
    clauses.push('a.imported_at >= @importedSince');
    params.importedSince = filters.importedSince;
  }
  if (filters.window) {
    clauses.push(filters.window === 'open' ? `${WINDOW_ENDS} >= @today` : `${WINDOW_ENDS} < @today`);
    params.today = view.today;
  }
  if (filters.hasRequest !== undefined) {
    clauses.push(
      `${filters.hasRequest ? '' : 'NOT '}EXISTS (SELECT 1 FROM takedown_articles t WHERE t.article_id = a.id)`,
    );
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const SORT_SQL: Record<ArticleFilters['sort'], string> = {
  published: 'a.published',
  imported: 'a.imported_at',
  title: 'a.title',
  views: 'a.views',
  id: 'a.id',
};

export function articleOrderSql(filters: ArticleFilters): string {
  // Descending order already puts NULLs last; spelling it out would stop SQLite from using the index.
  const order = filters.order === 'asc' ? 'ASC NULLS LAST' : 'DESC';
  return `ORDER BY ${SORT_SQL[filters.sort]} ${order}, a.id ${filters.order === 'asc' ? 'ASC' : 'DESC'}`;
}

function pageSql(filters: ArticleFilters, params: Record<string, unknown>): string {
  if (filters.limit === undefined && filters.offset === 0) return '';
  params.limit = filters.limit ?? -1;
  params.offset = filters.offset;
  return 'LIMIT @limit OFFSET @offset';
}

/** Articles matching the filters, read lazily so exports of any size stay in constant memory. */
export function* iterateArticles(
  db: Db,
  filters: ArticleFilters,
  view: ArticleView,
  withBody = true,
): Generator<Article> {
  const { where, params } = articleFilterSql(filters, view);
  const columns = withBody ? ARTICLE_COLUMNS : ARTICLE_COLUMNS_WITHOUT_BODY;
  const sql = `SELECT ${columns} FROM articles a ${ARTICLE_JOINS} ${where} ${articleOrderSql(filters)} ${pageSql(filters, params)}`;
  for (const row of db.prepare(sql).iterate(params) as IterableIterator<ArticleRow>) yield rowToArticle(row, view.tz);
}

export function getArticle(db: Db, id: number, view: ArticleView): Article | undefined {
  const row = db
    .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a ${ARTICLE_JOINS} WHERE a.id = @id`)
    .get({ id, defaultWindow: view.defaultWindowDays }) as ArticleRow | undefined;
  return row && rowToArticle(row, view.tz);
}

export function articleExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** The articles whose own address or source's address is `url`, however it is spelt (urls/identity.ts). */
export function findArticleIdsByUrl(db: Db, url: string): number[] {
  const key = urlKey(url);
  if (key === null) return [];
  return db
    .prepare('SELECT id FROM articles WHERE original_url_key = @key OR site_url_key = @key ORDER BY id')
    .pluck()
    .all({ key }) as number[];
}

export interface DuplicateMatch {
  id: number;
  status: ArticleStatus;
}

/**
 * The archived article an incoming one duplicates: the same original URL or the same own address,
 * however spelt (urls/identity.ts), else the same normalised body.
 */
export function findDuplicate(
  db: Db,
  urls: { original_url: string | null; site_url: string | null },
  bodyHash: string,
): DuplicateMatch | undefined {
  const byUrl = (column: 'original_url_key' | 'site_url_key', key: string | null) =>
    key === null
      ? undefined
      : (cachedStatement(db, `SELECT id, status FROM articles WHERE ${column} = ? ORDER BY id LIMIT 1`).get(key) as
          DuplicateMatch | undefined);
  const found = byUrl('original_url_key', urlKey(urls.original_url)) ?? byUrl('site_url_key', urlKey(urls.site_url));
  if (found) return found;
  return cachedStatement(db, 'SELECT id, status FROM articles WHERE body_hash = ? ORDER BY id LIMIT 1').get(
    bodyHash,
  ) as DuplicateMatch | undefined;
}

export interface StoredProvenance {
  path: string;
  line: number | null;
  sha256: string;
  encoding: string | null;
  format: string;
  importedAt: string;
  rawSize: number;
  /** Raw bytes, Brotli-compressed. */
  raw: Uint8Array;
}

function insertProvenance(db: Db, p: StoredProvenance): number {
  cachedStatement(
    db,
    'INSERT INTO raw_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(p.sha256, p.rawSize, p.raw);
  const blob = cachedStatement(db, 'SELECT id FROM raw_blobs WHERE sha256 = ?').get(p.sha256) as { id: number };
  return Number(
    cachedStatement(
      db,
      `INSERT INTO provenance (path, line, blob_id, sha256, encoding, format, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.path, p.line, blob.id, p.sha256, p.encoding, p.format, p.importedAt).lastInsertRowid,
  );
}

function disclaimerId(db: Db, text: string | null, windowDays: number | null): number | null {
  if (!text) return null;
  const found = cachedStatement(db, 'SELECT id FROM disclaimers WHERE text = ?').get(text) as
    { id: number } | undefined;
  if (found) return found.id;
  return Number(
    cachedStatement(db, 'INSERT INTO disclaimers (text, window_days) VALUES (?, ?)').run(text, windowDays)
      .lastInsertRowid,
  );
}

export function insertArticle(db: Db, page: ParsedPage, bodyHash: string, provenance: StoredProvenance): number {
  const provenanceId = insertProvenance(db, provenance);
  return Number(
    cachedStatement(
      db,
      `INSERT INTO articles
      (${PAGE_INSERT.columns}, body_hash, disclaimer_id, imported_at, provenance_id)
    VALUES (${PAGE_INSERT.values}, @bodyHash, @disclaimerId, @importedAt, @provenanceId)`,
    ).run({
      ...pageParams(page),
      bodyHash,
      disclaimerId: disclaimerId(db, page.disclaimer, page.window_days),
      importedAt: provenance.importedAt,
      provenanceId,
    }).lastInsertRowid,
  );
}

/** Replaces an active article's fields with a newer copy of the page (--on-duplicate update). */
export function updateArticle(
  db: Db,
  id: number,
  page: ParsedPage,
  bodyHash: string,
  provenance: StoredProvenance,
): void {
  const provenanceId = insertProvenance(db, provenance);
  cachedStatement(
    db,
    `UPDATE articles SET ${PAGE_UPDATE}, body_hash = @bodyHash, disclaimer_id = @disclaimerId,
      provenance_id = @provenanceId
    WHERE id = @id AND status = 'active'`,
  ).run({
    ...pageParams(page),
    id,
    bodyHash,
    disclaimerId: disclaimerId(db, page.disclaimer, page.window_days),
    provenanceId,
  });
}

/**
 * Gives an article the fields a new extraction of its own raw bytes found, and nothing else: id,
 * status, provenance and takedown history stay. Never a purged article.
 */
export function replaceExtractedFields(db: Db, id: number, page: ParsedPage, bodyHash: string): void {
  cachedStatement(
    db,
    `UPDATE articles SET ${PAGE_UPDATE}, body_hash = @bodyHash, disclaimer_id = @disclaimerId
    WHERE id = @id AND status != 'purged'`,
  ).run({
    ...pageParams(page),
    id,
    bodyHash,
    disclaimerId: disclaimerId(db, page.disclaimer, page.window_days),
  });
}

/** The ids of the articles the filters select that still have their raw bytes (never purged ones), in id order. */
export function extractableArticleIds(db: Db, filters: ArticleFilters, view: ArticleView): number[] {
  const { where, params } = articleFilterSql(filters, view);
  const sql = `SELECT a.id FROM articles a ${ARTICLE_JOINS} ${where ? `${where} AND` : 'WHERE'} a.status != 'purged'
    ORDER BY a.id ${pageSql(filters, params)}`;
  return (db.prepare(sql).raw().all(params) as [number][]).map(([id]) => id);
}

/** What an article was imported from: its raw bytes (compressed) and how they were read. */
export interface RawSource {
  path: string;
  line: number | null;
  sha256: string;
  format: string;
  encoding: string | null;
  raw: Uint8Array | null;
}

export function rawSource(db: Db, id: number): RawSource | undefined {
  return cachedStatement(
    db,
    `SELECT p.path, p.line, p.sha256, p.format, p.encoding, b.data AS raw FROM articles a
    JOIN provenance p ON p.id = a.provenance_id LEFT JOIN raw_blobs b ON b.id = p.blob_id WHERE a.id = ?`,
  ).get(id) as RawSource | undefined;
}

/** The article's imported bytes, still compressed; null once purged. */
export function rawEvidence(db: Db, id: number): Uint8Array | null {
  const row = db
    .prepare(
      `SELECT b.data FROM articles a JOIN provenance p ON p.id = a.provenance_id
    JOIN raw_blobs b ON b.id = p.blob_id WHERE a.id = ?`,
    )
    .get(id) as { data: Uint8Array | null } | undefined;
  return row?.data ?? null;
}

/**
 * Each matching article as its JSON record (the spec's shape, as export's articleRecord builds it),
 * serialised by SQLite into UTF-8 bytes. Exports of every field go this way: turning each body into a
 * JavaScript string and back made them several times slower than SQLite's own JSON dump.
 */
export function* iterateArticleJson(db: Db, filters: ArticleFilters, view: ArticleView): Generator<Buffer> {
  // imported_at is stored in UTC and shown in the archive's zone, which only JavaScript knows.
  db.function('arca_instant', { deterministic: true }, (utc: unknown) => formatInstant(new Date(String(utc)), view.tz));
  const { where, params } = articleFilterSql(filters, view);
  const sql = `SELECT CAST(${ARTICLE_JSON} AS BLOB)
    FROM articles a ${ARTICLE_JOINS} ${where} ${articleOrderSql(filters)} ${pageSql(filters, params)}`;
  yield* db.prepare(sql).pluck().iterate(params) as IterableIterator<Buffer>;
}
