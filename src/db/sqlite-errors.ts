/**
 * The one table of what SQLite's failures mean to a user, by extended result code where one says more
 * than its family (SQLITE_IOERR_SHMSIZE is a full disk), else by family (SQLITE_BUSY_SNAPSHOT falls back
 * to SQLITE_BUSY). Errors are recognised by their SQLITE_*
 * code, so this module does not load the driver.
 */
import path from 'node:path';

interface Meaning {
  /** Said of any statement: what the user can do about it. */
  general: string;
  /** Said of the archive file itself when opening, creating or upgrading it failed. */
  ofFile?: (file: string, code: string) => string;
  /** The file is damaged: `db check` reports it instead of failing. */
  damage?: true;
}

const BUSY = 'the archive is busy (another arca process is writing); try again in a moment';
const FULL: Meaning = {
  general: 'the disk is full',
  ofFile: (file) => `the disk holding ${file} is full: free some space and run the command again`,
};

const MEANINGS: Record<string, Meaning> = {
  SQLITE_BUSY: { general: BUSY },
  SQLITE_LOCKED: { general: BUSY },
  SQLITE_READONLY: {
    general: 'the archive is read-only; check the permissions of the file and its folder',
    ofFile: (file) => `cannot write to archive ${file} (read-only file or folder)`,
  },
  SQLITE_CORRUPT: {
    general: 'the archive file is damaged; run `arca db check` and restore a backup',
    ofFile: (file, code) => `${file} is damaged (${code}): restore a backup`,
    damage: true,
  },
  SQLITE_NOTADB: {
    general: 'the file is not an arca archive (not a SQLite database); check --db or ARCA_DB',
    ofFile: (file, code) => `${file} is damaged or not an arca archive (${code})`,
    damage: true,
  },
  SQLITE_FULL: FULL,
  // Growing the -shm file beside the archive failed: on Linux, a full disk (or a full /dev/shm).
  SQLITE_IOERR_SHMSIZE: FULL,
  SQLITE_CANTOPEN: {
    general: 'cannot open the archive file; check --db or ARCA_DB and that its folder exists',
    ofFile: (file) =>
      `cannot open archive ${file}: check that you may read it and write to its folder ` +
      `(SQLite keeps ${path.basename(file)}-wal and -shm beside it)`,
  },
  SQLITE_IOERR: {
    general: 'the archive file could not be read or written (I/O error)',
    ofFile: (file, code) => `cannot read or write archive ${file} (I/O error ${code})`,
  },
};

/** The SQLITE_* code of a better-sqlite3 error; undefined for any other error. */
export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

const meaningOf = (code: string): Meaning | undefined =>
  Object.hasOwn(MEANINGS, code) ? MEANINGS[code] : MEANINGS[code.split('_').slice(0, 2).join('_')];

/** What a failed statement means to the user, whatever it was doing. */
export function sqliteSentence(code: string): string {
  return meaningOf(code)?.general ?? `${code}; rerun with --verbose for details`;
}

/** What a failure of the archive file itself means (damaged, read-only, disk full, I/O); undefined otherwise. */
export function archiveFileSentence(file: string, err: unknown): string | undefined {
  const code = sqliteCode(err);
  return code === undefined ? undefined : meaningOf(code)?.ofFile?.(file, code);
}

/** The line `db check` reports for an error meaning the file is damaged; undefined for any other error. */
export function damageSentence(err: unknown): string | undefined {
  const code = sqliteCode(err);
  return code !== undefined && meaningOf(code)?.damage
    ? `the archive file is damaged (${code}): restore a backup`
    : undefined;
}
