import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveError } from './errors.js';
import { ARCA_APPLICATION_ID, migrate } from './migrations/index.js';

export type Db = Database.Database;

/** $XDG_DATA_HOME/arca/archive.db, falling back to ~/.local/share/arca/archive.db. */
export function defaultArchivePath(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)
    ? env.XDG_DATA_HOME
    : path.join(os.homedir(), '.local', 'share');
  return path.join(dataHome, 'arca', 'archive.db');
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function looksLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    return n === 0 || (n === 16 && head.equals(SQLITE_HEADER));
  } finally {
    fs.closeSync(fd);
  }
}

export interface OpenOptions {
  /** Settings written once when the archive is created (e.g. its time zone); computed only then. */
  initialSettings?: () => Record<string, string>;
  readonly?: boolean;
}

/**
 * Opens (creating folders and file on first use) and migrates an archive. WAL and a busy
 * timeout let a cron import and a human session share the file.
 */
export function openArchive(file: string, options: OpenOptions = {}): Db {
  const exists = fs.existsSync(file);
  if (exists) {
    if (fs.statSync(file).isDirectory()) throw new ArchiveError(`${file} is a directory, not an arca archive`);
    if (!looksLikeSqlite(file)) throw new ArchiveError(`${file} is not an arca archive (not an SQLite database)`);
  } else {
    if (options.readonly) throw new ArchiveError(`no archive at ${file} (import something first, or pass --db)`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false });
  } catch (err) {
    throw new ArchiveError(`cannot open archive ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    checkIdentity(db, file);
    migrate(db, options.initialSettings ?? (() => ({})));
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ArchiveError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new ArchiveError(`${file} is damaged or not an arca archive (${code})`);
    }
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
      throw new ArchiveError(`cannot write to archive ${file} (read-only file or folder)`);
    }
    throw err;
  }
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
