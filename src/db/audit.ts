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

export function listAudit(db: Db, filter: AuditFilter = {}): AuditEntry[] {
  const where = filter.subjects?.length ? `WHERE subject IN (${filter.subjects.map(() => '?').join(', ')})` : '';
  const limit = filter.limit ? 'LIMIT ?' : '';
  const params: unknown[] = [...(filter.subjects ?? [])];
  if (filter.limit) params.push(filter.limit);
  const rows = db.prepare(`SELECT * FROM (SELECT * FROM audit_log ${where} ORDER BY seq DESC ${limit}) ORDER BY seq`).all(...params) as AuditRow[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

/** The first entry whose hash or link does not verify, or null when the chain is intact. */
export function verifyAuditChain(db: Db): { seq: number; problem: string } | null {
  let prev = GENESIS;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (r.prev_hash !== prev) return { seq: r.seq, problem: 'does not link to the entry before it' };
    if (entryHash(r.prev_hash, r.at, r.actor, r.action, r.subject, r.details) !== r.hash) {
      return { seq: r.seq, problem: 'does not match its hash' };
    }
    prev = r.hash;
  }
  return null;
}
