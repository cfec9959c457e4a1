import type { ArticleStatus, TakedownRequest, TakedownStatus, WindowUnit } from '../types.js';
import type { Db } from './connection.js';
import { containsPattern, LIKE_ESCAPE } from './like.js';
import { countsByStatus, emptyWriteAheadLog } from './maintenance.js';
import { unindexArticle } from './search-index.js';

export interface RequestSummary {
  id: number;
  status: string;
  received_date: string;
  due: string;
}

/** The takedown requests that name an article, oldest first. */
export function requestsForArticle(db: Db, articleId: number): RequestSummary[] {
  return db
    .prepare(
      `SELECT t.id, t.status, t.received_date, t.due FROM takedowns t
    JOIN takedown_articles ta ON ta.takedown_id = t.id WHERE ta.article_id = ? ORDER BY t.id`,
    )
    .all(articleId) as RequestSummary[];
}

/**
 * A takedowns row with the ids of the articles it names: the request as shown, without `overdue`
 * (which depends on today), plus the columns kept for bookkeeping.
 */
export interface StoredRequest extends Omit<TakedownRequest, 'overdue' | 'id'> {
  /** The row id; shown as R<n> (takedown/ids.ts). */
  id: number;
  received_date: string;
  /** The period the operator gave instead of the articles' windows, and its unit. */
  days_override: number | null;
  override_unit: WindowUnit | null;
  created_at: string;
}

export type NewRequest = Omit<
  StoredRequest,
  'id' | 'status' | 'decided_at' | 'note' | 'restore_due' | 'counter_notice'
>;

interface CounterColumns {
  counter_received: string | null;
  counter_from: string | null;
  counter_contact: string | null;
  counter_reason: string | null;
}

type RequestRow = Omit<StoredRequest, 'late' | 'articles' | 'counter_notice'> &
  CounterColumns & { late: number; articles: string };

const REQUEST_COLUMNS = `t.id, t.status, t.received, t.received_date, t.due, t.late, t.claimant, t.contact, t.work,
  t.reason, t.channel, t.channel_note, t.days_override, t.override_unit, t.decided_at, t.note, t.created_at,
  t.restore_due, t.counter_received, t.counter_from, t.counter_contact, t.counter_reason,
  (SELECT json_group_array(article_id) FROM
    (SELECT article_id FROM takedown_articles WHERE takedown_id = t.id ORDER BY article_id)) AS articles`;

function fromRow(row: RequestRow): StoredRequest {
  const { counter_received, counter_from, counter_contact, counter_reason, ...rest } = row;
  const counter_notice =
    counter_received === null || counter_from === null
      ? null
      : { received: counter_received, from: counter_from, contact: counter_contact, reason: counter_reason };
  return { ...rest, late: row.late === 1, articles: JSON.parse(row.articles) as number[], counter_notice };
}

/** Stores a request and the articles it names; returns its id. */
export function insertRequest(db: Db, request: NewRequest): number {
  const { articles, ...fields } = request;
  const id = Number(
    db
      .prepare(
        `INSERT INTO takedowns (received, received_date, due, late, claimant, contact, work, reason,
      channel, channel_note, days_override, override_unit, created_at)
    VALUES (@received, @received_date, @due, @late, @claimant, @contact, @work, @reason,
      @channel, @channel_note, @days_override, @override_unit, @created_at)`,
      )
      .run({ ...fields, late: fields.late ? 1 : 0 }).lastInsertRowid,
  );
  const link = db.prepare('INSERT OR IGNORE INTO takedown_articles (takedown_id, article_id) VALUES (?, ?)');
  for (const articleId of articles) link.run(id, articleId);
  return id;
}

export function getStoredRequest(db: Db, id: number): StoredRequest | undefined {
  const row = db.prepare(`SELECT ${REQUEST_COLUMNS} FROM takedowns t WHERE t.id = ?`).get(id) as RequestRow | undefined;
  return row && fromRow(row);
}

/** Requests in the given states (all when none are given), earliest due date first. */
export function listStoredRequests(db: Db, statuses?: readonly TakedownStatus[]): StoredRequest[] {
  const where = statuses ? `WHERE t.status IN (${statuses.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(`SELECT ${REQUEST_COLUMNS} FROM takedowns t ${where} ORDER BY t.due, t.id`)
    .all(...(statuses ?? [])) as RequestRow[];
  return rows.map(fromRow);
}

/** Records the decision on a request: its new state, when, and the note or reason. */
export function setRequestDecision(
  db: Db,
  id: number,
  decision: { status: TakedownStatus; decided_at: string; note: string | null },
): void {
  db.prepare('UPDATE takedowns SET status = @status, decided_at = @decided_at, note = @note WHERE id = @id').run({
    ...decision,
    id,
  });
}

/** Records the counter-notice a removed request received: it becomes `countered`, its restore due on `restore_due`. */
export function setCounterNotice(
  db: Db,
  id: number,
  counter: { received: string; from: string; contact: string | null; reason: string | null; restore_due: string },
): void {
  db.prepare(
    `UPDATE takedowns SET status = 'countered', counter_received = @received, counter_from = @from,
    counter_contact = @contact, counter_reason = @reason, restore_due = @restore_due WHERE id = @id`,
  ).run({ ...counter, id });
}

/** What an attachment was sent with: the claimant's notice, or the counter-notice that answered it. */
export type AttachmentRole = 'notice' | 'counter_notice';

export interface NewAttachment {
  name: string;
  sha256: string;
  size: number;
  data: Uint8Array;
  added_at: string;
  role: AttachmentRole;
}
export interface AttachmentInfo {
  id: number;
  name: string;
  sha256: string;
  size: number;
  added_at: string;
  role: AttachmentRole;
}

export function insertAttachment(db: Db, takedownId: number, attachment: NewAttachment): void {
  db.prepare(
    `INSERT INTO attachments (takedown_id, name, sha256, size, data, added_at, role)
    VALUES (@takedownId, @name, @sha256, @size, @data, @added_at, @role)`,
  ).run({ ...attachment, takedownId });
}

/** A request's attachments without their bytes, in the order they were added. */
export function listAttachments(db: Db, takedownId: number): AttachmentInfo[] {
  return db
    .prepare('SELECT id, name, sha256, size, added_at, role FROM attachments WHERE takedown_id = ? ORDER BY id')
    .all(takedownId) as AttachmentInfo[];
}

/**
 * Erases a request's personal data (个人信息保护法 第47条): the claimant's contact details, and the bytes
 * of its attachments, which become empty (the column is NOT NULL); their names, sizes and sha256 stay,
 * as proof of what was received. Returns whether a contact was erased and the sha256 of each attachment
 * whose bytes were. SQLite zeroes the freed bytes (secure_delete, connection.ts).
 */
export function redactRequestData(db: Db, takedownId: number): { contact: boolean; attachments: string[] } {
  const contact =
    db.prepare('UPDATE takedowns SET contact = NULL WHERE id = ? AND contact IS NOT NULL').run(takedownId).changes > 0;
  const attachments = db
    .prepare('SELECT sha256 FROM attachments WHERE takedown_id = ? AND length(data) > 0 ORDER BY id')
    .pluck()
    .all(takedownId) as string[];
  db.prepare("UPDATE attachments SET data = x'' WHERE takedown_id = ? AND length(data) > 0").run(takedownId);
  return { contact, attachments };
}

export interface NamedArticle {
  id: number;
  title: string;
  original_url: string | null;
  site: string | null;
  status: ArticleStatus;
}

/** The articles a request names, by id. */
export function namedArticles(db: Db, takedownId: number): NamedArticle[] {
  return db
    .prepare(
      `SELECT a.id, a.title, a.original_url, a.site, a.status FROM takedown_articles ta
    JOIN articles a ON a.id = ta.article_id WHERE ta.takedown_id = ? ORDER BY a.id`,
    )
    .all(takedownId) as NamedArticle[];
}

/** Moves one article between states; false when it was not in `from` (nothing changed). */
export function setArticleStatus(db: Db, articleId: number, from: ArticleStatus, to: ArticleStatus): boolean {
  return db.prepare('UPDATE articles SET status = ? WHERE id = ? AND status = ?').run(to, articleId, from).changes > 0;
}

/** Another request that names the article and keeps it down (removed, or countered and not yet restored), if any. */
export function otherRemovingRequest(db: Db, articleId: number, exceptRequestId: number): number | undefined {
  const row = db
    .prepare(
      `SELECT t.id FROM takedowns t JOIN takedown_articles ta ON ta.takedown_id = t.id
    WHERE ta.article_id = ? AND t.id <> ? AND t.status IN ('removed', 'countered') ORDER BY t.id LIMIT 1`,
    )
    .get(articleId, exceptRequestId) as { id: number } | undefined;
  return row?.id;
}

/** Other open requests by this claimant (same name, ASCII case aside) that name the article. */
export function openRequestsByClaimant(db: Db, articleId: number, claimant: string, exceptRequestId: number): number[] {
  return db
    .prepare(
      `SELECT t.id FROM takedowns t JOIN takedown_articles ta ON ta.takedown_id = t.id
    WHERE ta.article_id = ? AND t.id <> ? AND t.status = 'open' AND t.claimant = ? COLLATE NOCASE ORDER BY t.id`,
    )
    .pluck()
    .all(articleId, exceptRequestId, claimant) as number[];
}

export interface PurgedText {
  /** The sha256 of each raw file emptied. */
  raw: string[];
  /** Other articles imported from one of those files (a JSON array, an updated page): their raw bytes went too. */
  sharedWith: number[];
}

/**
 * Deletes an article's text for good: its search index entries, its body, and the raw bytes of every
 * file it was imported or updated from (found through the import entries of the audit log), keeping
 * title, URLs and hashes as proof. SQLite overwrites the freed bytes (secure_delete, connection.ts);
 * `purging` then empties the write-ahead log.
 */
export function purgeArticleText(db: Db, articleId: number): PurgedText {
  unindexArticle(db, articleId);
  // The subject is built here: SQL's `'article:' || ?` would read a bound JavaScript number as 1.0.
  const blobs = db
    .prepare(
      `
    SELECT b.id, b.sha256 FROM articles a JOIN provenance p ON p.id = a.provenance_id JOIN raw_blobs b ON b.id = p.blob_id
      WHERE a.id = @id
    UNION
    SELECT b.id, b.sha256 FROM audit_log l JOIN raw_blobs b ON b.sha256 = json_extract(l.details, '$.sha256')
      WHERE l.subject = @subject AND l.action IN ('article.imported', 'article.updated')
    ORDER BY 2`,
    )
    .all({ id: articleId, subject: `article:${articleId}` }) as Array<{ id: number; sha256: string }>;
  const blobIds = JSON.stringify(blobs.map((b) => b.id));
  const sharedWith = db
    .prepare(
      `SELECT DISTINCT a.id FROM articles a JOIN provenance p ON p.id = a.provenance_id
    WHERE p.blob_id IN (SELECT value FROM json_each(?)) AND a.id <> ? AND a.status <> 'purged' ORDER BY a.id`,
    )
    .pluck()
    .all(blobIds, articleId) as number[];
  const emptyBlob = db.prepare('UPDATE raw_blobs SET data = NULL WHERE id = ?');
  for (const blob of blobs) emptyBlob.run(blob.id);
  db.prepare(`UPDATE articles SET body = NULL, status = 'purged' WHERE id = ?`).run(articleId);
  return { raw: blobs.map((b) => b.sha256), sharedWith };
}

/**
 * Runs a purge, then empties the write-ahead log, whose older page images still hold the text.
 * `logCleared` is false when another connection's read kept the log from being emptied.
 */
export function purging<T>(db: Db, purge: () => T): { result: T; logCleared: boolean } {
  const result = purge();
  return { result, logCleared: emptyWriteAheadLog(db) };
}

export interface ArticleChoice {
  id: number;
  title: string;
  published: string | null;
  status: ArticleStatus;
}

/**
 * Articles whose title contains every word of the text (words split at spaces), newest first: the
 * choices of the interactive article picker.
 */
export function findArticlesByTitle(db: Db, text: string, limit: number): ArticleChoice[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const where = words.map(() => `title LIKE ? ${LIKE_ESCAPE}`).join(' AND ');
  return db
    .prepare(
      `SELECT id, title, published, status FROM articles WHERE ${where}
    ORDER BY published DESC NULLS LAST, id DESC LIMIT ?`,
    )
    .all(...words.map(containsPattern), limit) as ArticleChoice[];
}

/** The picker's choices for articles already found (by id or URL), in id order. */
export function articleChoices(db: Db, ids: number[]): ArticleChoice[] {
  return db
    .prepare(
      `SELECT id, title, published, status FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(ids)) as ArticleChoice[];
}

/** How many requests are in each state (states without any are left out). */
export function requestCountsByStatus(db: Db): Partial<Record<TakedownStatus, number>> {
  return countsByStatus<TakedownStatus>(db, 'takedowns');
}
