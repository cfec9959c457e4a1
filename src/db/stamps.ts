/** The RFC 3161 tokens kept with the audit log entries they cover (table audit_stamps, migration 6). */
import type { Db } from './connection.js';

export interface StoredStamp {
  id: number;
  /** The audit entry the token covers, and its chain hash as stamped. */
  seq: number;
  hash: string;
  /** The authority's URL. */
  tsa: string;
  /** The time the authority signed, in the archive's zone. */
  time: string;
  /** The token, DER (a CMS ContentInfo). */
  token: Buffer;
  stamped_at: string;
}

export type NewStamp = Omit<StoredStamp, 'id'>;

export function insertStamp(db: Db, stamp: NewStamp): number {
  return Number(
    db
      .prepare(
        `INSERT INTO audit_stamps (seq, hash, tsa, time, token, stamped_at)
    VALUES (@seq, @hash, @tsa, @time, @token, @stamped_at)`,
      )
      .run(stamp).lastInsertRowid,
  );
}

/** Every stamp, oldest first. */
export function listStamps(db: Db): StoredStamp[] {
  return db
    .prepare('SELECT id, seq, hash, tsa, time, token, stamped_at FROM audit_stamps ORDER BY id')
    .all() as StoredStamp[];
}

/** The chain hash of the audit entry `seq`, if the log holds it. */
export function auditEntryHash(db: Db, seq: number): string | undefined {
  return db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string | undefined;
}
