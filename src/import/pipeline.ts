import type { AuditContext } from '../db/audit.js';
import { appendAudit } from '../db/audit.js';
import { findDuplicate, insertArticle, updateArticle, type StoredProvenance } from '../db/articles.js';
import type { Db } from '../db/connection.js';
import { deleteFromIndex, indexArticle, indexedTokens } from '../db/search-index.js';
import { RefusedItemError, WriteBatch } from '../db/write-batch.js';
import type { SearchTokens } from '../search/article-tokens.js';
import type { ParsedPage } from '../types.js';
import type { InputFormat } from './formats.js';
import type { Source } from './inputs/sources.js';
import { prepareUnit, sourceUnits, type PrepareUnit, type Unit, type UnitOptions } from './inputs/units.js';
import { timedOut } from './inputs/fetch.js';
import { prepareWithin } from './inputs/workers.js';
import type { PreparedItem, PreparedSource } from './pages/prepare.js';

export type DuplicatePolicy = 'skip' | 'update' | 'keep';

export interface ImportItemResult {
  path: string;
  line: number | null;
  status: 'imported' | 'updated' | 'duplicate' | 'failed';
  id: number | null;
  duplicate_of: number | null;
  error: string | null;
  /** What the reader should know about an imported or updated page: no date found, a fallback title, a short body. */
  warnings: string[];
}

export interface ImportSummary {
  imported: number;
  updated: number;
  duplicates: number;
  failed: number;
}

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
  prepare?: PrepareUnit;
  /** The operator's site (`config set site-url`): tells a page's own address from its source's. */
  siteUrl?: string;
  /** Aborted (Ctrl-C): the run stops after the current unit, keeps what it wrote, and throws ImportInterruptedError. */
  signal?: AbortSignal;
}

/** Thrown when the run was stopped through its signal, after committing what it had written (nothing in a dry or strict run). */
export class ImportInterruptedError extends Error {
  constructor(
    readonly summary: ImportSummary,
    readonly kept: boolean,
  ) {
    super('import interrupted');
  }
}

/** Thrown (after rolling back) when --strict meets its first failure. */
export class StrictImportError extends Error {
  constructor(readonly item: ImportItemResult) {
    super(`--strict: stopped at ${item.path}${item.line ? `:${item.line}` : ''}; nothing was imported`);
  }
}

/**
 * Imports at least this large end with some upkeep: the planner's statistics (about 1 s per 100 000
 * articles) and the free pages index merges leave (about 0.1 s).
 */
const UPKEEP_AFTER = 1000;
/** How many units may be read and parsed ahead of the writer. */
const READ_AHEAD = 32;

/**
 * Imports every source: parse (possibly off-thread), dedupe, store each article with its provenance
 * and an audit entry. A failed item writes nothing and the run goes on; --strict rolls all back.
 */
export async function runImport(db: Db, sources: Iterable<Source>, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, duplicates: 0, failed: 0 };
  const decided = (result: ImportItemResult) => {
    tally(summary, result);
    options.onItem?.(result);
    if (result.status === 'failed' && options.strict) throw new StrictImportError(result);
  };
  const batch = new WriteBatch(db, { whole: options.strict || options.dryRun });
  let unitsDone = 0;
  try {
    batch.start();
    for await (const { unit, prepared } of preparedInOrder(sourceUnits(sources, options), options)) {
      if (prepared) storeSource(db, batch, unit, prepared, options, decided);
      else decided(failedItem(unit.path, unit.line ?? null, unit.error ?? 'unreadable'));
      options.onProgress?.(++unitsDone);
      await batch.commitIfFull();
      if (options.signal?.aborted) break;
    }
    // Interrupted, a plain run keeps every whole item it wrote; a strict run is all or nothing.
    const keep = !options.dryRun && !(options.strict && options.signal?.aborted);
    if (keep) batch.finish({ upkeep: summary.imported + summary.updated >= UPKEEP_AFTER });
    else batch.rollback();
    if (options.signal?.aborted) throw new ImportInterruptedError(summary, keep);
  } catch (err) {
    if (err instanceof ImportInterruptedError) throw err;
    // A database error (full disk, read-only file) rolls back the open batch only: earlier batches stay.
    throw batch.abandon(err);
  }
  return summary;
}

function tally(summary: ImportSummary, result: ImportItemResult): void {
  if (result.status === 'imported') summary.imported++;
  else if (result.status === 'updated') summary.updated++;
  else if (result.status === 'duplicate') summary.duplicates++;
  else summary.failed++;
}

const failedItem = (path: string, line: number | null, error: string | null): ImportItemResult => ({
  path,
  line,
  status: 'failed',
  id: null,
  duplicate_of: null,
  error,
  warnings: [],
});

/** Each unit with what it held (null when it failed before parsing), in input order, prepared READ_AHEAD ahead. */
async function* preparedInOrder(
  units: AsyncIterable<Unit>,
  options: ImportOptions,
): AsyncGenerator<{ unit: Unit; prepared: PreparedSource | null }> {
  const prepare = options.prepare ?? (async (unit, prepareOptions) => prepareUnit(unit, prepareOptions));
  const prepareOptions = { encoding: options.encoding, maxBytes: options.maxBytes, siteUrl: options.siteUrl };
  const pending: Array<{ unit: Unit; prepared: Promise<PreparedSource> | null }> = [];
  const oldest = async () => {
    const { unit, prepared } = pending.shift()!;
    return { unit, prepared: prepared && (await prepared) };
  };
  const started = (unit: Unit) =>
    unit.deadline === undefined
      ? prepare(unit, prepareOptions)
      : prepareWithin(unit, prepareOptions, unit.deadline - Date.now(), timedOut(options.timeoutMs));
  for await (const unit of units) {
    pending.push({ unit, prepared: unit.error ? null : started(unit) });
    if (pending.length >= READ_AHEAD) yield await oldest();
  }
  while (pending.length) yield await oldest();
}

/** Stores every item of one unit, each decided before the next is written: --strict stops at the first failure. */
function storeSource(
  db: Db,
  batch: WriteBatch,
  unit: Unit,
  prepared: PreparedSource,
  options: ImportOptions,
  decided: (result: ImportItemResult) => void,
): void {
  for (const item of prepared.items) {
    if (!isStorable(item)) {
      decided({ ...failedItem(unit.path, item.line, item.error), warnings: item.warnings });
      continue;
    }
    const provenance: StoredProvenance = {
      path: unit.path,
      line: item.line,
      sha256: prepared.sha256,
      encoding: prepared.encoding,
      format: prepared.format,
      importedAt: options.importedAt,
      rawSize: prepared.rawSize,
      raw: prepared.raw,
    };
    let stored: Partial<ImportItemResult>;
    try {
      stored = storeItem(db, batch, item, provenance, options);
    } catch (err) {
      // A row SQLite refuses fails its item alone; any other error is the database's, and ends the run.
      if (!(err instanceof RefusedItemError)) throw err;
      stored = { status: 'failed', error: err.message };
    }
    const warnings = stored.status === 'duplicate' ? [] : item.warnings;
    decided({ ...failedItem(unit.path, item.line, null), ...stored, warnings });
  }
}

type StorableItem = PreparedItem & { page: ParsedPage; bodyHash: string; tokens: SearchTokens };

const isStorable = (item: PreparedItem): item is StorableItem =>
  item.page !== null && item.bodyHash !== null && item.tokens !== null;

/** One item's rows in a savepoint of the batch, its index writes queued behind them. */
function storeItem(
  db: Db,
  batch: WriteBatch,
  item: StorableItem,
  provenance: StoredProvenance,
  options: ImportOptions,
): Partial<ImportItemResult> {
  const { page, bodyHash, tokens } = item;
  const duplicate = batch.read(() => findDuplicate(db, page, bodyHash));
  if (duplicate && (options.onDuplicate === 'skip' || duplicate.status !== 'active')) {
    // A taken-down article is never revived by importing its page again.
    return { status: 'duplicate', duplicate_of: duplicate.id, error: null };
  }
  if (duplicate && options.onDuplicate === 'update') {
    const { id } = duplicate;
    // Out of the index by the tokens of the stored text, read before it changes: FTS5 deletes by its tokens.
    batch.settleIndex(id);
    const old = indexedTokens(db, id);
    batch.write(() => {
      updateArticle(db, id, page, bodyHash, provenance);
      appendAudit(db, options.audit, 'article.updated', `article:${id}`, {
        path: provenance.path,
        sha256: provenance.sha256,
      });
    });
    queueIndex(db, batch, id, tokens, old);
    return { status: 'updated', id, error: null };
  }
  const id = batch.write(() => {
    const inserted = insertArticle(db, page, bodyHash, provenance);
    appendAudit(db, options.audit, 'article.imported', `article:${inserted}`, {
      path: provenance.path,
      sha256: provenance.sha256,
      line: provenance.line,
    });
    return inserted;
  });
  queueIndex(db, batch, id, tokens, null);
  return { status: 'imported', id, duplicate_of: duplicate?.id ?? null, error: null };
}

/**
 * The article's index writes, queued behind its rows (replacing what `old` indexed). A function of its own:
 * a closure made in storeItem would keep the page and its raw bytes alive with the queue.
 */
function queueIndex(db: Db, batch: WriteBatch, id: number, tokens: SearchTokens, old: SearchTokens | null): void {
  const size = tokens.title.length + tokens.body.length + tokens.source.length + tokens.author.length;
  batch.index(id, size, () => {
    if (old) deleteFromIndex(db, id, old);
    indexArticle(db, id, tokens);
  });
}
