/**
 * The program in process: main() with memory streams, as tests/cli drives it. Same defaults as
 * runArca (a fixed clock, the Shanghai zone, actor "tester"), same result shape, no process spawned.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { FIXED_NOW, type RunResult } from './arca.js';

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** stdin, stdout and stderr are terminals (default: all piped). */
  tty?: boolean;
  /** Terminal width (default 80). */
  columns?: number;
}

export interface CliResult extends RunResult {
  /** stdout byte for byte. */
  readonly stdoutBytes: Buffer;
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const tty = options.tty ?? false;
  const io = memoryIO({
    stdinText: options.input, stdinIsTTY: tty, stdoutIsTTY: tty, stderrIsTTY: tty, columns: options.columns ?? 80,
  });
  const vars: Record<string, string | undefined> = {
    ...process.env, ARCA_NOW: FIXED_NOW, ARCA_TZ: 'Asia/Shanghai', ARCA_ACTOR: 'tester', NO_COLOR: undefined, ...options.env,
  };
  for (const k of Object.keys(vars)) if (vars[k] === undefined) delete vars[k];
  const code = await main(args, io, vars as NodeJS.ProcessEnv);
  // Not enumerable: tests compare { code, stdout, stderr } with toEqual, as they did for runArca.
  return Object.defineProperty({ code, stdout: io.stdoutText(), stderr: io.stderrText() }, 'stdoutBytes', { value: io.stdoutBytes() }) as CliResult;
}

/** A fresh temp folder with an archive path inside, run in process; removed by the returned cleanup. */
export function tempCliArchive(): {
  dir: string; db: string; arca: (args: string[], options?: CliOptions) => Promise<CliResult>; cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-cli-'));
  const db = path.join(dir, 'archive.db');
  return {
    dir, db,
    arca: (args, options) => runCli(['--db', db, ...args], options),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
