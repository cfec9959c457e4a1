import type { AuditContext } from '../db/audit.js';
import { appendAudit } from '../db/audit.js';
import { findDuplicate, insertArticle, updateArticle, type StoredProvenance } from '../db/articles.js';
import { archiveFileError, type Db } from '../db/connection.js';
import { cachedStatement } from '../db/statements.js';
import type { InputFormat } from './parse.js';
import { prepareUnit, type PreparedItem, type PreparedSource } from './prepare.js';
import { indexArticle, unindexArticle } from '../db/search-index.js';
import { refreshPlannerStatistics, releaseFreePages } from '../db/maintenance.js';
import type { SearchTokens } from '../search/article-tokens.js';
import type { ParsedPage } from '../types.js';
import type { Source } from './sources.js';
import { sourceUnits, type Unit, type UnitOptions } from './units.js';

export type DuplicatePolicy = 'skip' | 'update' | 'keep';

export interface ImportItemResult {
  path: string;
  line: number | null;
  status: 'imported' | 'updated' | 'duplicate' | 'failed';
  id: number | null;
  duplicate_of: number | null;
  error: string | null;
}

export interface ImportSummary { imported: number; updated: number; duplicates: number; failed: number }

export interface ImportOptions extends Omit<UnitOptions, 'format'> {
  format?: InputFormat;
  encoding?: string;
  onDuplicate: DuplicatePolicy;
  dryRun: boolean;
  strict: boolean;
  /** The run's instant, UTC ISO: the imported_at of every article it stores. */
  importedAt: string;
  audit: AuditContext;
  /** Called for every item as it is decided, in input order. */
  onItem?: (result: ImportItemResult) => void;
  /** Called after each source unit; `done` counts units. */
  onProgress?: (done: number) => void;
  /** Runs decode + parse; defaults to the calling thread. */
  prepare?: (unit: Unit, options: { encoding?: string; maxBytes: number }) => Promise<PreparedSource>;
}

/** Thrown (after rolling back) when --strict meets its first failure. */
export class StrictImportError extends Error {
  constructor(readonly item: ImportItemResult) {
    super(`--strict: stopped at ${item.path}${item.line ? `:${item.line}` : ''}; nothing was imported`);
  }
}

const inlinePrepare: NonNullable<ImportOptions['prepare']> = async (unit, options) => prepareUnit(unit, options);

/**
 * Writes are grouped into transactions of up to 5000 items or 3 s: FTS5 writes an index segment per
 * transaction, so bigger ones import much faster, while another writer waits at most a few seconds.
 */
const BATCH_ITEMS = 5000;
const BATCH_MS = 3000;
/**
 * Imports at least this large end with some upkeep: the planner's statistics (about 1 s per 100 000
 * articles) and the free pages index merges leave (about 0.1 s).
 */
const UPKEEP_AFTER = 1000;
/** How many units may be read and parsed ahead of the writer. */
const READ_AHEAD = 32;
/**
 * The write lock is left free this long after each batch: longer than SQLite's busy handler sleeps
 * (at most 100 ms), so another process waiting to write gets its turn instead of starving.
 */
const LOCK_GAP_MS = 120;
/** Busy timeouts (10 s each, see connection.ts) a batch waits for the write lock before the run fails. */
const BEGIN_ATTEMPTS = 6;

/**
 * Imports every source: parse (possibly off-thread), dedupe, store each article with its provenance
 * and an audit entry. A failed item writes nothing and the run goes on; --strict rolls all back.
 */
export async function runImport(db: Db, sources: Iterable<Source>, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, duplicates: 0, failed: 0 };
  const prepare = options.prepare ?? inlinePrepare;
  const singleTransaction = options.strict || options.dryRun;
  // Index segments and article pages are written side by side: a larger page cache keeps them from evicting each other.
  db.pragma('cache_size = -65536');
  let batchItems = 0;
  let batchStart = 0;
  let unitsDone = 0;

  const run = (sql: string) => cachedStatement(db, sql).run();
  const begin = () => {
    for (let attempt = 1; ; attempt++) {
      try {
        run('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || attempt === BEGIN_ATTEMPTS) throw err;
      }
    }
    batchItems = 0;
    batchStart = Date.now();
  };
  // Asked of SQLite, not remembered: after a full disk or an I/O error SQLite may already have rolled back.
  const commit = () => { if (db.inTransaction) run('COMMIT'); };
  const rollback = () => { if (db.inTransaction) run('ROLLBACK'); };

  const report = (result: ImportItemResult) => {
    if (result.status === 'imported') summary.imported++;
    else if (result.status === 'updated') summary.updated++;
    else if (result.status === 'duplicate') summary.duplicates++;
    else summary.failed++;
    options.onItem?.(result);
    if (result.status === 'failed' && options.strict) {
      rollback();
      throw new StrictImportError(result);
    }
  };

  const store = (unit: Unit, prepared: PreparedSource) => {
    for (const item of prepared.items) {
      const result: ImportItemResult = { path: unit.path, line: item.line, status: 'failed', id: null, duplicate_of: null, error: item.error };
      if (isStorable(item)) {
        if (!db.inTransaction) begin();
        // No savepoint per item: FTS5 flushes its pending index at every savepoint, which made imports
        // three times slower. Nothing in storeItem can fail for one item alone; a database error (full
        // disk, read-only file) stops the run, rolling back this batch only: earlier batches stay.
        Object.assign(result, storeItem(db, item, {
          path: unit.path, line: item.line, sha256: prepared.sha256, encoding: prepared.encoding,
          format: prepared.format, importedAt: options.importedAt, rawSize: prepared.rawSize, raw: prepared.raw,
        }, options));
        batchItems++;
      }
      report(result);
    }
  };

  const pending: Array<{ unit: Unit; prepared: Promise<PreparedSource> | null }> = [];
  const drainOne = async () => {
    const next = pending.shift()!;
    if (next.prepared) store(next.unit, await next.prepared);
    else report({ path: next.unit.path, line: next.unit.line ?? null, status: 'failed', id: null, duplicate_of: null, error: next.unit.error ?? 'unreadable' });
    options.onProgress?.(++unitsDone);
    if (!singleTransaction && db.inTransaction && (batchItems >= BATCH_ITEMS || Date.now() - batchStart >= BATCH_MS)) {
      commit();
      await new Promise((resolve) => setTimeout(resolve, LOCK_GAP_MS));
    }
  };

  try {
    if (singleTransaction) begin();
    for await (const unit of sourceUnits(sources, options)) {
      const prepared = unit.error ? null : prepare(unit, { encoding: options.encoding, maxBytes: options.maxBytes });
      pending.push({ unit, prepared });
      if (pending.length >= READ_AHEAD) await drainOne();
    }
    while (pending.length) await drainOne();
    if (options.dryRun) {
      rollback();
    } else {
      // In the last batch's transaction: separate upkeep would queue for the write lock again, and
      // fail a finished import when other imports keep it busy.
      if (summary.imported + summary.updated >= UPKEEP_AFTER) {
        if (!db.inTransaction) begin();
        refreshPlannerStatistics(db);
        releaseFreePages(db);
      }
      commit();
    }
  } catch (err) {
    rollback();
    throw archiveFileError(db.name, err) ?? err;
  }
  return summary;
}

type StorableItem = PreparedItem & { page: ParsedPage; bodyHash: string; tokens: SearchTokens };

const isStorable = (item: PreparedItem): item is StorableItem => item.page !== null && item.bodyHash !== null && item.tokens !== null;

function storeItem(db: Db, item: StorableItem, provenance: StoredProvenance, options: ImportOptions): Partial<ImportItemResult> {
  const { page, bodyHash, tokens } = item;
  const duplicate = findDuplicate(db, page.original_url, bodyHash);
  if (duplicate && (options.onDuplicate === 'skip' || duplicate.status !== 'active')) {
    // A taken-down article is never revived by importing its page again.
    return { status: 'duplicate', duplicate_of: duplicate.id, error: null };
  }
  if (duplicate && options.onDuplicate === 'update') {
    // Out of the index while the stored text is still the old version's: FTS5 deletes by its tokens.
    unindexArticle(db, duplicate.id);
    updateArticle(db, duplicate.id, page, bodyHash, provenance);
    indexArticle(db, duplicate.id, tokens);
    appendAudit(db, options.audit, 'article.updated', `article:${duplicate.id}`, { path: provenance.path, sha256: provenance.sha256 });
    return { status: 'updated', id: duplicate.id, error: null };
  }
  const id = insertArticle(db, page, bodyHash, provenance);
  indexArticle(db, id, tokens);
  appendAudit(db, options.audit, 'article.imported', `article:${id}`, { path: provenance.path, sha256: provenance.sha256, line: provenance.line });
  return { status: 'imported', id, duplicate_of: duplicate?.id ?? null, error: null };
}
