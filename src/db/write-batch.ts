/**
 * Many small writes grouped into a few transactions: how an import holds the write lock. A batch
 * begins at its first write, commits at its size or age limit, and leaves the lock free a moment
 * after each commit so another writer gets its turn. Each item's rows are written under a savepoint,
 * so a row SQLite refuses fails that item alone; its index writes wait (see `index`).
 */
import { FailureError } from '../errors.js';
import { archiveFileError, type Db } from './connection.js';
import { refreshPlannerStatistics, releaseFreePages } from './maintenance.js';
import { sqliteCode } from './sqlite-errors.js';
import { cachedStatement } from './statements.js';

/** An item whose rows SQLite refused (a constraint): its writes were undone, the batch goes on. */
export class RefusedItemError extends FailureError {}

export interface WriteBatchOptions {
  /** The whole run is one transaction, taken at start (--strict, --dry-run): never committed at the limits. */
  whole: boolean;
}

/**
 * Writes are grouped into transactions of up to 5000 items or 3 s: FTS5 writes an index segment per
 * transaction, so bigger ones import much faster, while another writer waits at most a few seconds.
 */
const BATCH_ITEMS = 5000;
const BATCH_MS = 3000;
/**
 * The write lock is left free this long after each batch: longer than SQLite's busy handler sleeps
 * (at most 100 ms), so another process waiting to write gets its turn instead of starving.
 */
const LOCK_GAP_MS = 120;
/** Busy timeouts (10 s each, see connection.ts) a batch waits for the write lock before the run fails. */
const BEGIN_ATTEMPTS = 6;
/**
 * Index writes wait until this many bytes of tokens are queued (or the batch commits): about what FTS5
 * would hold in memory anyway before it writes a segment.
 */
const INDEX_QUEUE_BYTES = 8 * 1024 * 1024;

export class WriteBatch {
  private items = 0;
  private startedAt = 0;
  private indexQueue: Array<() => void> = [];
  private queuedIds = new Set<number>();
  private queuedBytes = 0;

  constructor(
    private readonly db: Db,
    private readonly options: WriteBatchOptions,
  ) {
    // Index segments and article pages are written side by side: a larger page cache keeps them from
    // evicting each other.
    db.pragma('cache_size = -65536');
  }

  /** Takes the write lock now for a whole-run batch; a batched run takes it at its first write. */
  start(): void {
    if (this.options.whole) this.begin();
  }

  /**
   * Runs one item's row writes in the open transaction (beginning one if none is open), under a savepoint:
   * when SQLite refuses a row, the item's writes are undone and RefusedItemError names the reason. FTS5
   * writes its pending index at every savepoint (a segment per item made imports three times slower), so
   * the item's index writes must go through `index`, never inside `writeItem`.
   */
  write<T>(writeItem: () => T): T {
    this.ensureBegun();
    if (this.queuedBytes >= INDEX_QUEUE_BYTES) this.flushIndex();
    this.run('SAVEPOINT item');
    let result: T;
    try {
      result = writeItem();
    } catch (err) {
      const code = sqliteCode(err);
      if (code === undefined || !code.startsWith('SQLITE_CONSTRAINT') || !this.db.inTransaction) throw err;
      this.run('ROLLBACK TO item');
      this.run('RELEASE item');
      throw new RefusedItemError(`the archive refused this item (${code}: ${(err as Error).message})`, { cause: err });
    }
    this.run('RELEASE item');
    this.items++;
    return result;
  }

  /** Runs a read in the open transaction (beginning one if none is open): it sees the batch's writes. */
  read<T>(readItem: () => T): T {
    this.ensureBegun();
    return readItem();
  }

  /** Queues an index write of article `id`, run in this transaction before it commits (in order). */
  index(id: number, bytes: number, write: () => void): void {
    this.indexQueue.push(write);
    this.queuedIds.add(id);
    this.queuedBytes += bytes;
  }

  /** Runs the queued index writes now when one concerns article `id`: before its indexed text is read back. */
  settleIndex(id: number): void {
    if (this.queuedIds.has(id)) this.flushIndex();
  }

  /** Commits once the batch is at its size or age limit, then leaves the write lock free for a moment. */
  async commitIfFull(): Promise<void> {
    if (this.options.whole || !this.db.inTransaction) return;
    if (this.items < BATCH_ITEMS && Date.now() - this.startedAt < BATCH_MS) return;
    this.commit();
    await new Promise((resolve) => setTimeout(resolve, LOCK_GAP_MS));
  }

  /**
   * Commits the last batch. Upkeep (planner statistics, free pages) runs in its transaction: separate
   * upkeep would queue for the write lock again, and fail a finished run when other writers keep it busy.
   */
  finish(options: { upkeep: boolean }): void {
    this.flushIndex();
    if (options.upkeep) {
      this.ensureBegun();
      refreshPlannerStatistics(this.db);
      releaseFreePages(this.db);
    }
    this.commit();
  }

  /** Rolls back whatever the open batch wrote; earlier batches stay committed. */
  rollback(): void {
    this.clearIndexQueue();
    // Asked of SQLite, not remembered: after a full disk or an I/O error SQLite may already have rolled back.
    if (this.db.inTransaction) this.run('ROLLBACK');
  }

  /** Rolls back after a failure and returns what to throw: a file problem (disk full, read-only) in one line. */
  abandon(err: unknown): unknown {
    this.rollback();
    return archiveFileError(this.db.name, err) ?? err;
  }

  private ensureBegun(): void {
    if (!this.db.inTransaction) this.begin();
  }

  private begin(): void {
    for (let attempt = 1; ; attempt++) {
      try {
        this.run('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || attempt === BEGIN_ATTEMPTS) throw err;
      }
    }
    this.items = 0;
    this.startedAt = Date.now();
  }

  private commit(): void {
    this.flushIndex();
    if (this.db.inTransaction) this.run('COMMIT');
  }

  private flushIndex(): void {
    for (const write of this.indexQueue) write();
    this.clearIndexQueue();
  }

  private clearIndexQueue(): void {
    this.indexQueue = [];
    this.queuedIds.clear();
    this.queuedBytes = 0;
  }

  private run(sql: string): void {
    cachedStatement(this.db, sql).run();
  }
}
