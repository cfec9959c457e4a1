import { createHash } from 'node:crypto';
import type { Db } from './connection.js';
import { cachedStatement } from './statements.js';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export interface AuditContext {
  /** Instant of the change, ISO 8601 with offset. */
  at: string;
  actor: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, at: string, actor: string, action: string, subject: string, details: string): string {
  return createHash('sha256').update([prevHash, at, actor, action, subject, details].join('\u001f')).digest('hex');
}

/** Appends one entry chained to the last; call inside the transaction that makes the change. */
export function appendAudit(db: Db, ctx: AuditContext, action: string, subject: string, details: Record<string, unknown> = {}): void {
  const last = cachedStatement(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const detailsJson = JSON.stringify(details);
  cachedStatement(db, 'INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(ctx.at, ctx.actor, action, subject, detailsJson, prev, entryHash(prev, ctx.at, ctx.actor, action, subject, detailsJson));
}

export interface AuditFilter {
  subjects?: string[];
  /** Only the newest `limit` entries (still oldest first), as `tail` would show them. */
  limit?: number;
}

interface AuditRow extends Omit<AuditEntry, 'details'> { details: string }

/** Details as arca writes them, a JSON object; null for anything else (a direct edit of the file). */
function detailsObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function listAudit(db: Db, filter: AuditFilter = {}): AuditEntry[] {
  const where = filter.subjects?.length ? `WHERE subject IN (${filter.subjects.map(() => '?').join(', ')})` : '';
  const limit = filter.limit ? 'LIMIT ?' : '';
  const params: unknown[] = [...(filter.subjects ?? [])];
  if (filter.limit) params.push(filter.limit);
  const rows = db.prepare(`SELECT * FROM (SELECT * FROM audit_log ${where} ORDER BY seq DESC ${limit}) ORDER BY seq`).all(...params) as AuditRow[];
  // Details arca could not have written are shown as they are (db check reports them), never thrown on.
  return rows.map((r) => ({ ...r, details: detailsObject(r.details) ?? { unreadable: r.details } }));
}

/**
 * The first entry whose hash or link does not verify, or whose details arca could not have written
 * (not a JSON object), or null when the chain is intact.
 */
export function verifyAuditChain(db: Db): { seq: number; problem: string } | null {
  let prev = GENESIS;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (r.prev_hash !== prev) return { seq: r.seq, problem: 'does not link to the entry before it' };
    if (entryHash(r.prev_hash, r.at, r.actor, r.action, r.subject, r.details) !== r.hash) {
      return { seq: r.seq, problem: 'does not match its hash' };
    }
    if (detailsObject(r.details) === null) return { seq: r.seq, problem: 'has details that are not a JSON object' };
    prev = r.hash;
  }
  return null;
}

/** The triggers of migration 001 that make the log append-only, as SQLite stores them. */
const APPEND_ONLY_TRIGGERS: Record<string, string> = {
  audit_log_no_update: 'BEFORE UPDATE ON audit_log',
  audit_log_no_delete: 'BEFORE DELETE ON audit_log',
};

/** Null while the database still refuses UPDATE and DELETE on the log; else what was removed or changed. */
export function auditProtectionProblem(db: Db): string | null {
  const stored = new Map(db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    .raw().all() as Array<[string, string]>);
  const missing = Object.entries(APPEND_ONLY_TRIGGERS)
    .filter(([name, event]) => !(stored.get(name) ?? '').includes(event) || !(stored.get(name) ?? '').includes('RAISE(ABORT'))
    .map(([name]) => name);
  return missing.length === 0 ? null
    : `the audit log is no longer append-only (trigger ${missing.join(' and ')} removed or changed): entries may have been edited since`;
}
