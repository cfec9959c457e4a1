/**
 * The one object that knows about the terminal (after GitHub CLI's IOStreams): which streams are
 * terminals, whether to colour, how wide the screen is, and how chatty to be. Commands receive an
 * IO and never look at process.stdout or process.env themselves, so tests can hand them a fake.
 */
import { t } from '../i18n/index.js';
import type { Template } from './template.js';

export interface IO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** ANSI colour on stdout. */
  color: boolean;
  /** Terminal width in columns (80 when unknown). */
  columns: number;
  quiet: boolean;
  verbose: boolean;
  /** --json FIELDS: only these keys of each JSON object. */
  jsonFields?: readonly string[];
  /** --jq EXPR: the JSON output goes through this jq expression. */
  jq?: string;
  /** --template TEXT, parsed: the JSON output formatted by it. */
  template?: Template;
}

export interface IOOptions {
  noColor: boolean;
  quiet: boolean;
  verbose: boolean;
  env: NodeJS.ProcessEnv;
  jsonFields?: readonly string[];
  jq?: string;
  template?: Template;
}

type TerminalAware = { isTTY?: boolean; columns?: number; rows?: number };

/** The process's standard streams; a parameter only so tests can pose as a terminal. */
export interface StdStreams {
  stdout: NodeJS.WritableStream & TerminalAware;
  stderr: NodeJS.WritableStream & TerminalAware;
  stdin: NodeJS.ReadableStream & TerminalAware;
}

const DEFAULT_COLUMNS = 80;

/** The IO of this process, with clig.dev's colour rules: a terminal, and no NO_COLOR, TERM=dumb or --no-color. */
export function systemIO(opts: IOOptions, std: StdStreams): IO {
  const stdoutIsTTY = std.stdout.isTTY === true;
  const colorRefused = opts.noColor || Boolean(opts.env.NO_COLOR) || opts.env.TERM === 'dumb';
  return {
    stdout: std.stdout,
    stderr: std.stderr,
    stdin: std.stdin,
    stdoutIsTTY,
    stderrIsTTY: std.stderr.isTTY === true,
    stdinIsTTY: std.stdin.isTTY === true,
    color: stdoutIsTTY && !colorRefused,
    columns: terminalColumns(std.stdout.columns, opts.env.COLUMNS),
    quiet: opts.quiet,
    verbose: opts.verbose,
    jsonFields: opts.jsonFields,
    jq: opts.jq,
    template: opts.template,
  };
}

function terminalColumns(reported: number | undefined, fromEnv: string | undefined): number {
  if (reported !== undefined && reported > 0) return reported;
  const parsed = Number(fromEnv);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_COLUMNS;
}

// C0 controls (line breaks and tabs included), DEL and C1 controls: what a terminal may act on.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A message made safe for a terminal: every control character written out as an escape (`\x1b`, `\n`),
 * so a file name, a server's reason phrase or a record's field cannot retitle the window, clear the
 * screen or forge a line of its own. stdout drops them from table cells instead (render.ts).
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A progress or summary line on stderr; silenced by --quiet. */
export function info(io: IO, msg: string): void {
  if (!io.quiet) io.stderr.write(`${escapeControls(msg)}\n`);
}

/** A warning on stderr; --quiet does not hide it, since it reports something that went wrong. */
export function warn(io: IO, msg: string): void {
  io.stderr.write(`${t('output.warning', { message: escapeControls(msg) })}\n`);
}

/** An error line on stderr (a failed item of a batch); the command's own failure goes through cli.ts. */
export function errorLine(io: IO, msg: string): void {
  io.stderr.write(`${t('cli.error', { message: escapeControls(msg) })}\n`);
}
