import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'arca');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const FIXED_NOW = '2026-11-26T10:00:00+08:00';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs the built bin/arca as a user would: a child process, its output piped. */
export function runArca(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ARCA_NOW: FIXED_NOW,
    ARCA_TZ: 'Asia/Shanghai',
    ARCA_ACTOR: 'tester',
    // The interface language is English unless a test asks otherwise, whatever the host's locale.
    ARCA_LANG: 'en',
    NO_COLOR: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp folder with an archive path inside; removed by the returned cleanup. */
export function tempArchive(): {
  dir: string;
  db: string;
  arca: (args: string[], options?: RunOptions) => RunResult;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-test-'));
  const db = path.join(dir, 'archive.db');
  return {
    dir,
    db,
    arca: (args, options) => runArca(['--db', db, ...args], options),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** ANSI escape sequences (colour) in text. */
export const ANSI = /\u001b\[[0-9;]*m/;
