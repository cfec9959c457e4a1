/**
 * Errors and exit codes, decided in one place (after GitHub CLI's ghcmd): anything thrown by a
 * command carries or implies its exit code, and is shown to the user as one line.
 */
import { InvalidDateError } from '../time.js';

export const ExitCode = {
  ok: 0,
  runtime: 1,
  usage: 2,
  /** `takedown check` found overdue requests. */
  attention: 3,
  /** The user pressed Ctrl-C at a prompt (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const;

/** An error whose exit code is known; its message is the one line the user sees. */
export class ArcaError extends Error {
  constructor(message: string, readonly exitCode: number, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad invocation: unknown or missing option, bad value, malformed query. Exit 2. */
export class UsageError extends ArcaError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.usage, options);
  }
}

/** The command was right but the work failed: a bad file, a failed item, a database problem. Exit 1. */
export class RuntimeError extends ArcaError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.runtime, options);
  }
}

/** Not a failure but something a person must act on (overdue takedown requests). Exit 3. */
export class AttentionError extends ArcaError {
  constructor(message: string) {
    super(message, ExitCode.attention);
  }
}

export class CancelledError extends ArcaError {
  constructor(message = 'cancelled') {
    super(message, ExitCode.cancelled);
  }
}

/** Commander's errors, recognised by shape so this module does not load commander. */
interface CommanderLikeError { code: string; exitCode: number; message: string }

function isCommanderError(err: unknown): err is CommanderLikeError {
  const e = err as Partial<CommanderLikeError> | null;
  return typeof e?.code === 'string' && e.code.startsWith('commander.') && typeof e.exitCode === 'number';
}

/** better-sqlite3's SqliteError, recognised by its SQLITE_* code so this module does not load the driver. */
function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

export function exitCodeOf(err: unknown): number {
  if (err instanceof ArcaError) return err.exitCode;
  // Commander reports bad usage with exit code 1; the spec wants 2. --help and --version exit 0.
  if (isCommanderError(err)) return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  // A date the user typed (--since, --received, ARCA_NOW) that does not parse.
  if (err instanceof InvalidDateError) return ExitCode.usage;
  return ExitCode.runtime;
}

/** What a user can do about each family of SQLite failure; extended codes (SQLITE_BUSY_SNAPSHOT) fall back to their family. */
const SQLITE_EXPLANATIONS: Record<string, string> = {
  SQLITE_BUSY: 'the archive is busy (another arca process is writing); try again in a moment',
  SQLITE_LOCKED: 'the archive is busy (another arca process is writing); try again in a moment',
  SQLITE_READONLY: 'the archive is read-only; check the permissions of the file and its folder',
  SQLITE_CORRUPT: 'the archive file is damaged; run `arca db check` and restore a backup',
  SQLITE_NOTADB: 'the file is not an arca archive (not a SQLite database); check --db or ARCA_DB',
  SQLITE_FULL: 'the disk is full',
  SQLITE_CANTOPEN: 'cannot open the archive file; check --db or ARCA_DB and that its folder exists',
  SQLITE_IOERR: 'the archive file could not be read or written (I/O error)',
};

function sqliteExplanation(code: string): string {
  const family = code.split('_').slice(0, 2).join('_');
  return SQLITE_EXPLANATIONS[family] ?? `${code}; rerun with --verbose for details`;
}

/**
 * `arca: error: <one line>`. With verbose, the original message, stack trace and causes follow;
 * without it, raw SQLite messages are replaced by what the user can do about them.
 */
export function formatError(err: unknown, verbose: boolean): string {
  if (!(err instanceof Error)) return `arca: error: ${oneLine(String(err))}`;
  const code = sqliteCode(err);
  let message = isCommanderError(err) ? err.message.replace(/^error: /, '') : err.message;
  if (code !== undefined) message = verbose ? `${message} (${code})` : `database error: ${sqliteExplanation(code)}`;
  const head = `arca: error: ${oneLine(message)}`;
  if (!verbose) return head;
  const details: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    details.push(e === err ? (e.stack ?? '') : `caused by: ${e.stack ?? e.message}`);
  }
  return [head, ...details.filter(Boolean)].join('\n');
}

function oneLine(s: string): string {
  return s.split(/\r?\n/).map((part) => part.trim()).filter(Boolean).join(' ');
}
