/** Corrections of a recorded request, and reading an attachment's bytes back: the SQL of takedown/edit.ts. */
import type { Db } from './connection.js';
import type { StoredRequest } from './takedowns.js';

/** The request's columns an edit may change, all given. */
export type EditableColumns = Pick<
  StoredRequest,
  | 'received'
  | 'received_date'
  | 'due'
  | 'late'
  | 'claimant'
  | 'contact'
  | 'work'
  | 'reason'
  | 'channel'
  | 'days_override'
  | 'override_unit'
>;

export function updateRequestColumns(db: Db, id: number, columns: EditableColumns): void {
  db.prepare(
    `UPDATE takedowns SET received = @received, received_date = @received_date, due = @due, late = @late,
      claimant = @claimant, contact = @contact, work = @work, reason = @reason, channel = @channel,
      days_override = @days_override, override_unit = @override_unit
    WHERE id = @id`,
  ).run({ ...columns, late: columns.late ? 1 : 0, id });
}

/** Makes the request name exactly these articles. */
export function setRequestArticles(db: Db, id: number, articleIds: number[]): void {
  db.prepare('DELETE FROM takedown_articles WHERE takedown_id = ?').run(id);
  const link = db.prepare('INSERT INTO takedown_articles (takedown_id, article_id) VALUES (?, ?)');
  for (const articleId of articleIds) link.run(id, articleId);
}

/** An attachment's bytes (empty once redacted), by its row id. */
export function attachmentBytes(db: Db, attachmentId: number): Uint8Array {
  return db.prepare('SELECT data FROM attachments WHERE id = ?').pluck().get(attachmentId) as Uint8Array;
}
