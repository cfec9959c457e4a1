import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli.js';
import { runImport, type ImportOptions } from '../../src/commands/import.js';
import type { Db } from '../../src/db/connection.js';
import { CancelledError } from '../../src/errors.js';
import { expandInputs } from '../../src/import/inputs/sources.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { newArchive } from '../helpers/archive.js';
import { depsFor, scopeAt } from './takedown-requests-fixtures.js';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-interrupt-'));
  for (let i = 1; i <= 5; i++) {
    fs.writeFileSync(
      path.join(dir, `notice-${i}.json`),
      JSON.stringify({
        title: `Ferry timetable notice ${i}`,
        body: `The ferry office posted timetable notice ${i}.`,
        published: '2026-11-01',
      }),
    );
  }
  db = await newArchive();
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const options = (signal?: AbortSignal, more: Partial<ImportOptions> = {}): ImportOptions => ({
  onDuplicate: 'skip',
  dryRun: false,
  strict: false,
  maxBytes: 1 << 20,
  timeoutMs: 1000,
  json: false,
  ndjson: false,
  signal,
  ...more,
});
const articles = () => (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

describe('Ctrl-C during an import', () => {
  it('stops after the item at hand, keeps what was imported, says so, and exits 130; running again continues', async () => {
    const interrupt = new AbortController();
    interrupt.abort(); // as if Ctrl-C came while the first file was read
    const io = memoryIO();
    const run = runImport(
      depsFor(scopeAt(db, '2026-11-26T10:00:00+08:00'), io),
      expandInputs([dir]),
      options(interrupt.signal),
    );
    await expect(run).rejects.toThrow(
      new CancelledError('interrupted: 1 imported, 0 duplicates; run the same command again to continue'),
    );
    expect(exitCodeOf(await run.catch((err: unknown) => err))).toBe(130);
    expect(articles()).toBe(1);

    const again = memoryIO();
    await runImport(depsFor(scopeAt(db, '2026-11-26T10:05:00+08:00'), again), expandInputs([dir]), options());
    expect(again.stderrText()).toBe(
      '1 duplicate skipped (--verbose lists them)\nimported 4, updated 0, duplicates 1, failed 0\n',
    );
    expect(articles()).toBe(5);
  });

  it('a --strict run keeps nothing when interrupted', async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const run = runImport(
      depsFor(scopeAt(db, '2026-11-26T10:00:00+08:00'), memoryIO()),
      expandInputs([dir]),
      options(interrupt.signal, { strict: true }),
    );
    await expect(run).rejects.toThrow(
      new CancelledError('interrupted: nothing was written (a dry or --strict run keeps nothing)'),
    );
    expect(articles()).toBe(0);
  });
});
