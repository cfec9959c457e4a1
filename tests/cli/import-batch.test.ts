import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { runCli, tempCliArchive } from '../helpers/cli.js';

const OWN = path.join(FIXTURES, 'import-e2e');
const FERRY = path.join(OWN, 'ferry.txt');
const LIBRARY = path.join(OWN, 'library-gbk-undeclared.html');
const FERRY_TITLE = '雁湖轮渡恢复夜航 末班船延至晚十点';
const FERRY_BODY = [
  '5月19日起,雁湖轮渡东西两条航线恢复夜间班次,末班船由晚七点延至晚十点。',
  '交通运输局介绍,夜航船只均已完成年检,每班配备两名持证船员和足量救生衣。',
  '市民可在码头售票窗口或“雁湖出行”小程序购票,票价与日间相同。',
].join('\n');
const FERRY_LAST_LINE = '市民可在码头售票窗口或“雁湖出行”小程序购票,票价与日间相同。';
const EDITED_LAST_LINE = '市民可在码头售票窗口购票,夜航票价比日间低两元。';
const EDITED_BODY = FERRY_BODY.replace(FERRY_LAST_LINE, EDITED_LAST_LINE);
const BINARY = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x7f]);

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

/** Writes files into a fresh folder inside the test's temp dir and returns the folder. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(t.dir, name);
  fs.mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

/** The ferry page re-saved with its last paragraph edited: same 原文链接, different body. */
function editedFerry(): string {
  const text = fs.readFileSync(FERRY, 'utf8');
  expect(text).toContain(FERRY_LAST_LINE);
  const file = path.join(t.dir, 'ferry-edited.txt');
  fs.writeFileSync(file, text.replace(FERRY_LAST_LINE, EDITED_LAST_LINE));
  return file;
}

const showJson = async (id: number) => JSON.parse((await t.arca(['show', String(id), '--json'])).stdout);
const listIds = async (...args: string[]) =>
  (await t.arca(['list', ...args])).stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => Number(l.split('\t')[0]));
const item = (fields: {
  path: string;
  status: string;
  id?: number | null;
  duplicate_of?: number | null;
  line?: number | null;
  error?: string | null;
}) => ({ line: null, id: null, duplicate_of: null, error: null, warnings: [], ...fields });

describe('--dry-run', () => {
  it('reports what it would import and writes nothing', async () => {
    const r = await t.arca(['import', '--dry-run', '--json', FERRY, LIBRARY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('would import 2, updated 0, duplicates 0, failed 0 (dry run: nothing was written)\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 2, updated: 0, duplicates: 0, failed: 0 });
    expect(await listIds('--status', 'all')).toEqual([]);
  });

  it('counts pages already in the archive as duplicates', async () => {
    await t.arca(['import', FERRY]);
    const r = await t.arca(['import', '--dry-run', FERRY, LIBRARY]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').at(-2)).toBe(
      'would import 1, updated 0, duplicates 1, failed 0 (dry run: nothing was written)',
    );
    expect(await listIds()).toEqual([1]);
  });
});

describe('--strict', () => {
  it('rolls back the whole run at the first bad file', async () => {
    const dir = folder('mixed', {
      'a-ferry.txt': fs.readFileSync(FERRY),
      'b-library.html': fs.readFileSync(LIBRARY),
      'c-broken.txt': BINARY,
    });
    const broken = path.join(dir, 'c-broken.txt');
    const r = await t.arca(['import', '--strict', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `arca: error: ${broken}: not text (binary or undecodable bytes)`,
        `arca: error: --strict: stopped at ${broken}; nothing was imported`,
      ].join('\n') + '\n',
    );
    expect(await listIds('--status', 'all')).toEqual([]);
  });

  it('without --strict the good files of the same folder are imported', async () => {
    const dir = folder('mixed', {
      'a-ferry.txt': fs.readFileSync(FERRY),
      'b-library.html': fs.readFileSync(LIBRARY),
      'c-broken.txt': BINARY,
    });
    const r = await t.arca(['import', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `arca: error: ${path.join(dir, 'c-broken.txt')}: not text (binary or undecodable bytes)`,
        'imported 2, updated 0, duplicates 0, failed 1',
        'arca: error: 1 of 3 items failed (named above)',
        '',
      ].join('\n'),
    );
    expect(await listIds()).toEqual([1, 2]);
  });
});

describe('folders', () => {
  it('a folder walk imports a .shtml page, as naming the file does', async () => {
    const dir = folder('saved', { 'library.shtml': fs.readFileSync(LIBRARY), 'notes.docx': 'not a page' });
    const r = await t.arca(['import', '--json', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toEqual([
      item({ path: path.join(dir, 'library.shtml'), status: 'imported', id: 1 }),
    ]);
    expect((await showJson(1)).title).toBe('雁湖市图书馆延长夜间开放时间');
  });

  it('a mirror folder: server pages and files without an extension are read by content, the rest counted as skipped', async () => {
    const library = fs.readFileSync(LIBRARY);
    const dir = folder('mirror', {
      'detail.php?id=7': library,
      index: fs.readFileSync(path.join(FIXTURES, 'pages', 'div-layout.html')),
      'counter.php': '<?php echo $hits; ?>',
      'logo.gif': Buffer.from('GIF89a\x01\x00'),
      'site.css': 'h1 { font-size: 2em }',
    });
    const r = await t.arca(['import', '--json', dir]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect([result.imported, result.skipped]).toEqual([2, 3]);
    expect(result.items.map((i: { path: string }) => path.basename(i.path))).toEqual(['detail.php?id=7', 'index']);
    expect(r.stderr).toBe('skipped 3 files that are not pages\nimported 2, updated 0, duplicates 0, failed 0\n');
  });
});

describe('--on-duplicate with a changed copy of a page (same 原文链接, edited body)', () => {
  it.each([
    { policy: 'skip', status: 'duplicate', id: null, duplicate_of: 1, ids: [1], bodies: [FERRY_BODY] },
    { policy: 'update', status: 'updated', id: 1, duplicate_of: null, ids: [1], bodies: [EDITED_BODY] },
    { policy: 'keep', status: 'imported', id: 2, duplicate_of: 1, ids: [2, 1], bodies: [FERRY_BODY, EDITED_BODY] },
  ])('$policy', async ({ policy, status, id, duplicate_of, ids, bodies }) => {
    expect((await t.arca(['import', FERRY])).code).toBe(0);
    const edited = editedFerry();
    const r = await t.arca(['import', '--json', '--on-duplicate', policy, edited]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toEqual([item({ path: edited, status, id, duplicate_of })]);
    expect(await listIds()).toEqual(ids);
    const shown: unknown[] = [];
    for (let i = 0; i < bodies.length; i++) shown.push((await showJson(i + 1)).body);
    expect(shown).toEqual(bodies);
  });

  it('update also replaces the provenance with the new file', async () => {
    await t.arca(['import', FERRY]);
    const edited = editedFerry();
    await t.arca(['import', '--on-duplicate', 'update', edited]);
    expect((await showJson(1)).provenance.path).toBe(edited);
  });

  it('skip is the default and says so', async () => {
    await t.arca(['import', FERRY]);
    const edited = editedFerry();
    const r = await t.arca(['import', edited]);
    expect(r.stderr).toBe(
      '1 duplicate skipped (--verbose lists them)\nimported 0, updated 0, duplicates 1, failed 0\n',
    );
    const verbose = await t.arca(['--verbose', 'import', edited]);
    expect(verbose.stderr).toBe(
      `${edited}: duplicate of article 1, skipped\nimported 0, updated 0, duplicates 1, failed 0\n`,
    );
  });

  it('a re-imported folder says one line about its duplicates, names every failure, and --json lists every item', async () => {
    const folder = path.join(t.dir, 'pages');
    fs.mkdirSync(folder);
    for (let i = 1; i <= 12; i++) {
      fs.writeFileSync(
        path.join(folder, `page-${String(i).padStart(2, '0')}.json`),
        JSON.stringify({
          title: `Harbour notice ${i}`,
          body: `The harbour office posted notice number ${i}.`,
          published: '2026-11-01',
        }),
      );
    }
    expect((await t.arca(['-q', 'import', folder])).code).toBe(0);
    const broken = path.join(folder, 'zz-broken.json');
    fs.writeFileSync(broken, '{"title": ');
    const again = await t.arca(['import', folder]);
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^arca: error: ${broken}: `)),
      '12 duplicates skipped (--verbose lists them)',
      'imported 0, updated 0, duplicates 12, failed 1',
      'arca: error: 1 of 13 items failed (named above)',
      '',
    ]);
    const json = JSON.parse((await t.arca(['--json', 'import', folder])).stdout);
    expect(json.items.map((i: { status: string }) => i.status)).toEqual([...Array(12).fill('duplicate'), 'failed']);
  });

  it('rejects an unknown policy as a usage error', async () => {
    const r = await t.arca(['import', '--on-duplicate', 'merge', FERRY]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --on-duplicate must be one of skip, update, keep (got "merge")\n',
    });
  });
});

describe('a taken-down article is never revived by re-import', () => {
  /** Through the takedown commands when this build has them, else by flipping the status the way they would. */
  async function takeDown(id: number) {
    if ((await runCli(['takedown', '--help'])).code === 0) {
      expect((await t.arca(['takedown', 'open', String(id), '--claimant', 'Heron Bay Press'])).code).toBe(0);
      expect((await t.arca(['takedown', 'remove', 'R1'])).code).toBe(0);
    } else {
      const db = new Database(t.db);
      db.prepare("UPDATE articles SET status = 'removed' WHERE id = ?").run(id);
      db.close();
    }
  }

  it.each(['update', 'keep'])('--on-duplicate %s reports a duplicate and the article stays removed', async (policy) => {
    await t.arca(['import', FERRY]);
    await takeDown(1);
    const edited = editedFerry();
    const r = await t.arca(['import', '--json', '--on-duplicate', policy, FERRY, edited]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      imported: 0,
      updated: 0,
      duplicates: 2,
      failed: 0,
      skipped: 0,
      items: [
        item({ path: FERRY, status: 'duplicate', duplicate_of: 1 }),
        item({ path: edited, status: 'duplicate', duplicate_of: 1 }),
      ],
    });
    expect(await listIds('--status', 'all')).toEqual([1]);
    expect(await showJson(1)).toMatchObject({ status: 'removed', body: FERRY_BODY, provenance: { path: FERRY } });
  });
});

describe('standard input and --format', () => {
  it('imports a page from - with --format txt, recording "-" as its path', async () => {
    const r = await t.arca(['import', '--format', 'txt', '-'], { input: fs.readFileSync(FERRY) });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'imported 1, updated 0, duplicates 0, failed 0\n' });
    expect(await showJson(1)).toMatchObject({
      title: FERRY_TITLE,
      body: FERRY_BODY,
      window_days: 20,
      provenance: { path: '-', encoding: 'utf-8' },
    });
  });

  it('imports NDJSON from -, failing a bad line alone with its number', async () => {
    const truncated = '{"title": "半截记录", "body":';
    // The record ends too soon: the error points one character past its end.
    const reason = `invalid JSON: Unexpected end of JSON input at column ${truncated.length + 1}`;
    const lines = [
      JSON.stringify({
        title: '雁湖码头增设候船亭',
        source: '雁湖市交通运输局',
        original_url: 'http://www.yhjt.example.cn/news/1',
        body: '东码头新建两座候船亭。',
      }),
      truncated,
      '',
      JSON.stringify({
        title: 'Heron Bay ferry adds a night crossing',
        source: 'Heron Bay Times',
        body: 'A night crossing starts on Monday.',
      }),
    ];
    const r = await t.arca(['import', '--format', 'ndjson', '--json', '-'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`arca: error: -:2: ${reason}`);
    expect(JSON.parse(r.stdout)).toEqual({
      imported: 2,
      updated: 0,
      duplicates: 0,
      failed: 1,
      skipped: 0,
      items: [
        item({ path: '-', line: 1, status: 'imported', id: 1 }),
        item({ path: '-', line: 2, status: 'failed', error: reason }),
        item({ path: '-', line: 4, status: 'imported', id: 2 }),
      ],
    });
    expect((await showJson(2)).title).toBe('Heron Bay ferry adds a night crossing');
  });

  it('--format overrides a misleading extension', async () => {
    const misnamed = path.join(t.dir, 'library.json');
    fs.copyFileSync(LIBRARY, misnamed);
    const byExtension = await t.arca(['import', misnamed]);
    expect(byExtension.code).toBe(1);
    expect(byExtension.stderr.split('\n')[0]).toBe(
      `arca: error: ${misnamed}: invalid JSON: Unexpected token '<' at line 1`,
    );
    const r = await t.arca(['import', '--format', 'html', misnamed]);
    expect(r.code).toBe(0);
    expect(await showJson(1)).toMatchObject({
      title: '雁湖市图书馆延长夜间开放时间',
      provenance: { path: misnamed, encoding: 'gb18030' },
    });
  });
});

describe('result output', () => {
  const mixed = () =>
    folder('mixed', {
      'a-ferry.txt': fs.readFileSync(FERRY),
      'b-ferry-again.txt': fs.readFileSync(FERRY),
      'c-broken.txt': BINARY,
    });

  it('--json prints the result object of the spec, and exits 1 when an item failed', async () => {
    const dir = mixed();
    const r = await t.arca(['import', '--json', dir]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(['imported', 'updated', 'duplicates', 'failed', 'skipped', 'items']);
    expect(result).toEqual({
      imported: 1,
      updated: 0,
      duplicates: 1,
      failed: 1,
      skipped: 0,
      items: [
        item({ path: path.join(dir, 'a-ferry.txt'), status: 'imported', id: 1 }),
        item({ path: path.join(dir, 'b-ferry-again.txt'), status: 'duplicate', duplicate_of: 1 }),
        item({
          path: path.join(dir, 'c-broken.txt'),
          status: 'failed',
          error: 'not text (binary or undecodable bytes)',
        }),
      ],
    });
    expect(Object.keys(result.items[0])).toEqual(['path', 'line', 'status', 'id', 'duplicate_of', 'error', 'warnings']);
  });

  it('--ndjson prints one item a line, the same items as --json', async () => {
    const dir = mixed();
    const r = await t.arca(['import', '--ndjson', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual([
      item({ path: path.join(dir, 'a-ferry.txt'), status: 'imported', id: 1 }),
      item({ path: path.join(dir, 'b-ferry-again.txt'), status: 'duplicate', duplicate_of: 1 }),
      item({ path: path.join(dir, 'c-broken.txt'), status: 'failed', error: 'not text (binary or undecodable bytes)' }),
    ]);
  });

  it('-q silences the summary and duplicate notes but not the errors', async () => {
    expect(await t.arca(['import', '-q', FERRY])).toEqual({ code: 0, stdout: '', stderr: '' });
    const dir = mixed();
    const r = await t.arca(['import', '-q', dir]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `arca: error: ${path.join(dir, 'c-broken.txt')}: not text (binary or undecodable bytes)\narca: error: 1 of 3 items failed (named above)\n`,
    });
  });
});
