import { sha256Hex } from '../hash.js';
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

function entryHash(
  prevHash: string,
  at: string,
  actor: string,
  action: string,
  subject: string,
  details: string,
): string {
  return sha256Hex([prevHash, at, actor, action, subject, details].join('\u001f'));
}

/** Appends one entry chained to the last; call inside the transaction that makes the change. */
export function appendAudit(
  db: Db,
  ctx: AuditContext,
  action: string,
  subject: string,
  details: Record<string, unknown> = {},
): void {
  const last = cachedStatement(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const detailsJson = JSON.stringify(details);
  cachedStatement(
    db,
    'INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    ctx.at,
    ctx.actor,
    action,
    subject,
    detailsJson,
    prev,
    entryHash(prev, ctx.at, ctx.actor, action, subject, detailsJson),
  );
}

export interface AuditFilter {
  subjects?: string[];
  /** Only the newest `limit` entries (still oldest first), as `tail` would show them. */
  limit?: number;
}

interface AuditRow extends Omit<AuditEntry, 'details'> {
  details: string;
}

/** Details as arca writes them, a JSON object; null for anything else (a direct edit of the file). */
function detailsObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function listAudit(db: Db, filter: AuditFilter = {}): AuditEntry[] {
  const where = filter.subjects?.length ? `WHERE subject IN (${filter.subjects.map(() => '?').join(', ')})` : '';
  const limit = filter.limit ? 'LIMIT ?' : '';
  const params: unknown[] = [...(filter.subjects ?? [])];
  if (filter.limit) params.push(filter.limit);
  const rows = db
    .prepare(`SELECT * FROM (SELECT * FROM audit_log ${where} ORDER BY seq DESC ${limit}) ORDER BY seq`)
    .all(...params) as AuditRow[];
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
  const stored = new Map(
    db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'")
      .raw()
      .all() as Array<[string, string]>,
  );
  const missing = Object.entries(APPEND_ONLY_TRIGGERS)
    .filter(
      ([name, event]) => !(stored.get(name) ?? '').includes(event) || !(stored.get(name) ?? '').includes('RAISE(ABORT'),
    )
    .map(([name]) => name);
  return missing.length === 0
    ? null
    : `the audit log is no longer append-only (trigger ${missing.join(' and ')} removed or changed): entries may have been edited since`;
}

/** The newest entry of the log: the head an operator keeps elsewhere, to prove later that nothing was cut off. */
export function auditHead(db: Db): { seq: number; hash: string } | null {
  return (
    (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined) ?? null
  );
}

/** The entry whose hash is, or starts with, `hash` (hex digits), if the log still holds it. */
export function auditEntryWithHash(db: Db, hash: string): { seq: number } | null {
  const prefix = hash.toLowerCase();
  const row = db
    .prepare('SELECT seq FROM audit_log WHERE substr(hash, 1, ?) = ? ORDER BY seq LIMIT 1')
    .get(prefix.length, prefix) as { seq: number } | undefined;
  return row ?? null;
}

/** The state each logged action leaves its subject in; other actions (updates, config) leave it as it was. */
const STATE_AFTER: Record<string, string> = {
  'article.imported': 'active',
  'article.removed': 'removed',
  'article.restored': 'active',
  'article.purged': 'purged',
  'takedown.opened': 'open',
  'takedown.removed': 'removed',
  'takedown.rejected': 'rejected',
  'takedown.withdrawn': 'withdrawn',
  'takedown.countered': 'countered',
  'takedown.restored': 'restored',
};

/** How many disagreements are named one by one; the rest are counted. */
const NAMED_STATE_PROBLEMS = 10;

/**
 * Replays the log and compares the state it leaves every article and request in with the state the
 * tables hold: an `UPDATE articles SET status = 'active'` behind arca's back shows here, since the log
 * (hash-chained) says otherwise. Empty when they agree.
 */
export function stateReplayProblems(db: Db): string[] {
  const logged = new Map<string, string>();
  const entries = db.prepare('SELECT action, subject FROM audit_log ORDER BY seq').raw().iterate() as IterableIterator<
    [string, string]
  >;
  for (const [action, subject] of entries) {
    const state = STATE_AFTER[action];
    if (state !== undefined) logged.set(subject, state);
  }
  const stored = db
    .prepare(
      `SELECT 'article:' || id, 'article ' || id, status FROM articles
    UNION ALL SELECT 'request:' || id, 'request R' || id, status FROM takedowns`,
    )
    .raw()
    .all() as Array<[string, string, string]>;
  const problems: string[] = [];
  for (const [subject, name, status] of stored) {
    const expected = logged.get(subject);
    if (expected === undefined) problems.push(`${name} is ${status}, but the log never recorded it`);
    else if (expected !== status)
      problems.push(`${name} is ${status}, but the log says ${expected}: its state was changed outside arca`);
  }
  if (problems.length <= NAMED_STATE_PROBLEMS) return problems;
  return [
    ...problems.slice(0, NAMED_STATE_PROBLEMS),
    `${problems.length - NAMED_STATE_PROBLEMS} more disagree with the log`,
  ];
}
