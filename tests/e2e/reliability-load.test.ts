/**
 * Faults of load: two imports at once with readers alongside, `kill -9` in the middle of an import,
 * and backups taken while other processes write. Every run is the built bin/arca, as cron would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXED_NOW, ROOT, runArca, tempArchive } from '../helpers/arca.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
interface Running {
  child: ChildProcess;
  finished: Promise<Finished>;
  running: () => boolean;
}

/** bin/arca started in the background, as a second terminal or a cron job would; `feed` opens its stdin. */
function startArca(args: string[], options: { feed?: boolean } = {}): Running {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCA_NOW: FIXED_NOW,
    ARCA_TZ: 'Asia/Shanghai',
    ARCA_ACTOR: 'tester',
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

/** Generated pages (the bench's corpus generator): the same seed always gives the same pages. */
function generatePages(count: number, seed: number, out: string, format: 'txt' | 'ndjson' = 'txt'): string {
  generateCorpus({ count, seed, out, format });
  return format === 'ndjson' ? path.join(out, 'corpus.ndjson') : out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `arca list --status all`, one piped line per article. */
function articleLines(db: string): string[] {
  const r = runArca(['--db', db, 'list', '--status', 'all']);
  expect(r.code).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

/** The same lines without their ids, sorted: what two interleaved imports must agree on. */
const withoutIds = (lines: string[]) => lines.map((l) => l.slice(l.indexOf('\t') + 1)).sort();

/** Resolves once `ready()` holds; fails if the process ends first, since then the fault was never injected. */
async function whileRunning(running: () => boolean, ready: () => boolean): Promise<void> {
  while (!ready()) {
    if (!running()) throw new Error('the process ended before the fault could be injected');
    await sleep(5);
  }
}

/** Articles committed so far, as any other reader sees them (0 before the archive exists). */
function committedArticles(db: string): number {
  if (!fs.existsSync(db)) return 0;
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    raw.close();
  }
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-load-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.skipIf(NO_SHARED)('two imports at once', () => {
  it('both finish, the archive holds exactly their union, and readers run meanwhile', async () => {
    const first = generatePages(300, 101, path.join(work, 'first'));
    const second = generatePages(300, 202, path.join(work, 'second'));
    const reference = tempArchive();
    expect(reference.arca(['-q', 'import', first]).code).toBe(0);
    expect(reference.arca(['-q', 'import', second]).code).toBe(0);
    const union = withoutIds(articleLines(reference.db));
    reference.cleanup();

    const t = tempArchive();
    // Neither finds an archive: both race to create it, then to write.
    const imports = [
      startArca(['--db', t.db, '-q', 'import', first]),
      startArca(['--db', t.db, '-q', 'import', second]),
    ];
    let readsDuringImport = 0;
    while (imports.some((i) => i.running())) {
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

    expect(withoutIds(articleLines(t.db))).toEqual(union);
    expect(t.arca(['db', 'check']).code).toBe(0);
    t.cleanup();
  }, 60_000);
});

describe.skipIf(NO_SHARED)('imports piling up (cron jobs overrunning each other)', () => {
  it('six imports at once all finish: each waits its turn for the write lock, none gives up', async () => {
    const folders = [1, 2, 3, 4, 5, 6].map((n) => generatePages(2000, 600 + n, path.join(work, `pile-${n}`)));
    const t = tempArchive();
    const runs = await Promise.all(
      folders.map((folder) => startArca(['--db', t.db, '-q', '--json', 'import', folder]).finished),
    );
    expect(runs.map((r) => [r.code, r.stderr.slice(0, 400)])).toEqual(folders.map(() => [0, '']));
    // Nothing lost between them: every article an import reports as stored is in the archive.
    const stored = runs.reduce((n, r) => n + (JSON.parse(r.stdout) as { imported: number }).imported, 0);
    expect(articleLines(t.db)).toHaveLength(stored);
    expect(t.arca(['db', 'check']).code).toBe(0);
    t.cleanup();
  }, 120_000);
});

describe.skipIf(NO_SHARED)('an import killed with SIGKILL', () => {
  let records: string;
  let complete: string[];

  beforeAll(() => {
    records = generatePages(3000, 303, path.join(work, 'crash'), 'ndjson');
    const clean = tempArchive();
    expect(clean.arca(['-q', 'import', records]).code).toBe(0);
    complete = articleLines(clean.db);
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

      const check = t.arca(['db', 'check']);
      expect([check.code, check.stderr]).toEqual([0, 'archive OK\n']);
      expect(halfArticles(t.db)).toBe(0);
      const survived = articleLines(t.db).length;
      expect(survived).toBeLessThan(complete.length);
      if (committedBefore) expect(survived).toBeGreaterThan(0);

      const rerun = t.arca(['-q', 'import', records]);
      expect([rerun.code, rerun.stderr]).toEqual([0, '']);
      expect(articleLines(t.db)).toEqual(complete);
      expect(t.arca(['db', 'check']).code).toBe(0);
      t.cleanup();
    },
    60_000,
  );
});

describe.skipIf(NO_SHARED)('arca db backup while others write', () => {
  /** The copy's article count, once `db check` has passed it. */
  function soundCopy(copy: string): number {
    const check = runArca(['--db', copy, 'db', 'check']);
    expect([check.code, check.stderr]).toEqual([0, 'archive OK\n']);
    return articleLines(copy).length;
  }

  it('copies an archive that an import is filling', async () => {
    const pages = generatePages(3000, 404, path.join(work, 'backup'));
    const t = tempArchive();
    const importing = startArca(['--db', t.db, '-q', 'import', pages]);
    await whileRunning(importing.running, () => committedArticles(t.db) >= 100);
    const committed = committedArticles(t.db);
    const copy = path.join(t.dir, 'copy.db');
    const backup = startArca(['--db', t.db, 'db', 'backup', copy]);
    expect(importing.running(), 'the import ended before the backup began').toBe(true);
    const backedUp = await backup.finished;
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect((await importing.finished).code).toBe(0);
    expect(soundCopy(copy)).toBeGreaterThanOrEqual(committed);
    t.cleanup();
  }, 60_000);

  it('finishes while another process commits without pause', async () => {
    const t = tempArchive();
    expect(t.arca(['-q', 'import', generatePages(300, 505, path.join(work, 'busy'))]).code).toBe(0);
    const articles = articleLines(t.db).length;
    // A writer that never rests: a copy made a few pages at a time would start over at every commit.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `
      const db = new (require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))}))(${JSON.stringify(t.db)});
      db.pragma('busy_timeout = 10000');
      const put = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('load-probe', ?)");
      for (let n = 0; ; n++) put.run(String(n));
    `,
      ],
      { stdio: 'ignore' },
    );
    try {
      await whileRunning(
        () => writer.exitCode === null,
        () => fs.existsSync(`${t.db}-wal`) && fs.statSync(`${t.db}-wal`).size > 0,
      );
      const copy = path.join(t.dir, 'copy.db');
      const backup = startArca(['--db', t.db, 'db', 'backup', copy]);
      const outcome = await Promise.race([
        backup.finished,
        new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 20_000)),
      ]);
      if (outcome === 'stuck') backup.child.kill('SIGKILL');
      expect(outcome).toMatchObject({ code: 0 });
      expect(soundCopy(copy)).toBe(articles);
    } finally {
      writer.kill('SIGKILL');
    }
    t.cleanup();
  }, 60_000);
});
