import type { Messages } from '../messages.js';

/** `arca db …`: looking after the archive file, and what opening it can say. */
export const db = {
  'db.description': 'look after the archive file: info, check, reindex, reextract, backup',
  'db.backup.description': 'copy the archive to FILE while it stays in use (SQLite online backup)',
  'db.backup.file': 'the backup file to write',
  'db.backup.force': 'replace FILE if it exists',
  'db.backup.done': (p: { from: string; to: string; size: string }) => `backed up ${p.from} to ${p.to} (${p.size})`,
  'db.check.description':
    "verify the file (SQLite integrity, references) and the audit log's hash chain; exit 1 on any problem",
  'db.check.expect': 'the log head you kept from an earlier check: fail unless the log still holds that entry',
  'db.check.badExpect': (p: { value: string }) =>
    `--expect needs the hash of an audit log entry (at least 12 hex digits, as db check prints it); got "${p.value}"`,
  'db.check.ok': 'archive OK',
  'db.check.more': (p: { first: string; more: number }) =>
    `${p.first} (and ${p.more} more ${p.more === 1 ? 'problem' : 'problems'} above)`,
  'db.info.description': "the archive's path, schema version, counts, size, time zone and default window",
  'db.reextract.description':
    'read the archived raw bytes again with the current extractor and update the fields that change',
  'db.reextract.dryRun': 'report what would change, write nothing',
  'db.reextract.column.changed': 'CHANGED',
  'db.reextract.kept': (p: { id: number; error: string }) => `article ${p.id}: ${p.error} (kept as it was)`,
  'db.reextract.wouldChange': (p: { changed: number; checked: number }) =>
    `would change ${p.changed} of ${p.checked} ${p.checked === 1 ? 'article' : 'articles'} ` +
    '(dry run: nothing was written)',
  'db.reextract.done': (p: { checked: number; changed: number; unchanged: number }) =>
    `re-extracted ${p.checked} ${p.checked === 1 ? 'article' : 'articles'}: ` +
    `${p.changed} changed, ${p.unchanged} unchanged`,
  'db.reextract.failed': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'article' : 'articles'} could not be re-extracted (named above)`,
  'db.reindex.description':
    'rebuild the search index from the articles (after a crash, or if db check finds it out of step)',
  'db.reindex.progress': 'indexing',
  'db.reindex.done': (p: { count: number }) => `indexed ${p.count} ${p.count === 1 ? 'article' : 'articles'}`,
  'db.backup.itself': (p: { target: string }) => `${p.target} is the archive itself; name another file`,
  'db.backup.folder': (p: { target: string }) => `${p.target} is a folder; name the backup file`,
  'db.backup.exists': (p: { target: string }) => `${p.target} already exists (pass --force to replace it)`,
  'db.backup.noFolder': (p: { target: string; folder: string }) =>
    `cannot write ${p.target}: the folder ${p.folder} does not exist`,
  'db.file.directory': (p: { file: string }) => `${p.file} is a directory, not an arca archive`,
  'db.file.empty': (p: { file: string }) =>
    `${p.file} is an empty file, not an arca archive (remove it to start a new archive there)`,
  'db.file.notSqlite': (p: { file: string }) => `${p.file} is not an arca archive (not an SQLite database)`,
  'db.file.missing': (p: { file: string }) => `no archive at ${p.file} (import something first, or pass --db)`,
  'db.file.cannotOpen': (p: { file: string; reason: string }) => `cannot open archive ${p.file}: ${p.reason}`,
  'db.file.foreign': (p: { file: string }) => `${p.file} is an SQLite database but not an arca archive`,
  'db.file.newerSchema': (p: { current: number; known: number }) =>
    `this archive has schema version ${p.current}, newer than this arca understands (${p.known}): upgrade arca`,
  'db.sqlite.busy': 'the archive is busy (another arca process is writing); try again in a moment',
  'db.sqlite.full': 'the disk is full',
  'db.sqlite.fullFile': (p: { file: string }) =>
    `the disk holding ${p.file} is full: free some space and run the command again`,
  'db.sqlite.readonly': 'the archive is read-only; check the permissions of the file and its folder',
  'db.sqlite.readonlyFile': (p: { file: string }) => `cannot write to archive ${p.file} (read-only file or folder)`,
  'db.sqlite.corrupt': 'the archive file is damaged; run `arca db check` and restore a backup',
  'db.sqlite.corruptFile': (p: { file: string; code: string }) => `${p.file} is damaged (${p.code}): restore a backup`,
  'db.sqlite.notadb': 'the file is not an arca archive (not a SQLite database); check --db or ARCA_DB',
  'db.sqlite.notadbFile': (p: { file: string; code: string }) =>
    `${p.file} is damaged or not an arca archive (${p.code})`,
  'db.sqlite.cantopen': 'cannot open the archive file; check --db or ARCA_DB and that its folder exists',
  'db.sqlite.cantopenFile': (p: { file: string; name: string }) =>
    `cannot open archive ${p.file}: check that you may read it and write to its folder ` +
    `(SQLite keeps ${p.name}-wal and -shm beside it)`,
  'db.sqlite.ioerr': 'the archive file could not be read or written (I/O error)',
  'db.sqlite.ioerrFile': (p: { file: string; code: string }) =>
    `cannot read or write archive ${p.file} (I/O error ${p.code})`,
  'db.sqlite.other': (p: { code: string }) => `${p.code}; rerun with --verbose for details`,
  'db.file.needsUpgrade': (p: { current: number; known: number }) =>
    `this archive has schema version ${p.current} and needs upgrading to ${p.known}: ` +
    'run a command that writes to it (e.g. arca list) first',
} satisfies Messages;
