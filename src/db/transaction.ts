import type { Db } from './connection.js';

/**
 * Runs `work` in one write transaction, taking the write lock at once (BEGIN IMMEDIATE): a change
 * read-then-written by core code can neither interleave with another writer nor fail half-way.
 */
export function inWriteTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
