/**
 * The one table of what SQLite's failures mean to a user, by extended result code where one says more
 * than its family (SQLITE_IOERR_SHMSIZE is a full disk), else by family (SQLITE_BUSY_SNAPSHOT falls back
 * to SQLITE_BUSY). Errors are recognised by their SQLITE_*
 * code, so this module does not load the driver.
 */
import path from 'node:path';
import { t } from '../i18n/index.js';

interface Meaning {
  /** Said of any statement: what the user can do about it (a function: read in the interface language). */
  general: () => string;
  /** Said of the archive file itself when opening, creating or upgrading it failed. */
  ofFile?: (file: string, code: string) => string;
  /** The file is damaged: `db check` reports it instead of failing. */
  damage?: true;
}

const BUSY = () => t('db.sqlite.busy');
const FULL: Meaning = {
  general: () => t('db.sqlite.full'),
  ofFile: (file) => t('db.sqlite.fullFile', { file }),
};

const MEANINGS: Record<string, Meaning> = {
  SQLITE_BUSY: { general: BUSY },
  SQLITE_LOCKED: { general: BUSY },
  SQLITE_READONLY: {
    general: () => t('db.sqlite.readonly'),
    ofFile: (file) => t('db.sqlite.readonlyFile', { file }),
  },
  SQLITE_CORRUPT: {
    general: () => t('db.sqlite.corrupt'),
    ofFile: (file, code) => t('db.sqlite.corruptFile', { file, code }),
    damage: true,
  },
  SQLITE_NOTADB: {
    general: () => t('db.sqlite.notadb'),
    ofFile: (file, code) => t('db.sqlite.notadbFile', { file, code }),
    damage: true,
  },
  SQLITE_FULL: FULL,
  // Growing the -shm file beside the archive failed: on Linux, a full disk (or a full /dev/shm).
  SQLITE_IOERR_SHMSIZE: FULL,
  SQLITE_CANTOPEN: {
    general: () => t('db.sqlite.cantopen'),
    ofFile: (file) => t('db.sqlite.cantopenFile', { file, name: path.basename(file) }),
  },
  SQLITE_IOERR: {
    general: () => t('db.sqlite.ioerr'),
    ofFile: (file, code) => t('db.sqlite.ioerrFile', { file, code }),
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
  return meaningOf(code)?.general() ?? t('db.sqlite.other', { code });
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
