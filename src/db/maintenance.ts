/** Looking after the archive file itself: what is in it, whether it is sound, copies of it. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeAtomically } from '../files.js';
import { sha256Hex } from '../hash.js';
import type { ArticleStatus } from '../types.js';
import type { Db } from './connection.js';
import { damageSentence } from './sqlite-errors.js';
import { t } from '../i18n/index.js';

/** How many rows of a table with a status column are in each state (states without any are left out). */
export function countsByStatus<Status extends string>(
  db: Db,
  table: 'articles' | 'takedowns',
): Partial<Record<Status, number>> {
  const rows = db.prepare(`SELECT status, count(*) FROM ${table} GROUP BY status`).raw().all();
  return Object.fromEntries(rows as Array<[Status, number]>) as Partial<Record<Status, number>>;
}

/** How many articles are in each state (states without any are left out). */
export function articleCountsByStatus(db: Db): Partial<Record<ArticleStatus, number>> {
  return countsByStatus<ArticleStatus>(db, 'articles');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * What SQLite itself finds wrong with the file: damaged pages or indexes (integrity_check) and
 * rows pointing at rows that do not exist (foreign_key_check). Empty when the file is sound.
 */
export function storageProblems(db: Db): string[] {
  try {
    return sqliteProblems(db);
  } catch (err) {
    const damage = damageSentence(err);
    if (damage) return [damage];
    throw err;
  }
}

function sqliteProblems(db: Db): string[] {
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
    .map((r) => r.integrity_check)
    .filter((line) => line !== 'ok')
    .map((line) => `SQLite integrity check: ${line.replace(/^\*\*\* in database \w+ \*\*\*\n/, '')}`);
  const foreignKeys = (
    db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>
  ).map(
    (r) => `${r.rowid === null ? `a ${r.table} row` : `${r.table} row ${r.rowid}`} refers to a missing ${r.parent} row`,
  );
  return [...integrity, ...foreignKeys];
}

/** How many evidence problems are named one by one; the rest are counted. */
const NAMED_EVIDENCE_PROBLEMS = 10;

/**
 * Raw page bytes (the evidence) that no longer hash to the sha256 recorded when they were imported:
 * rewritten in place, or damaged. Reads one file's bytes at a time. Empty when all verify.
 */
export function rawEvidenceProblems(db: Db): string[] {
  const bad: string[] = [];
  // Required here, not imported: this module is part of every run's start-up, and only `db check` decompresses.
  const { brotliDecompressSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  const blobs = db
    .prepare('SELECT id, sha256, size, data FROM raw_blobs WHERE data IS NOT NULL ORDER BY id')
    .iterate() as IterableIterator<{ id: number; sha256: string; size: number; data: Uint8Array }>;
  for (const blob of blobs) {
    let bytes: Buffer;
    try {
      bytes = brotliDecompressSync(blob.data);
    } catch {
      bad.push(`raw file ${blob.sha256.slice(0, 12)}… cannot be decompressed`);
      continue;
    }
    if (bytes.length !== blob.size || sha256Hex(bytes) !== blob.sha256) {
      bad.push(`raw file ${blob.sha256.slice(0, 12)}… no longer matches its sha256`);
    }
  }
  if (bad.length === 0) return [];
  const named = bad.slice(0, NAMED_EVIDENCE_PROBLEMS).map((line) => `${line}: the imported evidence was altered`);
  const more = bad.length - named.length;
  return more > 0 ? [...named, `${more} more raw files do not match their sha256`] : named;
}

/** A backup target arca refuses (the archive itself, a folder, an existing file without --force): a usage error. */
export class BackupTargetError extends UsageError {}

/** better-sqlite3 caps a backup step at 2^31 - 1 pages: in practice, the whole file. */
const ALL_REMAINING_PAGES = 0x7fffffff;

/**
 * An online copy of the archive (SQLite's backup API, safe while others write), written beside
 * the target and renamed into place so an interrupted backup never leaves a half file behind.
 */
export async function backupArchive(db: Db, target: string, options: { overwrite: boolean }): Promise<void> {
  if (path.resolve(target) === path.resolve(db.name)) throw new BackupTargetError(t('db.backup.itself', { target }));
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw new BackupTargetError(t('db.backup.folder', { target }));
    if (!options.overwrite) throw new BackupTargetError(t('db.backup.exists', { target }));
  }
  const folder = path.dirname(path.resolve(target));
  // SQLite's own message ("the directory does not exist") names no path.
  if (!fs.existsSync(folder)) throw new BackupTargetError(t('db.backup.noFolder', { target, folder }));
  // All pages in one step, one read snapshot: copied a few pages at a time, the backup starts over
  // whenever another process commits, and never ends while an import keeps committing.
  await writeAtomically(target, (partial) => db.backup(partial, { progress: () => ALL_REMAINING_PAGES }));
}

/**
 * Refreshes the query planner's statistics after a large import: without them SQLite reads the big
 * article rows instead of the covering index when it joins search hits (measured 3× slower at 100k).
 */
export function refreshPlannerStatistics(db: Db): void {
  db.exec('ANALYZE articles');
}

/**
 * Gives the file's free pages back to the file system, in archives created with incremental
 * auto-vacuum (connection.ts; older archives keep them for SQLite to reuse). FTS5
 * frees the pages of every segment it merges away: an import of 100 000 articles left ~90 MiB free.
 */
export function releaseFreePages(db: Db): void {
  db.pragma('incremental_vacuum');
}

/**
 * Rewrites the whole file (VACUUM), leaving no byte of deleted data in it: free pages, and the unused
 * space of pages reused after being freed, keep what they held unless secure_delete was on when it was
 * deleted. Also turns on incremental auto-vacuum for an archive made before it. Outside any transaction.
 */
export function rewriteArchiveFile(db: Db): void {
  db.pragma('auto_vacuum = INCREMENTAL');
  db.exec('VACUUM');
  emptyWriteAheadLog(db);
}

/**
 * Copies the write-ahead log into the file and empties it, so the log keeps no older page images.
 * False when another connection's read kept it from being emptied.
 */
export function emptyWriteAheadLog(db: Db): boolean {
  return (db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>)[0].busy === 0;
}
