/**
 * Faults of the archive file itself: read-only, a full disk, damage, files that are not archives,
 * and archives written by other schema versions. Each run is the built bin/arca.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { FIXTURES, runArca, tempArchive, type RunResult } from '../helpers/arca.js';
import { runCli } from '../helpers/cli.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';

const PAGES = [path.join(FIXTURES, 'e2e', 'court.txt'), path.join(FIXTURES, 'e2e', 'procuratorate.txt')];
const ANOTHER_PAGE = path.join(FIXTURES, 'import-e2e', 'ferry.txt');

/** Generated pages (the bench's corpus generator), one file each; the same seed always gives the same pages. */
async function generatePages(count: number, seed: number, out: string): Promise<string[]> {
  await generateCorpus({ count, seed, out });
  return fs
    .readdirSync(path.join(out, '000'))
    .sort()
    .map((f) => path.join(out, '000', f));
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Exit 1 and exactly this one line on stderr: no stack trace, no raw SQLite message, nothing on stdout. */
function expectOneLineFailure(r: RunResult, message: string): void {
  expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
    code: 1,
    stdout: '',
    stderr: `arca: error: ${message}\n`,
  });
}

/** Runs a system tool as root would; false when it is missing or refused (not root, no such file system feature). */
function trySystem(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let t: ReturnType<typeof tempArchive>;
afterEach(() => t?.cleanup());

describe('a read-only archive', () => {
  let immutable: string[] = [];
  beforeEach(() => {
    t = tempArchive();
    expect(t.arca(['-q', 'import', ...PAGES]).code).toBe(0);
    expect(fs.readdirSync(t.dir)).toEqual(['archive.db']);
  });
  afterEach(() => {
    for (const p of immutable.reverse()) trySystem('chattr', ['-i', p]);
    immutable = [];
    fs.chmodSync(t.dir, 0o755);
  });

  /** chmod for everyone; root ignores modes, so for root the immutable attribute as well. Skips when neither holds. */
  function makeReadOnly(ctx: TestContext, paths: string[]): void {
    for (const p of paths) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
    if (process.getuid?.() !== 0) return;
    for (const p of paths) {
      if (!trySystem('chattr', ['+i', p]))
        ctx.skip(`cannot make ${p} read-only for root (chattr +i refused): test skipped`);
      immutable.push(p);
    }
  }

  it('in a read-only folder: import fails in one line and the bytes stay as they were', (ctx) => {
    const before = sha256(t.db);
    makeReadOnly(ctx, [t.db, t.dir]);
    const cannotOpen = `cannot open archive ${t.db}: check that you may read it and write to its folder (SQLite keeps archive.db-wal and -shm beside it)`;
    expectOneLineFailure(t.arca(['import', ANOTHER_PAGE]), cannotOpen);
    // Reading needs SQLite's -shm file beside a WAL archive; better-sqlite3 is built without the URI
    // option (immutable=1) that would read without it. So readers say the same, clearly.
    expectOneLineFailure(t.arca(['list']), cannotOpen);
    expect(sha256(t.db)).toBe(before);
    expect(fs.readdirSync(t.dir)).toEqual(['archive.db']);
  });

  it('in a writable folder: import fails in one line, nothing changes, and list still works', (ctx) => {
    const listed = t.arca(['list']).stdout;
    const before = sha256(t.db);
    makeReadOnly(ctx, [t.db]);
    expectOneLineFailure(
      t.arca(['import', ANOTHER_PAGE]),
      `cannot write to archive ${t.db} (read-only file or folder)`,
    );
    expectOneLineFailure(
      t.arca(['takedown', 'open', '1', '--claimant', 'Marsh Owl Press']),
      'database error: the archive is read-only; check the permissions of the file and its folder',
    );
    const list = t.arca(['list']);
    expect([list.code, list.stdout]).toEqual([0, listed]);
    expect(sha256(t.db)).toBe(before);
  });
});

describe.skipIf(NO_SHARED)('a full disk', () => {
  const mountPoint = () => path.join(t.dir, 'disk');
  let mounted = false;
  beforeEach(() => {
    t = tempArchive();
    fs.mkdirSync(mountPoint());
    mounted = trySystem('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint()]);
  });
  afterEach(() => {
    if (mounted) expect(trySystem('umount', [mountPoint()])).toBe(true);
  });

  it('stops the import with one line naming the disk, and keeps every article stored before', async (ctx) => {
    if (!mounted) ctx.skip('cannot mount a 1 MB tmpfs (needs root): disk-full test skipped');
    const db = path.join(mountPoint(), 'archive.db');
    const arca = (args: string[]) => runArca(['--db', db, '-q', ...args]);
    // The imports that fill the disk are processes; what they left is read in process.
    const exported = async () => (await runCli(['--db', db, '-q', 'export'])).stdout;
    const files = await generatePages(300, 9, path.join(t.dir, 'pages'));

    expect(arca(['import', ...PAGES]).code).toBe(0);
    let stored = await exported();
    let failed: RunResult | undefined;
    for (let start = 0; start < files.length && !failed; start += 3) {
      const r = arca(['import', ...files.slice(start, start + 3)]);
      if (r.code === 0) stored = await exported();
      else failed = r;
    }
    expect(failed, 'the disk never filled').toBeDefined();
    expectOneLineFailure(failed!, `the disk holding ${db} is full: free some space and run the command again`);

    const check = arca(['db', 'check']);
    expect([check.code, check.stderr]).toEqual([0, '']);
    const after = new Set((await exported()).split('\n'));
    for (const line of stored.split('\n')) expect(after.has(line)).toBe(true);
  });
});

describe.skipIf(NO_SHARED)('a damaged archive', () => {
  beforeEach(async () => {
    t = tempArchive();
    expect(t.arca(['-q', 'import', ...(await generatePages(60, 13, path.join(t.dir, 'pages')))]).code).toBe(0);
  });

  it('junk over pages in the middle: db check says what is damaged, list says so in one line, exit 1', () => {
    // The articles table's leaf page (rows, not a body's overflow) nearest the middle of the file: list must read it.
    const raw = new Database(t.db, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const middle = fs.statSync(t.db).size / pageSize / 2;
    const page = (
      raw.prepare("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'").pluck().all() as number[]
    ).reduce((best, p) => (Math.abs(p - middle) < Math.abs(best - middle) ? p : best));
    raw.close();
    const junk = Buffer.alloc(pageSize);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 251;
    const fd = fs.openSync(t.db, 'r+');
    fs.writeSync(fd, junk, 0, junk.length, (page - 1) * pageSize);
    fs.closeSync(fd);

    // Whether SQLite refuses the file or its integrity check lists the damage depends on which page the
    // junk hit: either way db check fails with arca's own lines (each problem, then the error), no stack.
    const check = t.arca(['db', 'check']);
    expect([check.code, check.stdout]).toEqual([1, '']);
    const lines = check.stderr.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('arca: '))).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^arca: error: (the archive file is damaged \(SQLITE_CORRUPT\): restore a backup|SQLite integrity check: )/,
    );
    // In id order list walks the table itself (an index would skip the row the junk took with it).
    expectOneLineFailure(
      t.arca(['list', '--sort', 'id']),
      'database error: the archive file is damaged; run `arca db check` and restore a backup',
    );
  });
});

describe('a file that is not an arca archive', () => {
  beforeEach(() => {
    t = tempArchive();
  });

  /** Every one of these commands refuses the file with `message`, and leaves its bytes alone. */
  function expectRefusedEverywhere(file: string, message: string): void {
    const before = sha256(file);
    for (const command of [['list'], ['show', '1'], ['import', ANOTHER_PAGE], ['db', 'info'], ['db', 'check']]) {
      const r = runArca(['--db', file, ...command]);
      expect({ command, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        command,
        code: 1,
        stdout: '',
        stderr: `arca: error: ${message}\n`,
      });
    }
    expect(sha256(file)).toBe(before);
  }

  it('an empty file', () => {
    const file = path.join(t.dir, 'empty.db');
    fs.writeFileSync(file, '');
    expectRefusedEverywhere(
      file,
      `${file} is an empty file, not an arca archive (remove it to start a new archive there)`,
    );
  });

  it('a text file', () => {
    const file = path.join(t.dir, 'notes.db');
    fs.writeFileSync(file, 'Minutes of the Riverbend ferry committee, third meeting.\n'.repeat(40));
    expectRefusedEverywhere(file, `${file} is not an arca archive (not an SQLite database)`);
  });

  it('the SQLite database of another program', () => {
    const file = path.join(t.dir, 'recipes.db');
    const other = new Database(file);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('barley soup')");
    other.close();
    expectRefusedEverywhere(file, `${file} is an SQLite database but not an arca archive`);
  });

  it('an archive cut off halfway (a copy that did not finish)', () => {
    expect(t.arca(['-q', 'import', ...PAGES, path.join(FIXTURES, 'import-e2e')]).code).toBe(0);
    const file = path.join(t.dir, 'truncated.db');
    const bytes = fs.readFileSync(t.db);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 8192) * 4096));
    expectRefusedEverywhere(file, `${file} is damaged (SQLITE_CORRUPT): restore a backup`);
  });
});

describe('archives of every released schema version', () => {
  const ARCHIVES = path.join(FIXTURES, 'archives');
  /** One entry per released schema version; tests/fixtures/archives/README.md says how each was made. */
  const RELEASED = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((version) => ({ file: `schema-v${version}.db`, version }));

  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-schemas-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** A copy to open: the committed file is never touched. */
  function copyOf(file: string): string {
    const copy = path.join(work, `${path.basename(file, '.db')}-${Math.random().toString(36).slice(2)}.db`);
    fs.copyFileSync(path.join(ARCHIVES, file), copy);
    return copy;
  }

  it('every schema version, up to the current one, has its archive', () => {
    expect(RELEASED.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    for (const { file, version } of RELEASED) {
      // user_version from the file header (bytes 60-63): opening the committed file with SQLite would leave -wal/-shm beside it.
      expect(fs.readFileSync(path.join(ARCHIVES, file)).readUInt32BE(60)).toBe(version);
    }
  });

  it.each(RELEASED)('$file opens with the current code and loses nothing', async ({ file }) => {
    const db = copyOf(file);
    // The upgrade runs in a process, as the first command after installing a newer arca; what it left is read in process.
    const list = runArca(['--db', db, 'list', '--status', 'all']);
    const arca = (args: string[]) => runCli(['--db', db, ...args]);
    expect([list.code, list.stderr]).toEqual([0, '']);
    expect(list.stdout.split('\n').filter(Boolean)).toEqual([
      '2\t2025-07-02\t白石市人民检察院\t白石市检察院开展未成年人保护专项监督\t2025-07-17\tactive',
      '3\t2025-05-20\t雁湖市交通运输局\t雁湖轮渡恢复夜航 末班船延至晚十点\t2025-06-09\tactive',
      '4\t2025-02-14\tHarbour District Court\tHarbour court publishes its first open-data report\t2025-03-01\tactive',
      '1\t2024-03-18\t青川县人民法院\t青川县人民法院启用智慧调解中心 群众纠纷就近化解\t2024-04-17\tremoved',
      '5\t2023-11-08\t松江口镇人民政府\t松江口镇调解委员会换届\t2023-12-08\tactive',
    ]);

    const info = JSON.parse((await arca(['db', 'info', '--json'])).stdout);
    expect(info).toMatchObject({
      schema_version: SCHEMA_VERSION,
      timezone: 'Asia/Shanghai',
      window_days: 20,
      articles: { active: 4, removed: 1, purged: 0 },
      requests: { open: 0, removed: 1, rejected: 1, withdrawn: 0, restored: 0 },
    });

    const requests = JSON.parse((await arca(['takedown', 'list', '--status', 'all', '--json'])).stdout);
    // Requests are shown as R<n> (the archive stores plain numbers): the upgrade changes nothing stored.
    expect(
      requests.map(
        (r: { id: string; status: string; claimant: string; articles: number[]; due: string; note: string }) => [
          r.id,
          r.status,
          r.claimant,
          r.articles,
          r.due,
          r.note,
        ],
      ),
    ).toEqual([
      ['R2', 'rejected', 'Greywater Agency', [2], '2026-12-07', 'the article is the prosecutor’s own public notice'],
      ['R1', 'removed', 'Lantern Hill Media', [1], '2026-12-20', 'licence could not be shown'],
    ]);

    // Upgraded to URL keys: another spelling of article 1's original link finds it.
    const bySpelling = await arca(['show', 'https://qcfy.example.cn/news/detail.php?id=1024#top', '--json']);
    expect(JSON.parse(bySpelling.stdout)).toMatchObject({ id: 1, site_url: null });

    const article = JSON.parse((await arca(['show', '4', '--json'])).stdout);
    expect(article).toMatchObject({
      published: '2025-02-14T09:30:00',
      author: 'By Mira Tolland',
      views: 412,
      window_days: 15,
      body: "The Harbour District Court released a report listing case counts by month.\nThe clerk's office said the figures will be updated every quarter.",
      provenance: {
        path: 'tests/fixtures/archives/sources/records.ndjson',
        sha256: '537b096438ca03795e5b117b2fb814150fe300f7471efc356880af4453eed8ee',
      },
    });
    // The evidence bytes survive: the raw page hashes to what its provenance recorded.
    const raw = (await arca(['show', '1', '--raw'])).stdoutBytes;
    expect(createHash('sha256').update(raw).digest('hex')).toBe(
      '6d0480d953c068d253a4d52bb77182ba024914547ebc113086d10cc8bae02cf7',
    );

    // The audit log: all 11 entries still chain (db check verifies the hashes, and the search index once it exists).
    expect(JSON.parse((await arca(['log', '--json'])).stdout)).toHaveLength(11);
    const check = await arca(['db', 'check']);
    expect([check.code, check.stderr]).toEqual([0, 'archive OK\n']);
  });

  it('an archive from a newer arca is refused with the upgrade message and left unchanged', () => {
    const db = copyOf(RELEASED[RELEASED.length - 1].file);
    const raw = new Database(db);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256(db);
    for (const command of [['list'], ['import', ANOTHER_PAGE], ['db', 'info'], ['db', 'check']]) {
      expectOneLineFailure(
        runArca(['--db', db, ...command]),
        `this archive has schema version ${SCHEMA_VERSION + 1}, newer than this arca understands (${SCHEMA_VERSION}): upgrade arca`,
      );
    }
    expect(sha256(db)).toBe(before);
  });
});
