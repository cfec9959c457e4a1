import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/arca.js';
import { runCli, tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');
const EXAMPLES = path.join(ROOT, 'examples');

/**
 * examples/ then two e2e pages: ids 1–8. The ones tests name:
 * 1 松江区法院发布劳动争议典型案例 (松江区人民法院, 2025-03-01), 3 梧桐街道举办“法律进小区”市集 (2025-05-18),
 * 4 松江区人民法院开通夜间立案服务 (2025-04-10), 6 松江区图书馆试行“无休日”开放 (2025-06-02),
 * 8 白石市检察院开展未成年人保护专项监督 (2025-07-02, 15-day window).
 */
const SEED = [EXAMPLES, path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')];

const ALL_COLUMNS = [
  'id',
  'title',
  'site',
  'category',
  'published',
  'source',
  'author',
  'editor',
  'views',
  'original_url',
  'site_url',
  'body',
  'disclaimer',
  'window_days',
  'window_unit',
  'window_ends',
  'status',
  'imported_at',
  'provenance_path',
  'provenance_sha256',
  'provenance_encoding',
];

/** What a round trip must carry over unchanged. */
const CONTENT_FIELDS = [
  'title',
  'body',
  'source',
  'author',
  'editor',
  'published',
  'original_url',
  'site_url',
  'disclaimer',
  'window_days',
  'window_unit',
  'site',
  'category',
  'views',
] as const;

const HOSTILE_RECORDS = [
  {
    title: '<script>alert(1)</script>',
    published: '2025-01-02',
    source: 'Night Owl Gazette',
    body: 'First line <img src=x onerror=alert(1)>\nSecond line & more',
    original_url: 'javascript:alert(1)',
    disclaimer: 'Rights holders may contact us within 30 days.',
  },
  {
    title: '../../etc/passwd',
    published: '2025-01-03',
    source: 'Night Owl Gazette',
    body: 'A title that tries to climb out of the export folder.',
    original_url: 'https://owl.example/passwd',
  },
  {
    title: '=HYPERLINK("http://evil.example","click")',
    published: '2025-01-04',
    source: 'Night Owl Gazette',
    body: 'A title a spreadsheet would run as a formula.',
  },
];

type Archive = ReturnType<typeof tempCliArchive>;
type Json = { [field: string]: unknown };

let t: Archive;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

async function seed(archive: Archive = t): Promise<void> {
  const r = await archive.arca(['-q', 'import', ...SEED]);
  expect([r.code, r.stderr]).toEqual([0, '']);
}

async function importRecords(records: object[]): Promise<void> {
  const r = await t.arca(['-q', 'import', '--format', 'ndjson', '-'], {
    input: records.map((x) => JSON.stringify(x)).join('\n'),
  });
  expect([r.code, r.stderr]).toEqual([0, '']);
}

function ndjson(stdout: string): Json[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Json);
}

async function exported(args: string[] = []): Promise<Json[]> {
  const r = await t.arca(['-q', 'export', ...args]);
  expect(r.code).toBe(0);
  return ndjson(r.stdout);
}

function pick(record: Json, fields: readonly string[]): Json {
  return Object.fromEntries(fields.map((f) => [f, record[f]]));
}

/** Every file under dir, as sorted paths relative to it. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
}

/** All text an export folder holds, for "never appears anywhere" checks. */
function folderText(dir: string): string {
  return filesUnder(dir)
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

describe('ndjson and json', () => {
  it('export | import --format ndjson - into an empty archive reproduces every article', async () => {
    await seed();
    const first = await t.arca(['export']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('exported 8 articles\n');
    const original = ndjson(first.stdout);
    expect(original).toHaveLength(8);

    const copy = tempCliArchive();
    try {
      const imp = await copy.arca(['import', '--format', 'ndjson', '-'], { input: first.stdout });
      expect(imp.code).toBe(0);
      expect(imp.stderr).toBe('imported 8, updated 0, duplicates 0, failed 0\n');
      const again = await copy.arca(['-q', 'export']);
      const copied = ndjson(again.stdout);
      expect(copied.map((a) => pick(a, CONTENT_FIELDS))).toEqual(original.map((a) => pick(a, CONTENT_FIELDS)));
      // Windows stated in words (十五日, thirty days) and the archive default survive as numbers and dates.
      expect(copied.map((a) => [a.window_days, a.window_ends])).toEqual(
        original.map((a) => [a.window_days, a.window_ends]),
      );
      expect(copied.find((a) => a.id === 8)).toMatchObject({ window_days: 15, window_ends: '2025-07-17' });
    } finally {
      copy.cleanup();
    }
  });

  it('every ndjson line is the full article shape, provenance included', async () => {
    await seed();
    const [first] = await exported(['--limit', '1']);
    // The CSV's columns, with its three provenance_* columns as the one provenance object.
    expect(Object.keys(first!)).toEqual([...ALL_COLUMNS.filter((c) => !c.startsWith('provenance_')), 'provenance']);
    expect(first).toMatchObject({
      id: 1,
      title: '松江区法院发布劳动争议典型案例',
      editor: '程远',
      views: 522,
      status: 'active',
      imported_at: '2026-11-26T10:00:00+08:00',
      provenance: { path: path.join(EXAMPLES, 'cms-export.ndjson'), encoding: 'utf-8' },
    });
    expect((first!.provenance as Json).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('--format json is one array holding the same records as ndjson', async () => {
    await seed();
    const json = await t.arca(['-q', 'export', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(await exported());
  });

  it('--format json of an empty selection is []', async () => {
    await seed();
    const json = await t.arca(['export', '--format', 'json', '--source', 'no such source']);
    expect([json.code, json.stdout, json.stderr]).toEqual([0, '[]\n', 'exported 0 articles\n']);
  });
});

describe('filters and streams', () => {
  it('applies the list filters and keeps stdout for data, the summary on stderr, nothing with -q', async () => {
    await seed();
    const bySource = await t.arca(['export', '--source', '松江区人民法院']);
    expect(bySource.stderr).toBe('exported 2 articles\n');
    expect(ndjson(bySource.stdout).map((a) => [a.id, a.source])).toEqual([
      [1, '松江区人民法院'],
      [4, '松江区人民法院'],
    ]);

    const since = await t.arca(['-q', 'export', '--since', '2025-05-01']);
    expect(since.stderr).toBe('');
    expect(ndjson(since.stdout).map((a) => [a.id, a.published])).toEqual([
      [3, '2025-05-18'],
      [6, '2025-06-02T09:00'],
      [8, '2025-07-02'],
    ]);

    const csv = await t.arca(['export', '--format', 'csv', '--fields', 'id', '--until', '2025-01-31']);
    expect([csv.stdout, csv.stderr]).toEqual(['id\r\n5\r\n7\r\n', 'exported 2 articles\n']);
  });

  it('a bad filter is a usage error before anything is written', async () => {
    await seed();
    const out = path.join(t.dir, 'bad.ndjson');
    const r = await t.arca(['export', '--since', 'last week', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^arca: error: .*--since.*\n$/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('csv', () => {
  const csvRows = (text: string): string[][] => parse(text, { bom: true });

  it('--out writes RFC 4180 rows that parse back to the ndjson records, Chinese text intact', async () => {
    await seed();
    const file = path.join(t.dir, 'articles.csv');
    const r = await t.arca(['export', '--format', 'csv', '--out', file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `exported 8 articles to ${file}\n`]);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = csvRows(text);
    expect(header).toEqual(ALL_COLUMNS);
    const expected = (await exported()).map((a) => {
      const { provenance, ...fields } = a as Json & { provenance: Json };
      const flat: Json = {
        ...fields,
        provenance_path: provenance.path,
        provenance_sha256: provenance.sha256,
        provenance_encoding: provenance.encoding,
      };
      return ALL_COLUMNS.map((column) => (flat[column] === null ? '' : String(flat[column])));
    });
    expect(rows).toEqual(expected);
    const court = rows.find((row) => row[0] === '7')!;
    expect(court[1]).toBe('青川县人民法院启用智慧调解中心 群众纠纷就近化解');
    expect(court[11]!.split('\n')[0]).toBe(
      '3月15日,青川县人民法院智慧调解中心正式启用,当地群众可通过远程视频与调解员沟通,矛盾纠纷在家门口即可化解。',
    );
  });

  it('--bom starts the file with EF BB BF and --fields gives exactly those columns', async () => {
    await seed();
    const file = path.join(t.dir, 'excel.csv');
    expect(
      (
        await t.arca([
          '-q',
          'export',
          '--format',
          'csv',
          '--bom',
          '--fields',
          'id,title',
          '--out',
          file,
          '--limit',
          '2',
        ])
      ).code,
    ).toBe(0);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRows(bytes.toString('utf8'))).toEqual([
      ['id', 'title'],
      ['1', '松江区法院发布劳动争议典型案例'],
      ['2', '梧桐街道人民调解委员会获评先进集体'],
    ]);
  });

  it('neutralises a title a spreadsheet would run as a formula', async () => {
    await importRecords(HOSTILE_RECORDS);
    const r = await t.arca(['-q', 'export', '--format', 'csv', '--fields', 'title']);
    expect(csvRows(r.stdout)).toEqual([
      ['title'],
      ['<script>alert(1)</script>'],
      ['../../etc/passwd'],
      ['\'=HYPERLINK("http://evil.example","click")'],
    ]);
  });

  it('an unknown field is a usage error naming it, and no file is written', async () => {
    await seed();
    const file = path.join(t.dir, 'nope.csv');
    const r = await t.arca(['export', '--format', 'csv', '--fields', 'id,colour', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`arca: error: unknown CSV field "colour"; valid fields: ${ALL_COLUMNS.join(', ')}\n`);
    expect(fs.readdirSync(t.dir).filter((name) => !name.startsWith('archive.db'))).toEqual([]);
  });
});

describe('md and html folders', () => {
  it('md writes one <id>-<title>.md per article with front matter, body and the disclaimer last', async () => {
    await seed();
    const dir = path.join(t.dir, 'lawyer');
    const r = await t.arca(['export', '--format', 'md', '--out', dir, '--source', '检察院']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `exported 1 article to ${dir}\n`]);
    expect(filesUnder(dir)).toEqual(['000008-白石市检察院开展未成年人保护专项监督.md']);
    const md = fs.readFileSync(path.join(dir, '000008-白石市检察院开展未成年人保护专项监督.md'), 'utf8');
    expect(md.startsWith('---\nid: 8\ntitle: "白石市检察院开展未成年人保护专项监督"\n')).toBe(true);
    expect(md).toContain('\nwindow_days: 15\nwindow_unit: "days"\nwindow_ends: "2025-07-17"\n');
    expect(md).toContain(
      '\n# 白石市检察院开展未成年人保护专项监督\n\n近日,白石市人民检察院围绕校园周边安全开展专项监督',
    );
    expect(md).toContain('\nOriginal link: <http://www.bsjcy.example.cn/art/2025/7/2/art_88.html>\n');
    expect(
      md.endsWith(
        '\n---\n\n\\[免责声明\\] 本文来源于网络转载,仅供学习交流使用。如涉及版权问题,请在十五日内与本网联系。\n',
      ),
    ).toBe(true);
  });

  it('html writes index.html listing every article and one page each, index links staying in the folder', async () => {
    await seed();
    const dir = path.join(t.dir, 'site');
    const r = await t.arca(['export', '--format', 'html', '--out', dir]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `exported 8 articles to ${dir}\n`]);
    const titles = (await exported()).map((a) => a.title as string);
    expect(filesUnder(dir)).toEqual(
      [...titles.map((title, i) => `${String(i + 1).padStart(6, '0')}-${title}.html`), 'index.html'].sort(),
    );
    const index = parseDocument(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
    const rows = DomUtils.getElementsByTagName('tr', index).slice(1);
    expect(rows.map((row) => DomUtils.textContent(DomUtils.getElementsByTagName('td', row)[2]!))).toEqual(titles);
    for (const row of rows) {
      const href = DomUtils.getAttributeValue(DomUtils.getElementsByTagName('a', row)[0]!, 'href')!;
      expect(fs.existsSync(path.join(dir, decodeURIComponent(href)))).toBe(true);
    }
  });

  it('md and html keep hostile titles, bodies and URLs as text, with file names inside the folder', async () => {
    await importRecords(HOSTILE_RECORDS);
    const out = path.join(t.dir, 'out');
    expect((await t.arca(['-q', 'export', '--format', 'html', '--out', path.join(out, 'site')])).code).toBe(0);
    expect((await t.arca(['-q', 'export', '--format', 'md', '--out', path.join(out, 'md')])).code).toBe(0);
    const names = [
      '000001-_script_alert(1)_script_',
      '000002-_._etc_passwd',
      '000003-=HYPERLINK(_http_evil.example_,_click_)',
    ];
    expect(filesUnder(out)).toEqual([
      ...names.map((n) => path.join('md', `${n}.md`)),
      ...names.map((n) => path.join('site', `${n}.html`)),
      path.join('site', 'index.html'),
    ]);
    // ../../etc/passwd from out/site would land here.
    expect(fs.readdirSync(t.dir).filter((name) => !name.startsWith('archive.db'))).toEqual(['out']);

    const page = parseDocument(fs.readFileSync(path.join(out, 'site', `${names[0]}.html`), 'utf8'));
    const elements = DomUtils.findAll(() => true, page.children);
    expect(elements.filter((e) => ['script', 'img', 'iframe'].includes(e.name))).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attribs)).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('h1', page)[0]!)).toBe('<script>alert(1)</script>');
    const paragraphs = DomUtils.getElementsByTagName('p', page).map((p) => DomUtils.textContent(p));
    expect(paragraphs).toEqual([
      'First line <img src=x onerror=alert(1)>',
      'Second line & more',
      'Original link: javascript:alert(1)',
      'Rights holders may contact us within 30 days.',
    ]);
    const siteHtml = folderText(path.join(out, 'site'));
    expect(siteHtml).not.toMatch(/href="\s*javascript:/i);
    expect(siteHtml).toContain('<a href="https://owl.example/passwd" rel="noopener noreferrer nofollow">');

    const md = fs.readFileSync(path.join(out, 'md', `${names[0]}.md`), 'utf8');
    const content = md.slice(md.indexOf('\n---\n') + 5);
    expect(content).toBe(
      [
        '',
        '# \\<script\\>alert(1)\\</script\\>',
        '',
        'First line \\<img src=x onerror=alert(1)\\>',
        '',
        'Second line \\& more',
        '',
        'Source: Night Owl Gazette',
        '',
        'Original link: javascript:alert(1)',
        '',
        '---',
        '',
        'Rights holders may contact us within 30 days.',
        '',
      ].join('\n'),
    );
  });

  it('md and html without --out are usage errors', async () => {
    await seed();
    for (const format of ['md', 'html']) {
      const r = await t.arca(['export', '--format', format]);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `arca: error: --format ${format} writes a folder: name it with --out DIR\n`,
      ]);
    }
  });
});

describe('--out never overwrites by accident', () => {
  it('refuses an existing file without --force, leaving it untouched, and replaces it with --force', async () => {
    await seed();
    const file = path.join(t.dir, 'backup.ndjson');
    fs.writeFileSync(file, 'yesterday\n');
    const refused = await t.arca(['export', '--out', file]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      `arca: error: ${file} already exists: choose another --out or pass --force\n`,
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe('yesterday\n');

    const forced = await t.arca(['export', '--out', file, '--force']);
    expect([forced.code, forced.stdout, forced.stderr]).toEqual([0, '', `exported 8 articles to ${file}\n`]);
    expect(fs.readFileSync(file, 'utf8')).toBe((await t.arca(['-q', 'export'])).stdout);
    expect(fs.readdirSync(t.dir).filter((name) => !name.startsWith('archive.db'))).toEqual(['backup.ndjson']);
  });

  it('refuses a non-empty folder without --force, accepts an empty one, and rewrites with --force', async () => {
    await seed();
    const dir = path.join(t.dir, 'site');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me\n');
    const refused = await t.arca(['export', '--format', 'html', '--out', dir]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      '',
      `arca: error: ${dir} already exists and is not empty: choose another --out or pass --force\n`,
    ]);
    expect(filesUnder(dir)).toEqual(['notes.txt']);
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me\n');

    const empty = path.join(t.dir, 'empty');
    fs.mkdirSync(empty);
    expect((await t.arca(['-q', 'export', '--format', 'md', '--out', empty])).code).toBe(0);
    expect(filesUnder(empty)).toHaveLength(8);

    const foreign = await t.arca(['export', '--format', 'html', '--out', dir, '--force']);
    expect([foreign.code, foreign.stderr]).toEqual([
      2,
      `arca: error: ${dir} holds notes.txt, which is not part of an arca html export: choose an empty or new folder\n`,
    ]);
    expect(filesUnder(dir)).toEqual(['notes.txt']);

    const site = path.join(t.dir, 'site2');
    expect((await t.arca(['-q', 'export', '--format', 'html', '--out', site])).code).toBe(0);
    expect(filesUnder(site)).toHaveLength(9);
    const forced = await t.arca(['export', '--format', 'html', '--out', site, '--force', '--source', '松江区人民法院']);
    expect([forced.code, forced.stderr]).toEqual([0, `exported 2 articles to ${site}\n`]);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<p>2 articles</p>');
    // Pages of articles the new export leaves out are gone, not left behind.
    expect(filesUnder(site)).toHaveLength(3);
  });

  it('refuses a folder as the --out of a one-file format', async () => {
    await seed();
    const r = await t.arca(['export', '--format', 'csv', '--out', t.dir]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `arca: error: --out ${t.dir} is a folder; --format csv writes one file\n`,
    ]);
    const forced = await t.arca(['export', '--format', 'csv', '--out', t.dir, '--force']);
    expect([forced.code, forced.stderr]).toEqual([
      2,
      `arca: error: --out ${t.dir} is a folder; --format csv writes one file\n`,
    ]);
  });
});

describe('taken-down articles', () => {
  /** Article 1 removed; article 3 removed and purged. */
  const REMOVED = { id: 1, title: '松江区法院发布劳动争议典型案例', body: '发布五起劳动争议典型案例' };
  const PURGED = { id: 3, title: '梧桐街道举办“法律进小区”市集 律师现场答疑', body: '十余家律师事务所和公证处设摊' };
  let takedownCli = false;

  beforeAll(async () => {
    takedownCli = (await runCli(['takedown', 'remove', '--help'])).code === 0;
  });

  async function takeDown(id: number, purge: boolean): Promise<void> {
    if (takedownCli) {
      const open = await t.arca(['-q', 'takedown', 'open', String(id), '--claimant', 'Lotus Valley Press', '--json']);
      expect(open.code).toBe(0);
      const request = String((JSON.parse(open.stdout) as Json).id);
      expect((await t.arca(['-q', 'takedown', 'remove', request, ...(purge ? ['--purge', '--yes'] : [])])).code).toBe(
        0,
      );
      return;
    }
    const db = new Database(t.db);
    try {
      db.prepare(
        purge
          ? "UPDATE articles SET status = 'purged', body = NULL WHERE id = ?"
          : "UPDATE articles SET status = 'removed' WHERE id = ?",
      ).run(id);
    } finally {
      db.close();
    }
  }

  /** Everything each format exports with these extra arguments, as text. */
  async function everyFormat(args: string[]): Promise<{ [format: string]: string }> {
    const text: { [format: string]: string } = {};
    for (const format of ['ndjson', 'json', 'csv']) {
      const r = await t.arca(['-q', 'export', '--format', format, ...args]);
      expect(r.code).toBe(0);
      text[format] = r.stdout;
    }
    for (const format of ['md', 'html']) {
      const dir = fs.mkdtempSync(path.join(t.dir, `${format}-`));
      expect((await t.arca(['-q', 'export', '--format', format, '--out', dir, ...args])).code).toBe(0);
      text[format] = `${filesUnder(dir).join('\n')}\n${folderText(dir)}`;
    }
    return text;
  }

  beforeEach(async () => {
    await seed();
    await takeDown(REMOVED.id, false);
    await takeDown(PURGED.id, true);
  });

  it('are absent from every format by default', async () => {
    expect((await exported()).map((a) => a.id)).toEqual([2, 4, 5, 6, 7, 8]);
    for (const [format, text] of Object.entries(await everyFormat([]))) {
      for (const gone of [REMOVED, PURGED]) {
        expect(text, format).not.toContain(gone.title);
        expect(text, format).not.toContain(gone.body);
      }
      expect(text, format).toContain('白石市检察院开展未成年人保护专项监督');
    }
  });

  it('--include-removed brings the removed article back, but never a purged body', async () => {
    expect((await exported(['--include-removed'])).map((a) => [a.id, a.status, a.body === null])).toEqual([
      [1, 'removed', false],
      [2, 'active', false],
      [3, 'purged', true],
      [4, 'active', false],
      [5, 'active', false],
      [6, 'active', false],
      [7, 'active', false],
      [8, 'active', false],
    ]);
    for (const [format, text] of Object.entries(await everyFormat(['--include-removed']))) {
      expect(text, format).toContain(REMOVED.title);
      expect(text, format).toContain(REMOVED.body);
      expect(text, format).toContain(PURGED.title);
      expect(text, format).not.toContain(PURGED.body);
    }
    expect((await exported(['--include-removed', '--status', 'removed'])).map((a) => a.id)).toEqual([1, 3]);
  });

  it('--status removed without --include-removed is a usage error', async () => {
    for (const status of ['removed', 'all']) {
      const r = await t.arca(['export', '--status', status]);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `arca: error: exporting ${status} articles needs --include-removed\n`,
      ]);
    }
  });
});
