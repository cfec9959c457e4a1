/**
 * Long terminal output goes through a pager, as git and gh do: `$ARCA_PAGER`, else `$PAGER`, else
 * `less -FRX`. Output is held back until it is taller than the screen; shorter output is written
 * straight to the terminal and no pager starts. Piped output is never paged.
 */
import { Writable } from 'node:stream';
import type { StdStreams } from './io.js';

export const DEFAULT_PAGER = 'less -FRX';

/** Screen height when the terminal does not say (LINES, else the classic 24). */
const DEFAULT_ROWS = 24;

/** The pager command for this run, or undefined when output goes straight to stdout. */
export function choosePager(
  stdout: { isTTY?: boolean },
  vars: NodeJS.ProcessEnv,
  noPager: boolean,
): string | undefined {
  if (stdout.isTTY !== true || noPager) return undefined;
  const chosen = vars.ARCA_PAGER ?? vars.PAGER ?? DEFAULT_PAGER;
  // ARCA_PAGER= (empty) or PAGER=cat turns paging off, as with git.
  return chosen.trim() === '' || chosen.trim() === 'cat' ? undefined : chosen;
}

/** What a started pager offers: somewhere to write, and its end. */
export interface PagerProcess {
  stdin: NodeJS.WritableStream;
  /** Resolves when the pager has exited (the user has read or quit). */
  exited: Promise<void>;
}

/**
 * Starts a pager command, or resolves to undefined when it cannot start (then output goes straight to
 * the terminal); a parameter so tests see which command would start, without a terminal.
 */
export type PagerSpawner = (command: string, vars: NodeJS.ProcessEnv) => Promise<PagerProcess | undefined>;

/**
 * The real thing: the command split into words (no shell, so a pager that is not installed is noticed
 * and nothing is lost), its output on this terminal.
 */
export const spawnPager: PagerSpawner = async (command, vars) => {
  const { spawn } = await import('node:child_process');
  const [program, ...args] = command.trim().split(/\s+/);
  const child = spawn(program, args, { stdio: ['pipe', 'inherit', 'inherit'], env: vars });
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return undefined;
  // A pager the user quits early closes its input: the rest of the output is simply not shown.
  child.stdin.on('error', () => {});
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return { stdin: child.stdin, exited };
};

export interface PagedOutput {
  /** Stands in for stdout: a terminal of the same width. */
  stream: NodeJS.WritableStream & { isTTY: true; columns?: number };
  /** Sends what was held back (straight, or to the pager) and waits for the pager to exit. */
  finish(): Promise<void>;
}

/** Screen lines that text takes on a terminal `columns` wide (a long line wraps). */
function screenLines(text: string, columns: number): number {
  return text
    .split('\n')
    .slice(0, -1)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / columns)), 0);
}

/**
 * A stdout that holds output back until it fills the screen, then starts the pager and streams the
 * rest into it. `finish` must be awaited before the program exits.
 */
export function pagedOutput(
  stdout: StdStreams['stdout'] & { rows?: number },
  command: string,
  vars: NodeJS.ProcessEnv,
  spawn: PagerSpawner = spawnPager,
): PagedOutput {
  const rows = stdout.rows && stdout.rows > 0 ? stdout.rows : Number(vars.LINES) || DEFAULT_ROWS;
  const columns = stdout.columns && stdout.columns > 0 ? stdout.columns : 80;
  const held: Buffer[] = [];
  let heldLines = 0;
  // Once the screen is full: the pager's input, or stdout itself when no pager could start.
  let target: NodeJS.WritableStream | undefined;
  let pagerExited: Promise<void> | undefined;

  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (target) {
        target.write(chunk, () => done());
        return;
      }
      held.push(chunk);
      heldLines += screenLines(chunk.toString(), columns);
      if (heldLines < rows) {
        done();
        return;
      }
      void spawn(command, vars).then((pager) => {
        target = pager?.stdin ?? stdout;
        pagerExited = pager?.exited;
        target.write(Buffer.concat(held.splice(0)), () => done());
      });
    },
  });

  return {
    stream: Object.assign(stream, { isTTY: true as const, columns }),
    async finish() {
      await new Promise<void>((resolve) => stream.end(resolve));
      if (pagerExited) {
        target!.end();
        await pagerExited;
      } else if (held.length > 0) {
        stdout.write(Buffer.concat(held));
      }
    },
  };
}
