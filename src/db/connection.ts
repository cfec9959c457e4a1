import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { PRIVATE_FOLDER, writeAtomically } from '../files.js';
import { ArchiveError } from './errors.js';
import { archiveFileSentence } from './sqlite-errors.js';
import { ARCA_APPLICATION_ID, newerSchemaError, SCHEMA_VERSION } from './schema.js';

export type Db = BetterSqlite3.Database;

const require = createRequire(import.meta.url);
// Required as CommonJS: an ES import makes Node scan the module for export names, a few ms of every command.
const Database = require('better-sqlite3') as typeof BetterSqlite3;

/** The compiled addon's path: better-sqlite3's own lookup (the `bindings` package) probes a dozen paths. */
function nativeBinding(): string | undefined {
  try {
    return require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined; // built elsewhere (e.g. a Debug build): let better-sqlite3 find it
  }
}

function connect(file: string, options: { fileMustExist?: boolean } = {}): Db {
  return new Database(file, { ...options, nativeBinding: nativeBinding() });
}

/** The version of the SQLite library arca runs on (compiled into better-sqlite3), e.g. "3.49.1". */
export function sqliteVersion(): string {
  const db = connect(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS version').get() as { version: string }).version;
  } finally {
    db.close();
  }
}

/** The migration runner, loaded only for an archive that is new or older than this arca. */
async function loadMigrate() {
  return (await import('./migrations/index.js')).migrate;
}

/** $XDG_DATA_HOME/arca/archive.db, falling back to ~/.local/share/arca/archive.db. */
export function defaultArchivePath(env: NodeJS.ProcessEnv): string {
  const dataHome =
    env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)
      ? env.XDG_DATA_HOME
      : path.join(os.homedir(), '.local', 'share');
  return path.join(dataHome, 'arca', 'archive.db');
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Why an existing file cannot be an archive, judged from its first bytes; undefined when it may be one. */
function notAnArchive(file: string): string | undefined {
  if (fs.statSync(file).isDirectory()) return `${file} is a directory, not an arca archive`;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    // arca never leaves an empty file behind (see createArchive): an empty one is a lost or foreign file.
    if (n === 0) return `${file} is an empty file, not an arca archive (remove it to start a new archive there)`;
    if (n < 16 || !head.equals(SQLITE_HEADER)) return `${file} is not an arca archive (not an SQLite database)`;
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

export interface OpenOptions {
  /** Settings written once when the archive is created (e.g. its time zone); computed only then. */
  initialSettings?: () => Record<string, string>;
  /**
   * Create the archive (folders included) when there is none: only import does. Every other
   * command must fail on a mistyped path rather than answer for an empty archive it just made.
   */
  create?: boolean;
}

/** Thrown for a path with no archive, by every command that does not create one. */
export class MissingArchiveError extends ArchiveError {
  constructor(readonly file: string) {
    super(`no archive at ${file} (import something first, or pass --db)`);
  }
}

/**
 * Opens and migrates an archive (creating folders and file first when `create` is set). WAL and a
 * busy timeout let a cron import and a human session share the file.
 */
export async function openArchive(file: string, options: OpenOptions = {}): Promise<Db> {
  const initialSettings = options.initialSettings ?? (() => ({}));
  if (fs.existsSync(file)) {
    const problem = notAnArchive(file);
    if (problem) throw new ArchiveError(problem);
  } else if (options.create) {
    await createArchive(file, initialSettings);
  } else {
    throw new MissingArchiveError(file);
  }
  let db: Db;
  try {
    db = connect(file, { fileMustExist: true });
  } catch (err) {
    throw archiveFileError(file, err) ?? new ArchiveError(`cannot open archive ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 10000');
    // Before anything is written: another program's database is refused exactly as it was found.
    checkIdentity(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Whatever SQLite deletes (a purged body, a merged-away index segment) is overwritten with zeros,
    // not left in free space where a later page or a backup would carry it (no measurable import cost).
    db.pragma('secure_delete = ON');
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) throw newerSchemaError(current);
    if (current < SCHEMA_VERSION) {
      // Off while upgrading (better-sqlite3 turns them on by default): a migration that makes a table
      // again (008) drops it while rows still point at it; that step checks the references itself.
      db.pragma('foreign_keys = OFF');
      const migrate = await loadMigrate();
      // Two processes may upgrade one archive at once: under the write lock the second finds the work done.
      const afterCommit = db.readonly
        ? migrate(db, initialSettings)
        : db.transaction(() => migrate(db, initialSettings)).immediate();
      for (const step of afterCommit) step(db);
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ArchiveError) throw err;
    throw archiveFileError(file, err) ?? err;
  }
}

/**
 * A new, empty archive that lives in memory only: what `import --dry-run` checks against when there
 * is no archive yet, so that a dry run writes nothing at all.
 */
export async function openMemoryArchive(initialSettings: () => Record<string, string>): Promise<Db> {
  const migrate = await loadMigrate();
  const db = connect(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, initialSettings);
  return db;
}

/**
 * A new archive is built under a temporary name and linked into place complete: no process ever
 * opens a half-made archive, and of two first runs at once only one creates it.
 */
async function createArchive(file: string, initialSettings: () => Record<string, string>): Promise<void> {
  const migrate = await loadMigrate();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER });
  try {
    await writeAtomically(
      file,
      (temp) => {
        const db = connect(temp);
        try {
          db.pragma('secure_delete = ON');
          // Only possible before the first table: lets big imports hand freed pages back (maintenance.ts).
          db.pragma('auto_vacuum = INCREMENTAL');
          db.pragma('journal_mode = WAL');
          migrate(db, initialSettings);
        } finally {
          db.close();
        }
      },
      { replace: false },
    );
  } catch (err) {
    throw archiveFileError(file, err) ?? err;
  }
}

/**
 * The one-line ArchiveError for an SQLite failure of the archive file itself (damaged, read-only,
 * disk full, I/O); undefined for any other error, which concerns a statement rather than the file.
 */
export function archiveFileError(file: string, err: unknown): ArchiveError | undefined {
  const message = archiveFileSentence(file, err);
  return message === undefined ? undefined : new ArchiveError(message, { cause: err });
}

/** An SQLite file that arca did not make (other tables, another application id) is refused. */
function checkIdentity(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === ARCA_APPLICATION_ID) return;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId !== 0 || tables.n > 0) {
    throw new ArchiveError(`${file} is an SQLite database but not an arca archive`);
  }
}
