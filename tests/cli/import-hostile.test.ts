/**
 * Hostile input at import (issue 20): values out of range, impossible dates, unpaired surrogates. Each
 * fails or loses only its own item, with a line naming it; the rest of the run is imported.
 */
import Database from 'better-sqlite3';
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

const record = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: `渡口第${n}号公告`, body: `第${n}号公告的正文，讲渡船的班次。`, ...extra });

function file(name: string, content: string | Buffer): string {
  const full = path.join(t.dir, name);
  fs.writeFileSync(full, content);
  return full;
}

const PAGE = (views: string) =>
  [
    '雁湖渡口夜航公告',
    '',
    `时间:2025-05-20 来源:雁湖交通 浏览量:${views}`,
    '',
    '　　雁湖渡口自下周起恢复夜间班次，末班船延至晚十点。',
    '　　夜航票价与日间相同。',
    '',
  ].join('\n');

describe('values out of range', () => {
  it('stores an absurd view count from a page as none, with a warning, and imports the other pages', async () => {
    const dir = path.join(t.dir, 'pages');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), PAGE('99999999999999999999'));
    fs.writeFileSync(path.join(dir, 'b.txt'), PAGE('1,204').replace('夜航票价', '夜航船票'));
    const r = await t.arca(['import', dir]);
    expect(r.stderr).toBe(
      `arca: warning: ${path.join(dir, 'a.txt')}: views 100000000000000000000 is out of range: ` +
        'stored without a view count\nimported 2, updated 0, duplicates 0, failed 0\n',
    );
    expect(r.code).toBe(0);
    const views = JSON.parse((await t.arca(['list', '--json', '--sort', 'views'])).stdout).map(
      (a: { views: number | null }) => a.views,
    );
    expect(views.sort()).toEqual([1204, null]);
  });

  it('fails only the record whose window or view count is absurd, naming it, and imports the rest', async () => {
    const ndjson = file(
      'cms.ndjson',
      [
        record(1),
        record(2, { views: 1e300 }),
        record(3, { window_days: 1e300 }),
        record(4, { window_days: 3_000_000 }),
        record(5),
      ].join('\n'),
    );
    const r = await t.arca(['import', '--json', ndjson]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.imported, out.failed]).toEqual([3, 2]);
    // Failures are named as they come, warnings once the run is over, before the summary.
    expect(r.stderr.split('\n')).toEqual([
      `arca: error: ${ndjson}:3: window_days 1e+300 is out of range (a window is 0 to 3650 days)`,
      `arca: error: ${ndjson}:4: window_days 3000000 is out of range (a window is 0 to 3650 days)`,
      `arca: warning: ${ndjson}:2: views 1e+300 is out of range: stored without a view count`,
      'imported 3, updated 0, duplicates 0, failed 2',
      'arca: error: 2 of 5 items failed (named above)',
      '',
    ]);
    // A rerun imports nothing new and fails the same two records only: the folder is not blocked.
    const again = JSON.parse((await t.arca(['import', '--json', ndjson])).stdout);
    expect([again.imported, again.duplicates, again.failed]).toEqual([0, 3, 2]);
  });

  it('fails a page whose disclaimer promises an absurd window', async () => {
    const page = file('long.txt', `${PAGE('3')}免责声明：如有版权问题，请在9999个月内与本网联系。\n`);
    const r = await t.arca(['import', page]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      1,
      `arca: error: ${page}: window_days 299970 is out of range (a window is 0 to 3650 days)`,
    ]);
  });

  it('never lets a number in a record abort the run (any number as views or window_days)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.constant(2 ** 53),
          fc.constant(1e21),
        ),
        fc.constantFrom('views', 'window_days'),
        async (value, field) => {
          const r = await t.arca(['import', '--json', '-', '--format', 'ndjson'], {
            input: `${record(Math.random(), { [field]: value })}\n${record(Math.random())}\n`,
          });
          const out = JSON.parse(r.stdout);
          expect(out.imported + out.failed).toBe(2);
          expect(out.imported).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('dates', () => {
  it('reads no date out of a longer number, warns of an impossible one, and keeps a far-future window open', async () => {
    const ndjson = file(
      'dates.ndjson',
      [
        record(1, { published: '99999-01-01' }),
        record(2, { published: '2024-02-30' }),
        record(3, { published: '9999-12-31' }),
      ].join('\n'),
    );
    const r = await t.arca(['import', ndjson]);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `arca: warning: ${ndjson}:1: field published "99999-01-01" is not a calendar date arca can read: stored without a date`,
      `arca: warning: ${ndjson}:2: field published "2024-02-30" is not a calendar date arca can read: stored without a date`,
    ]);
    const articles = JSON.parse((await t.arca(['list', '--json', '--sort', 'title', '--asc'])).stdout);
    expect(
      articles.map((a: { published: string | null; window_ends: string | null }) => [a.published, a.window_ends]),
    ).toEqual([
      [null, null],
      [null, null],
      ['9999-12-31', '9999-12-31'],
    ]);
    const open = JSON.parse((await t.arca(['list', '--json', '--window', 'open'])).stdout);
    expect(open.map((a: { published: string }) => a.published)).toEqual(['9999-12-31']);
  });
});

describe('unpaired surrogates', () => {
  it('are replaced by U+FFFD with a warning: the record is stored as valid UTF-8', async () => {
    const r = await t.arca(['import', '-', '--format', 'ndjson'], {
      input: '{"title":"渡口\\ud800公告","body":"正文\\udc00一段。"}\n',
    });
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'arca: warning: -:1: field title holds an unpaired surrogate: replaced by U+FFFD',
      'arca: warning: -:1: field body holds an unpaired surrogate: replaced by U+FFFD',
    ]);
    const exported = await t.arca(['export']);
    expect(isUtf8(exported.stdoutBytes)).toBe(true);
    expect(JSON.parse(exported.stdout)).toMatchObject({ title: '渡口\uFFFD公告', body: '正文\uFFFD一段。' });
  });
});

describe('a row the archive refuses', () => {
  it('fails that item alone: its rows are undone, the rest of the batch is imported and searchable', async () => {
    expect((await t.arca(['import', '-', '--format', 'ndjson'], { input: `${record(0)}\n` })).code).toBe(0);
    // A fault no range check foresees: SQLite refuses one article's row (SQLITE_CONSTRAINT_TRIGGER).
    const db = new Database(t.db);
    db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON articles WHEN NEW.title = '渡口第2号公告'
      BEGIN SELECT RAISE(ABORT, 'refused by a test'); END`);
    db.close();
    const ndjson = file('three.ndjson', [record(1), record(2), record(3)].join('\n'));
    const r = await t.arca(['import', '--json', ndjson]);
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.stdout).items.map((i: { status: string; error: string | null }) => [i.status, i.error]),
    ).toEqual([
      ['imported', null],
      ['failed', 'the archive refused this item (SQLITE_CONSTRAINT_TRIGGER: refused by a test)'],
      ['imported', null],
    ]);
    const check = new Database(t.db, { readonly: true });
    // No provenance row or raw bytes of the refused item stay behind.
    expect(check.prepare('SELECT count(*) FROM provenance').pluck().get()).toBe(3);
    check.close();
    expect((await t.arca(['db', 'check'])).code).toBe(0);
    const hits = JSON.parse((await t.arca(['search', '公告', '--json'])).stdout);
    expect(hits.map((h: { title: string }) => h.title).sort()).toEqual([
      '渡口第0号公告',
      '渡口第1号公告',
      '渡口第3号公告',
    ]);
  });

  it('updates an article imported earlier in the same batch: the index holds the newer text only', async () => {
    const url = 'http://ferry.example/notice/7';
    const ndjson = file(
      'twice.ndjson',
      [
        JSON.stringify({ title: '渡口公告', body: '旧的班次表。', original_url: url }),
        JSON.stringify({ title: '渡口公告', body: '新的时刻表。', original_url: url }),
      ].join('\n'),
    );
    const r = await t.arca(['import', '--json', '--on-duplicate', 'update', ndjson]);
    expect(JSON.parse(r.stdout).items.map((i: { status: string }) => i.status)).toEqual(['imported', 'updated']);
    expect(JSON.parse((await t.arca(['search', '班次', '--json'])).stdout)).toEqual([]);
    expect(JSON.parse((await t.arca(['search', '时刻', '--json'])).stdout)).toHaveLength(1);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });
});

describe('control characters in names', () => {
  it('reach stderr escaped: a file name cannot clear the screen or forge a summary line', async () => {
    const name = 'a\x1b[2J\x1b]0;pwned\x07\nimported 9, updated 0, duplicates 0, failed 0.txt';
    const bad = file(name, Buffer.from([0x00, 0x01, 0xff, 0x00]));
    const r = await t.arca(['import', bad]);
    const shown = `${t.dir}/a\\x1b[2J\\x1b]0;pwned\\x07\\nimported 9, updated 0, duplicates 0, failed 0.txt`;
    expect(r.stderr).toBe(
      `arca: error: ${shown}: not text (binary or undecodable bytes)\n` +
        'imported 0, updated 0, duplicates 0, failed 1\narca: error: 1 of 1 items failed (named above)\n',
    );
    const missing = await t.arca(['import', path.join(t.dir, 'gone\x1b[2J.txt')]);
    expect(missing.stderr.split('\n')[0]).toBe(`arca: error: ${t.dir}/gone\\x1b[2J.txt: no such file or folder`);
  });
});

describe('inputs that never end', () => {
  const NOT_REGULAR = 'not a regular file (a FIFO, device or socket): refused; use - for standard input';

  it('refuses a device, a symlink to it and a FIFO named on the command line instead of reading them', async () => {
    const link = path.join(t.dir, 'zero.txt');
    fs.symlinkSync('/dev/zero', link);
    const fifo = path.join(t.dir, 'pipe.ndjson');
    execFileSync('mkfifo', [fifo]);
    const r = await t.arca(['import', '/dev/zero', link, fifo]);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `arca: error: /dev/zero: ${NOT_REGULAR}`,
      `arca: error: ${link}: ${NOT_REGULAR}`,
      `arca: error: ${fifo}: ${NOT_REGULAR}`,
    ]);
    expect(r.code).toBe(1);
  });

  it('stops reading standard input one byte past the limit', async () => {
    const r = await t.arca(['import', '--max-size', '1k', '-'], { input: Buffer.alloc(64 * 1024, 0x61) });
    expect(r.stderr.split('\n')[0]).toBe('arca: error: -: too large (more than 1024 bytes; see --max-size)');
  });

  it('stops reading a file that says it is empty (as /proc files do) one byte past the limit', async () => {
    const r = await t.arca(['import', '--format', 'txt', '--max-size', '16', '/proc/self/maps']);
    expect(r.stderr.split('\n')[0]).toBe(
      'arca: error: /proc/self/maps: too large (more than 16 bytes; see --max-size)',
    );
  });

  it('refuses an NDJSON line past the limit by its length, and imports the lines around it', async () => {
    const ndjson = file('long.ndjson', `${record(1)}\n{"title":"${'长'.repeat(400_000)}"}\n${record(2)}\n`);
    const r = await t.arca(['import', '--json', '--max-size', '1MB', ndjson]);
    const out = JSON.parse(r.stdout);
    expect([out.imported, out.failed]).toEqual([2, 1]);
    expect(r.stderr.split('\n')[0]).toBe(
      `arca: error: ${ndjson}:2: too large (1200012 bytes; the limit is 1048576, see --max-size)`,
    );
  });
});

describe('names and links in folders', () => {
  it('imports a file whose name is not UTF-8 (GBK from a Windows zip), shown with its bytes escaped', async () => {
    const dir = path.join(t.dir, 'zip');
    fs.mkdirSync(dir);
    // "白皮书.txt" in GBK.
    const gbkName = Buffer.concat([
      Buffer.from(dir),
      Buffer.from('/'),
      Buffer.from([0xb0, 0xd7, 0xc6, 0xa4, 0xca, 0xe9]),
      Buffer.from('.txt'),
    ]);
    fs.writeFileSync(gbkName, PAGE('12'));
    const r = await t.arca(['import', '--json', dir]);
    expect(r.code).toBe(0);
    // C6 A4 happens to be valid UTF-8 (Ƥ): only the bytes that are not are escaped.
    const shown = `${dir}/\\xb0\\xd7Ƥ\\xca\\xe9.txt`;
    expect(JSON.parse(r.stdout).items).toEqual([
      { warnings: [], path: shown, line: null, status: 'imported', id: 1, duplicate_of: null, error: null },
    ]);
    expect(JSON.parse((await t.arca(['show', '1', '--json'])).stdout).provenance.path).toBe(shown);
  });

  it('counts the symbolic links a folder walk does not follow, and follows a link named on the command line', async () => {
    const dir = path.join(t.dir, 'site');
    fs.mkdirSync(dir);
    const page = file('page.txt', PAGE('5'));
    fs.symlinkSync(page, path.join(dir, 'linked.txt'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const walked = await t.arca(['import', dir]);
    expect([walked.code, walked.stderr]).toEqual([
      0,
      'imported 0, updated 0, duplicates 0, failed 0; skipped 2 symbolic links in folders (not followed)\n',
    ]);
    const named = await t.arca(['import', path.join(dir, 'linked.txt')]);
    expect([named.code, named.stderr]).toEqual([0, 'imported 1, updated 0, duplicates 0, failed 0\n']);
  });

  it('refuses an empty --actor', async () => {
    const r = await t.arca(['--actor', '', 'import', file('a.txt', PAGE('1'))]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'arca: error: --actor needs a name (got an empty one)']);
  });
});

describe('deep nesting', () => {
  const n = 200_000;

  it('fails a page of 200 000 nested <div>s alone, quickly refused, and imports the page beside it', async () => {
    const deep = file(
      'deep.html',
      `<html><head><title>深</title></head><body>${'<div>'.repeat(n)}<p>正文。</p>${'</div>'.repeat(n)}</body></html>`,
    );
    const r = await t.arca(['import', deep, file('b.txt', PAGE('1'))]);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `arca: error: ${deep}: elements nested more than 1000 deep: not parsed`,
      'imported 1, updated 0, duplicates 0, failed 1',
    ]);
  });

  it('fails a record holding 200 000 nested arrays, or cut off inside them, alone', async () => {
    const nested = `${'['.repeat(n)}${']'.repeat(n)}`;
    const ndjson = file(
      'deep.ndjson',
      [
        `{"title":"深","body":"正文。","extra":${nested}}`,
        nested,
        `{"title":"深","body":"x","extra":${nested.slice(1)}}`,
        record(1),
      ].join('\n'),
    );
    const r = await t.arca(['import', '--json', ndjson]);
    expect(
      JSON.parse(r.stdout).items.map((i: { status: string; error: string | null }) => [i.status, i.error]),
    ).toEqual([
      ['imported', null],
      ['failed', 'a record must be a JSON object'],
      ['failed', "invalid JSON: Expected ',' or '}' after property value"],
      ['imported', null],
    ]);
  });
});

describe('bytes that are not text', () => {
  it('suggest --encoding when they look like text in an encoding arca does not guess', async () => {
    const utf16 = file('notice-utf16.txt', Buffer.from(PAGE('7').replace(/[^\x00-\x7f]/g, 'x'), 'utf16le'));
    const binary = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const r = await t.arca(['import', utf16, binary]);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      `arca: error: ${utf16}: not text (binary or undecodable bytes); try --encoding utf-16le`,
      `arca: error: ${binary}: not text (binary or undecodable bytes)`,
    ]);
  });

  it('imports a GBK page cut off after the lead byte of its last character, the lost byte replaced', async () => {
    const cut = file('notice-gbk.txt', Buffer.concat([iconv.encode(PAGE('7'), 'gbk'), Buffer.from([0xb0])]));
    const r = await t.arca(['import', '--json', cut]);
    const [item] = JSON.parse(r.stdout).items;
    expect([r.code, item.status, item.warnings]).toEqual([
      0,
      'imported',
      expect.arrayContaining(["1 replacement character (U+FFFD) in the page's text"]),
    ]);
  });
});
