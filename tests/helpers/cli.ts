/**
 * The program in process: main() with memory streams, as tests/cli drives it. Same defaults as
 * runArca (a fixed clock, the Shanghai zone, actor "tester"), same result shape, no process spawned.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.js';
import type { PagerSpawner } from '../../src/output/pager.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { FIXED_NOW, type RunResult } from './arca.js';

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** stdin, stdout and stderr are terminals (default: all piped). */
  tty?: boolean;
  /** Terminal width (default 80). */
  columns?: number;
  /** Terminal height (default 24). */
  rows?: number;
}

export interface CliResult extends RunResult {
  /** stdout byte for byte. */
  readonly stdoutBytes: Buffer;
  /** The pager command that was started (its output is in stdout, as the user would see it), if any. */
  readonly pager: string | undefined;
}

/** A pager that shows what it is given on the (memory) terminal, recording the command that started it. */
function fakePager(stdout: NodeJS.WritableStream, started: string[]): PagerSpawner {
  return async (command) => {
    started.push(command);
    const stdin = new PassThrough();
    stdin.pipe(stdout, { end: false });
    return { stdin, exited: new Promise<void>((resolve) => stdin.on('end', () => resolve())) };
  };
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const tty = options.tty ?? false;
  const io = memoryIO({
    stdinText: options.input,
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: options.columns ?? 80,
  });
  Object.assign(io.stdout, { rows: options.rows ?? 24 });
  const vars: Record<string, string | undefined> = {
    ...process.env,
    ARCA_NOW: FIXED_NOW,
    ARCA_TZ: 'Asia/Shanghai',
    ARCA_ACTOR: 'tester',
    // The interface language is English unless a test asks otherwise, whatever the host's locale.
    ARCA_LANG: 'en',
    NO_COLOR: undefined,
    ARCA_PAGER: undefined,
    PAGER: undefined,
    ...options.env,
  };
  for (const k of Object.keys(vars)) if (vars[k] === undefined) delete vars[k];
  const pagers: string[] = [];
  const code = await main(args, io, vars as NodeJS.ProcessEnv, { spawnPager: fakePager(io.stdout, pagers) });
  // Not enumerable: tests compare { code, stdout, stderr } with toEqual, as they did for runArca.
  return Object.defineProperties(
    { code, stdout: io.stdoutText(), stderr: io.stderrText() },
    {
      stdoutBytes: { value: io.stdoutBytes() },
      pager: { value: pagers[0] },
    },
  ) as CliResult;
}

/** A fresh temp folder with an archive path inside, run in process; removed by the returned cleanup. */
export function tempCliArchive(): {
  dir: string;
  db: string;
  arca: (args: string[], options?: CliOptions) => Promise<CliResult>;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-cli-'));
  const db = path.join(dir, 'archive.db');
  return {
    dir,
    db,
    arca: (args, options) => runCli(['--db', db, ...args], options),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
