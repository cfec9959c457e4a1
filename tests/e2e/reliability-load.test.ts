/**
 * Faults of load: two imports at once with readers alongside, and imports piling up as overrunning cron
 * jobs do. Every run under test is the built bin/arca, as cron would run it; reading the archive back runs
 * in process. (The SIGKILL and backup cases are reliability-kill and reliability-backup:
 * files of their own, so the test pool runs them beside these.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempArchive } from '../helpers/arca.js';
import {
  articleLines,
  dbCheck,
  generatePages,
  sleep,
  startArca,
  withoutIds,
  workFolder,
} from '../helpers/processes.js';
import { NO_SHARED } from '../helpers/shared.js';

const work = workFolder('arca-load-');

// Both cases at once: each has archives of its own, and the processes under test do the work.
describe.skipIf(NO_SHARED)('two imports at once', { concurrent: true }, () => {
  it('both finish, the archive holds exactly their union, and readers run meanwhile', async () => {
    const first = await generatePages(300, 101, path.join(work(), 'first'));
    const second = await generatePages(300, 202, path.join(work(), 'second'));
    // The reference imports are processes too: a folder import's parsing workers run the built files.
    const reference = tempArchive();
    expect(reference.arca(['-q', 'import', first]).code).toBe(0);
    expect(reference.arca(['-q', 'import', second]).code).toBe(0);
    const union = withoutIds(await articleLines(reference.db));
    reference.cleanup();

    const t = tempArchive();
    // Neither finds an archive: both race to create it, then to write.
    const imports = [
      startArca(['--db', t.db, '-q', 'import', first]),
      startArca(['--db', t.db, '-q', 'import', second]),
    ];
    let readsDuringImport = 0;
    for (let first = true; imports.some((i) => i.running()); first = false) {
      // A reader every quarter second: enough to meet the imports at work, without crowding them off the cores.
      if (!first) await sleep(250);
      const reader = await startArca(['--db', t.db, 'list', '--limit', '5']).finished;
      // Until one import has linked the new archive into place there is none, and list says so.
      if (
        reader.code === 1 &&
        reader.stderr === `arca: error: no archive at ${t.db} (import something first, or pass --db)\n`
      )
        continue;
      expect(reader.code, reader.stderr).toBe(0);
      expect(
        reader.stdout
          .split('\n')
          .filter(Boolean)
          .every((l) => l.split('\t').length === 6),
      ).toBe(true);
      if (imports.some((i) => i.running())) readsDuringImport++;
    }
    for (const done of await Promise.all(imports.map((i) => i.finished)))
      expect([done.code, done.stderr]).toEqual([0, '']);
    expect(readsDuringImport).toBeGreaterThan(0);

    expect(withoutIds(await articleLines(t.db))).toEqual(union);
    expect((await dbCheck(t.db))[0]).toBe(0);
    t.cleanup();
  }, 60_000);
});

describe.skipIf(NO_SHARED)('imports piling up (cron jobs overrunning each other)', { concurrent: true }, () => {
  it('six imports at once all finish: each waits its turn for the write lock, none gives up', async () => {
    const folders = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => generatePages(1000, 600 + n, path.join(work(), `pile-${n}`))),
    );
    const t = tempArchive();
    const runs = await Promise.all(
      folders.map((folder) => startArca(['--db', t.db, '-q', '--json', 'import', folder]).finished),
    );
    expect(runs.map((r) => [r.code, r.stderr.slice(0, 400)])).toEqual(folders.map(() => [0, '']));
    // Nothing lost between them: every article an import reports as stored is in the archive.
    const stored = runs.reduce((n, r) => n + (JSON.parse(r.stdout) as { imported: number }).imported, 0);
    expect(await articleLines(t.db)).toHaveLength(stored);
    expect((await dbCheck(t.db))[0]).toBe(0);
    t.cleanup();
    // 6 000 pages: the last of the six waits for the others' batches many seconds (13 s on an idle 2-core
    // machine); shared with other work it can take minutes (not a timed assertion).
  }, 300_000);
});
