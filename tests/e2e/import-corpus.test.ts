import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runArca, tempArchive, type RunResult } from '../helpers/arca.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';

const COUNT = 200;
/** The import command parses in worker threads above 64 files; batches this small stay on the main thread. */
const SMALL_BATCH = 50;

interface ManifestLine {
  i: number;
  file: string;
  url: string;
  dup_of: number | null;
  dup_kind: 'full' | 'url' | null;
}

let t: ReturnType<typeof tempArchive>;
let corpus: string;
let manifest: ManifestLine[];
/** The one import of the whole folder, through the worker threads. */
let whole: RunResult;

beforeAll(async () => {
  if (NO_SHARED) return;
  t = tempArchive();
  corpus = path.join(t.dir, 'corpus');
  const manifestFile = path.join(t.dir, 'manifest.jsonl');
  await generateCorpus({ count: COUNT, out: corpus, manifest: manifestFile });
  manifest = fs
    .readFileSync(manifestFile, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  whole = t.arca(['import', '--json', corpus]);
});
afterAll(() => t?.cleanup());

/** The id each article ends up with: originals numbered in file order, a re-post points at its original's id. */
function expectedIds(): number[] {
  const ids: number[] = [];
  let next = 1;
  for (const m of manifest) ids.push(m.dup_of === null ? next++ : ids[m.dup_of]);
  return ids;
}

describe.skipIf(NO_SHARED)(`a generated folder of ${COUNT} pages`, () => {
  it('imports every page once, reporting each re-post (same 原文链接) as a duplicate of its original', () => {
    const reposts = manifest.filter((m) => m.dup_of !== null);
    expect(manifest).toHaveLength(COUNT);
    expect(reposts.length).toBeGreaterThan(0);
    // Both kinds of re-post reuse the original's URL, so both are duplicates.
    expect(reposts.every((m) => m.dup_kind === 'full' || m.dup_kind === 'url')).toBe(true);

    expect(whole.code).toBe(0);
    const result = JSON.parse(whole.stdout);
    expect(result).toMatchObject({
      imported: COUNT - reposts.length,
      updated: 0,
      duplicates: reposts.length,
      failed: 0,
    });
    const ids = expectedIds();
    expect(result.items).toEqual(
      manifest.map((m) => ({
        path: path.join(corpus, m.file),
        line: null,
        error: null,
        warnings: [],
        ...(m.dup_of === null
          ? { status: 'imported', id: ids[m.i], duplicate_of: null }
          : { status: 'duplicate', id: null, duplicate_of: ids[m.i] }),
      })),
    );
  });

  it('gives the same archive as importing the files in small batches (the single-thread path)', () => {
    const files = manifest.map((m) => path.join(corpus, m.file));
    const batched = tempArchive();
    try {
      for (let start = 0; start < files.length; start += SMALL_BATCH) {
        expect(batched.arca(['import', '-q', ...files.slice(start, start + SMALL_BATCH)]).code).toBe(0);
      }
      const exported = (db: string) => runArca(['--db', db, 'export', '--format', 'ndjson']).stdout;
      const fromWorkers = exported(t.db);
      expect(fromWorkers.split('\n').filter(Boolean)).toHaveLength(
        COUNT - manifest.filter((m) => m.dup_of !== null).length,
      );
      expect(exported(batched.db)).toBe(fromWorkers);
    } finally {
      batched.cleanup();
    }
  });
});
