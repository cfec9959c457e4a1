import type { AuditContext } from '../db/audit.js';
import { appendAudit } from '../db/audit.js';
import { findDuplicate, insertArticle, updateArticle, type StoredProvenance } from '../db/articles.js';
import type { Db } from '../db/connection.js';
import { cachedStatement } from '../db/statements.js';
import type { InputFormat } from './parse.js';
import { prepareUnit, type PreparedSource } from './prepare.js';
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

/** Writes are grouped into short transactions: fast, yet never holding the write lock long. */
const BATCH_ITEMS = 500;
const BATCH_MS = 200;
/** How many units may be read and parsed ahead of the writer. */
const READ_AHEAD = 32;

/**
 * Imports every source: parse (possibly off-thread), dedupe, store each article with its provenance
 * and an audit entry. A failed item writes nothing and the run goes on; --strict rolls all back.
 */
export async function runImport(db: Db, sources: Source[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, duplicates: 0, failed: 0 };
  const prepare = options.prepare ?? inlinePrepare;
  const singleTransaction = options.strict || options.dryRun;
  let inTransaction = false;
  let batchItems = 0;
  let batchStart = 0;
  let unitsDone = 0;

  const run = (sql: string) => cachedStatement(db, sql).run();
  const begin = () => { run('BEGIN IMMEDIATE'); inTransaction = true; batchItems = 0; batchStart = Date.now(); };
  const commit = () => { if (inTransaction) { run('COMMIT'); inTransaction = false; } };
  const rollback = () => { if (inTransaction) { run('ROLLBACK'); inTransaction = false; } };

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
      if (item.page && item.bodyHash) {
        if (!inTransaction) begin();
        run('SAVEPOINT item');
        try {
          Object.assign(result, storeItem(db, item.page, item.bodyHash, {
            path: unit.path, line: item.line, sha256: prepared.sha256, encoding: prepared.encoding,
            format: prepared.format, importedAt: options.importedAt, rawSize: prepared.rawSize, raw: prepared.raw,
          }, options));
          run('RELEASE item');
        } catch (err) {
          run('ROLLBACK TO item');
          run('RELEASE item');
          result.error = `not stored: ${(err as Error).message}`;
        }
        batchItems++;
      }
      report(result);
    }
    if (!singleTransaction && inTransaction && (batchItems >= BATCH_ITEMS || Date.now() - batchStart >= BATCH_MS)) commit();
  };

  const pending: Array<{ unit: Unit; prepared: Promise<PreparedSource> | null }> = [];
  const drainOne = async () => {
    const next = pending.shift()!;
    if (next.prepared) store(next.unit, await next.prepared);
    else report({ path: next.unit.path, line: next.unit.line ?? null, status: 'failed', id: null, duplicate_of: null, error: next.unit.error ?? 'unreadable' });
    options.onProgress?.(++unitsDone);
  };

  try {
    if (singleTransaction) begin();
    for await (const unit of sourceUnits(sources, options)) {
      const prepared = unit.error ? null : prepare(unit, { encoding: options.encoding, maxBytes: options.maxBytes });
      pending.push({ unit, prepared });
      if (pending.length >= READ_AHEAD) await drainOne();
    }
    while (pending.length) await drainOne();
    if (options.dryRun) rollback();
    else commit();
  } catch (err) {
    rollback();
    throw err;
  }
  return summary;
}

function storeItem(db: Db, page: NonNullable<PreparedSource['items'][number]['page']>, bodyHash: string,
  provenance: StoredProvenance, options: ImportOptions): Partial<ImportItemResult> {
  const duplicate = findDuplicate(db, page.original_url, bodyHash);
  if (duplicate && (options.onDuplicate === 'skip' || duplicate.status !== 'active')) {
    // A taken-down article is never revived by importing its page again.
    return { status: 'duplicate', duplicate_of: duplicate.id, error: null };
  }
  if (duplicate && options.onDuplicate === 'update') {
    updateArticle(db, duplicate.id, page, bodyHash, provenance);
    appendAudit(db, options.audit, 'article.updated', `article:${duplicate.id}`, { path: provenance.path, sha256: provenance.sha256 });
    return { status: 'updated', id: duplicate.id, error: null };
  }
  const id = insertArticle(db, page, bodyHash, provenance);
  appendAudit(db, options.audit, 'article.imported', `article:${id}`, { path: provenance.path, sha256: provenance.sha256, line: provenance.line });
  return { status: 'imported', id, duplicate_of: duplicate?.id ?? null, error: null };
}
