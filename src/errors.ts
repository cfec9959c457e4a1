/**
 * The roots every error arca throws on purpose grows from. Core modules throw them (or subclasses
 * naming the thing that went wrong) and never exit; cli.ts alone turns the root into an exit code
 * and the error into the one line the user reads.
 */
import { t } from './i18n/index.js';

/** An error arca meant to throw: its message is the line the user sees. */
export class ArcaError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad invocation: an unknown or missing option, a value arca cannot use, a malformed query. Exit 2. */
export class UsageError extends ArcaError {}

/** The command was right but the work failed: a bad file, a failed item, a database problem. Exit 1. */
export class FailureError extends ArcaError {}

/** Not a failure but something a person must act on (overdue takedown requests). Exit 3. */
export class AttentionError extends ArcaError {}

/** The user pressed Ctrl-C at a prompt. Exit 130. */
export class CancelledError extends ArcaError {
  constructor(message = t('cli.cancelled')) {
    super(message);
  }
}

/** Why a file operation failed, briefly: the errno code (ENOENT, EACCES), else the message. */
export function errnoReason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}
