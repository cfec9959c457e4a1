import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')])).code).toBe(0);
  expect((await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press'])).code).toBe(0);
});
afterEach(() => t.cleanup());

/** An edit of the log by someone covering their tracks: the append-only triggers are put back afterwards. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  const triggers = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    .pluck()
    .all() as string[];
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
  for (const trigger of triggers) db.exec(trigger);
  db.close();
}

describe('arca db check', () => {
  /** The newest audit entry, as an SQLite shell reads it. */
  function headOf(file: string): { seq: number; hash: string } {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
        seq: number;
        hash: string;
      };
    } finally {
      db.close();
    }
  }

  it('passes an untouched archive, printing the log head to keep', async () => {
    const head = headOf(t.db);
    const r = await t.arca(['db', 'check']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      0,
      `head_seq\t${head.seq}\nhead_hash\t${head.hash}\n`,
      'archive OK\n',
    ]);
    expect(JSON.parse((await t.arca(['db', 'check', '--json'])).stdout)).toEqual({ ok: true, problems: [], head });
  });

  it('finds a title index out of step with the articles, and reindex puts it right', async () => {
    const db = new Database(t.db);
    db.exec("INSERT INTO article_title_search (article_title_search) VALUES ('delete-all')");
    db.close();
    const r = await t.arca(['db', 'check', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toContain(
      'the search index is out of step (2 article(s) missing, 0 stray entries): run arca db reindex',
    );
    expect((await t.arca(['-q', 'db', 'reindex'])).code).toBe(0);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  describe('--expect, the head kept from an earlier check', () => {
    it('passes while the log still holds that entry, however much was added since', async () => {
      const kept = headOf(t.db).hash;
      const opened = await t.arca(['-q', 'takedown', 'open', '2', '--claimant', 'Reed & Lantern']);
      expect(opened.code).toBe(0);
      const r = await t.arca(['db', 'check', '--expect', kept]);
      expect([r.code, r.stderr]).toEqual([0, 'archive OK\n']);
      expect((await t.arca(['db', 'check', '--expect', kept.slice(0, 12).toUpperCase()])).code).toBe(0);
    });

    it('fails when the newest entries were cut off, which the chain alone cannot see', async () => {
      const kept = headOf(t.db);
      tamper(t.db, `DELETE FROM audit_log WHERE seq = ${kept.seq}`);
      expect((await t.arca(['db', 'check'])).code).toBe(1); // the replay sees the request's state unlogged
      tamper(t.db, 'DELETE FROM takedown_articles; DELETE FROM takedowns');
      expect((await t.arca(['db', 'check'])).code).toBe(0); // a careful cut passes without --expect
      const r = await t.arca(['db', 'check', '--expect', kept.hash]);
      expect([r.code, r.stderr]).toEqual([
        1,
        `arca: error: the log does not hold the entry you kept (${kept.hash.slice(0, 12)}…): entries were cut off its end, or it was rewritten\n`,
      ]);
    });

    it('refuses something that is not a hash', async () => {
      const r = await t.arca(['db', 'check', '--expect', 'yesterday']);
      expect([r.code, r.stderr.split('\n')[0]]).toEqual([
        2,
        'arca: error: --expect needs the hash of an audit log entry (at least 12 hex digits, as db check prints it); got "yesterday"',
      ]);
    });
  });

  it('names the first audit entry that was altered, and exits 1', async () => {
    tamper(t.db, `UPDATE audit_log SET actor = 'nobody' WHERE seq = 2`);
    const r = await t.arca(['db', 'check']);
    expect([r.code, r.stderr]).toEqual([
      1,
      'arca: error: audit log entry 2 does not match its hash: the log was altered\n',
    ]);
    expect(JSON.parse((await t.arca(['db', 'check', '--json'])).stdout)).toEqual({
      ok: false,
      problems: ['audit log entry 2 does not match its hash: the log was altered'],
      head: expect.anything(),
    });
  });

  it('notices an entry cut out of the log', async () => {
    tamper(t.db, 'DELETE FROM audit_log WHERE seq = 1');
    const r = await t.arca(['db', 'check']);
    expect([r.code, r.stderr]).toEqual([
      1,
      'arca: error: audit log entry 2 does not link to the entry before it: the log was altered\n',
    ]);
  });

  /** Overwrites `length` bytes of the file from `offset` with noise. */
  function scribble(offset: number, length: number): void {
    const fd = fs.openSync(t.db, 'r+');
    fs.writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
    fs.closeSync(fd);
  }

  it('reports a file too damaged to read in one line', async () => {
    scribble(4096, fs.statSync(t.db).size - 4096); // every page after the schema
    const r = await t.arca(['db', 'check']);
    expect([r.code, r.stderr]).toEqual([1, `arca: error: ${t.db} is damaged (SQLITE_CORRUPT): restore a backup\n`]);
  });

  it('lists what SQLite finds wrong in a damaged table, the first problem last', async () => {
    const raw = new Database(t.db);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const root = (
      raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").get() as { rootpage: number }
    ).rootpage;
    raw.close();
    scribble(root * pageSize - 300, 300); // the end of the table's page, where its rows are
    const r = await t.arca(['db', 'check']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).every((l) => l.startsWith('arca: warning: '))).toBe(true);
    // What SQLite reports first depends on which bytes of the rows were hit.
    expect(lines.at(-1)).toMatch(/^arca: error: SQLite integrity check: .+ \(and \d+ more problems? above\)$/);
  });

  it('does not create an archive that is not there', async () => {
    const missing = path.join(t.dir, 'none.db');
    const r = await t.arca(['--db', missing, 'db', 'check']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe('arca db info', () => {
  it('gives path, schema, counts, size, zone and default window', async () => {
    const r = await t.arca(['db', 'info', '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({
      path: t.db,
      schema_version: SCHEMA_VERSION,
      timezone: 'Asia/Shanghai',
      window_days: 30,
      articles: { active: 2, removed: 0, purged: 0 },
      requests: { open: 1, removed: 0, rejected: 0, withdrawn: 0, restored: 0 },
    });
    expect(info.size_bytes).toBe(fs.statSync(t.db).size);
    const piped = (await t.arca(['db', 'info'])).stdout.split('\n');
    expect(piped).toContain('articles\tactive 2, removed 0, purged 0');
    expect(piped).toContain(`path\t${t.db}`);
  });
});

describe('arca db backup', () => {
  it('writes a copy that arca can read, and will not overwrite one without --force', async () => {
    const copy = path.join(t.dir, 'copy.db');
    const first = await t.arca(['db', 'backup', copy]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`^backed up ${t.db} to ${copy} \\(`));
    expect((await t.arca(['--db', copy, 'list'])).stdout.trimEnd().split('\n')).toHaveLength(2);
    expect((await t.arca(['--db', copy, 'db', 'check'])).code).toBe(0);

    const again = await t.arca(['db', 'backup', copy]);
    expect([again.code, again.stderr]).toEqual([
      2,
      `arca: error: ${copy} already exists (pass --force to replace it)\n`,
    ]);
    expect((await t.arca(['db', 'backup', copy, '--force'])).code).toBe(0);
  });

  it('into a folder that does not exist: names the path, not SQLite\'s bare "directory does not exist"', async () => {
    const target = path.join(t.dir, 'missing', 'dir', 'x.db');
    const r = await t.arca(['db', 'backup', target]);
    expect([r.code, r.stderr]).toEqual([
      2,
      `arca: error: cannot write ${target}: the folder ${path.dirname(target)} does not exist\n`,
    ]);
    expect(fs.existsSync(path.join(t.dir, 'missing'))).toBe(false);
  });
});

it('db info, check and backup lead their help with examples', async () => {
  for (const sub of ['info', 'check', 'backup']) {
    expect((await t.arca(['db', sub, '--help'])).stdout).toMatch(new RegExp(`Examples:\\n  \\$ arca db ${sub}`));
  }
});
