/**
 * An import killed with SIGKILL at three moments: the archive stays sound and a re-run completes it. The
 * imports are the built bin/arca (its parsing workers run the built files); reading back and checking run
 * in process.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempArchive } from '../helpers/arca.js';
import {
  articleLines,
  committedArticles,
  dbCheck,
  generatePages,
  sleep,
  startArca,
  whileRunning,
  workFolder,
} from '../helpers/processes.js';
import { NO_SHARED } from '../helpers/shared.js';

const work = workFolder('arca-kill-');

// The three runs at once: each is a process of its own with an archive of its own, and mostly waits for it.
describe.skipIf(NO_SHARED)('an import killed with SIGKILL', { concurrent: true }, () => {
  let records: string;
  let complete: string[];

  beforeAll(async () => {
    records = await generatePages(2000, 303, path.join(work(), 'crash'), 'ndjson');
    // A process, as the import under test: an import's parsing workers run the built files.
    const clean = tempArchive();
    expect(clean.arca(['-q', 'import', records]).code).toBe(0);
    complete = await articleLines(clean.db);
    clean.cleanup();
  }, 60_000);

  /** What a crash must never leave: an article without its provenance, raw bytes or audit entry. */
  function halfArticles(db: string): number {
    const raw = new Database(db, { readonly: true });
    try {
      return raw
        .prepare(
          `
        SELECT count(*) FROM articles a
        LEFT JOIN provenance p ON p.id = a.provenance_id
        LEFT JOIN raw_blobs b ON b.id = p.blob_id
        WHERE p.id IS NULL OR b.id IS NULL
           OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.subject = 'article:' || a.id AND l.action = 'article.imported')
      `,
        )
        .pluck()
        .get() as number;
    } finally {
      raw.close();
    }
  }

  /**
   * The records reach the import through a pipe, 500 a second, and the pipe stays open: the import
   * cannot finish before it is killed, whatever the speed of the machine or the size of its batches.
   */
  const KILL_POINTS: Array<[string, (db: string, running: () => boolean) => Promise<void>, boolean]> = [
    [
      'while its first batch is being written',
      (db, running) => whileRunning(running, () => fs.existsSync(db)).then(() => sleep(500)),
      false,
    ],
    ['just after its first commit', (db, running) => whileRunning(running, () => committedArticles(db) > 0), true],
    [
      'in the middle of its second batch',
      (db, running) => whileRunning(running, () => committedArticles(db) > 0).then(() => sleep(600)),
      true,
    ],
  ];

  it.each(KILL_POINTS)(
    'leaves a sound archive when killed %s, and a re-run completes it exactly',
    async (_moment, waitForMoment, committedBefore) => {
      const t = tempArchive();
      const importing = startArca(['--db', t.db, '-q', 'import', '--format', 'ndjson', '-'], { feed: true });
      const lines = fs.readFileSync(records, 'utf8').split(/(?<=\n)/);
      void (async () => {
        for (let i = 0; i < lines.length && importing.running(); i += 25) {
          importing.child.stdin!.write(lines.slice(i, i + 25).join(''));
          await sleep(50);
        }
      })();
      await waitForMoment(t.db, importing.running);
      importing.child.kill('SIGKILL');
      expect((await importing.finished).signal).toBe('SIGKILL');

      expect(await dbCheck(t.db)).toEqual([0, 'archive OK\n']);
      expect(halfArticles(t.db)).toBe(0);
      const survived = (await articleLines(t.db)).length;
      expect(survived).toBeLessThan(complete.length);
      if (committedBefore) expect(survived).toBeGreaterThan(0);

      // The re-run is a process too: what it resumes is the archive the killed one left.
      const rerun = await startArca(['--db', t.db, '-q', 'import', records]).finished;
      expect([rerun.code, rerun.stderr]).toEqual([0, '']);
      expect(await articleLines(t.db)).toEqual(complete);
      expect((await dbCheck(t.db))[0]).toBe(0);
      t.cleanup();
    },
    60_000,
  );
});
