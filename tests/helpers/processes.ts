/**
 * What the e2e tests of load and faults share: bin/arca started in the background (as a second terminal or
 * a cron job would start it), waiting for a moment to inject a fault, and reading an archive back. Reading
 * back and checking run the program in process (tests/helpers/cli.ts): they need no process of their own,
 * only the processes under test do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect } from 'vitest';
import { BIN, FIXED_NOW, ROOT } from './arca.js';
import { runCli } from './cli.js';
import { generateCorpus } from './shared.js';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  finished: Promise<Finished>;
  running: () => boolean;
}

/** bin/arca started in the background; `feed` opens its stdin. */
export function startArca(args: string[], options: { feed?: boolean } = {}): Running {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCA_NOW: FIXED_NOW,
    ARCA_TZ: 'Asia/Shanghai',
    ARCA_ACTOR: 'tester',
    ARCA_LANG: 'en',
  };
  delete env.NO_COLOR;
  const child = spawn(process.execPath, [BIN, ...args], {
    env,
    cwd: ROOT,
    stdio: [options.feed ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  // Writes after a kill fail with EPIPE: expected, not an error of the test.
  child.stdin?.on('error', () => {});
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  let done = false;
  const finished = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => {
      done = true;
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, finished, running: () => !done };
}

/** A temp folder for a test file's generated pages: made before its tests, removed after them. */
export function workFolder(prefix: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** Generated pages (the bench's corpus generator): the same seed always gives the same pages. */
export async function generatePages(
  count: number,
  seed: number,
  out: string,
  format: 'txt' | 'ndjson' = 'txt',
): Promise<string> {
  await generateCorpus({ count, seed, out, format });
  return format === 'ndjson' ? path.join(out, 'corpus.ndjson') : out;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `arca list --status all`, one piped line per article. */
export async function articleLines(db: string): Promise<string[]> {
  const r = await runCli(['--db', db, 'list', '--status', 'all']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

/** `arca db check` on the archive: its exit code and stderr. */
export async function dbCheck(db: string): Promise<[number, string]> {
  const r = await runCli(['--db', db, 'db', 'check']);
  return [r.code, r.stderr];
}

/** The same lines without their ids, sorted: what two interleaved imports must agree on. */
export const withoutIds = (lines: string[]) => lines.map((l) => l.slice(l.indexOf('\t') + 1)).sort();

/** Resolves once `ready()` holds; fails if the process ends first, since then the fault was never injected. */
export async function whileRunning(running: () => boolean, ready: () => boolean): Promise<void> {
  while (!ready()) {
    if (!running()) throw new Error('the process ended before the fault could be injected');
    await sleep(5);
  }
}

/** Articles committed so far, as any other reader sees them (0 before the archive exists). */
export function committedArticles(db: string): number {
  if (!fs.existsSync(db)) return 0;
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    raw.close();
  }
}
