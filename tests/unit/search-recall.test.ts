import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery, SEARCH_FIELDS, type SearchField } from '../../src/search/query.js';
import { indexTokens } from '../../src/search/tokens.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';


interface Row extends Record<SearchField, string | null> {
  id: number;
  title: string;
  published: string | null;
  status: string;
}

/** The index design recommended for the archive: contentless FTS5 over our tokens, positions kept. */
function createArchive(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE articles (
      id INTEGER PRIMARY KEY, title TEXT NOT NULL, published TEXT, source TEXT, author TEXT, body TEXT,
      status TEXT NOT NULL DEFAULT 'active'
    );
    CREATE INDEX articles_search_keys ON articles (id, status, published);
    CREATE VIRTUAL TABLE article_search USING fts5(
      title, body, source, author, content = '', contentless_delete = 1, detail = full, tokenize = 'ascii'
    );
    INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(1000.0, 1.0, 4.0, 4.0)');
  `);
  return db;
}

function store(db: Database.Database, rows: Row[]): void {
  const article = db.prepare('INSERT INTO articles (id, title, published, source, author, body, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO article_search (rowid, title, body, source, author) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const row of rows) {
      article.run(row.id, row.title, row.published, row.source, row.author, row.body, row.status);
      index.run(row.id, ...SEARCH_FIELDS.map((field) => indexTokens(row[field] ?? '')));
    }
  })();
}

const RANKED = `SELECT s.rowid FROM article_search s JOIN articles a ON a.id = s.rowid
  WHERE article_search MATCH ? AND a.status = 'active' ORDER BY s.rank, a.published DESC, a.id DESC LIMIT 20`;

describe.skipIf(NO_SHARED)('search over a generated corpus', () => {
  let folder: string;
  let rows: Row[];
  let db: Database.Database;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'arca-search-'));
    generateCorpus({ count: 300, out: folder, format: 'ndjson' });
    rows = readFileSync(path.join(folder, 'corpus.ndjson'), 'utf8').trim().split('\n').map((line, i) => {
      const record = JSON.parse(line) as Row;
      return { ...record, id: i + 1, status: 'active' };
    });
    db = createArchive();
    store(db, rows);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /**
   * Plain JS references, written without the search code: substrings for CJK, whole words for Latin,
   * over NFKC text (the folding search documents: full-width = ASCII, ℃ = °C).
   */
  const contains = (text: string) => (field: string) => field.includes(text);
  const matches = (pattern: RegExp) => (field: string) => pattern.test(field);
  const word = (w: string) => matches(new RegExp(`(?<![a-z0-9])${w}(?![a-z0-9])`, 'i'));
  const wordStart = (w: string) => matches(new RegExp(`(?<![a-z0-9])${w}`, 'i'));
  type FieldTest = (field: string) => boolean;
  const inRow = (row: Row, test: FieldTest, fields: readonly SearchField[] = SEARCH_FIELDS): boolean =>
    fields.some((field) => row[field] !== null && test(row[field]!.normalize('NFKC')));

  const cases: Array<[string, (row: Row) => boolean, SearchField[]?]> = [
    ['法', (r) => inRow(r, contains('法'))],
    ['院', (r) => inRow(r, contains('院'))],
    ['法院', (r) => inRow(r, contains('法院'))],
    ['检察', (r) => inRow(r, contains('检察'))],
    ['检察院', (r) => inRow(r, contains('检察院'))],
    ['习近平', (r) => inRow(r, contains('习近平'))],
    ['人民检察院', (r) => inRow(r, contains('人民检察院'))],
    ['最高人民法院', (r) => inRow(r, contains('最高人民法院'))],
    ['CCD', (r) => inRow(r, word('ccd'))],
    ['2023', (r) => inRow(r, word('2023'))],
    ['c*', (r) => inRow(r, wordStart('c'))],
    ['SD*', (r) => inRow(r, wordStart('sd'))],
    ['法院 判决', (r) => inRow(r, contains('法院')) && inRow(r, contains('判决'))],
    ['EOS 7D', (r) => inRow(r, word('eos')) && inRow(r, word('7d'))],
    ['裁定 OR 判决', (r) => inRow(r, contains('裁定')) || inRow(r, contains('判决'))],
    ['CCD OR CMOS', (r) => inRow(r, word('ccd')) || inRow(r, word('cmos'))],
    ['法院 -检察院', (r) => inRow(r, contains('法院')) && !inRow(r, contains('检察院'))],
    ['习近平 -"人民法院" -c*', (r) => inRow(r, contains('习近平')) && !inRow(r, contains('人民法院')) && !inRow(r, wordStart('c'))],
    ['"EOS 7D"', (r) => inRow(r, matches(/(?<![a-z0-9])eos[^\p{L}\p{N}]+7d(?![a-z0-9])/iu))],
    ['"graduate fog"', (r) => inRow(r, matches(/(?<![a-z0-9])graduate[^\p{L}\p{N}]+fog(?![a-z0-9])/iu))],
    ['EOS单反', (r) => inRow(r, matches(/(?<![a-z0-9])eos单反/i))],
    ['索尼T90', (r) => inRow(r, matches(/索尼t90(?![a-z0-9])/i))],
    ['法院', (r) => inRow(r, contains('法院'), ['title']), ['title']],
    ['人民法院', (r) => inRow(r, contains('人民法院'), ['source']), ['source']],
    ['佚名 OR 记者', (r) => inRow(r, contains('佚名'), ['author']) || inRow(r, contains('记者'), ['author']), ['author']],
  ];

  it.each(cases)('finds for %j exactly the articles a plain scan finds', (query, expected, fields) => {
    const compiled = compileQuery(query, fields);
    const found = db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid').pluck().all(compiled.match);
    const scanned = rows.filter(expected).map((row) => row.id);
    expect(scanned.length).toBeGreaterThan(0);
    expect(found).toEqual(scanned);
    expect(rows.filter((row) => compiled.verify(row)).map((row) => row.id)).toEqual(scanned);
  });

  it('ranks articles with the term in the title first', () => {
    const ranked = db.prepare(RANKED).pluck().all(compileQuery('法院').match) as number[];
    const titled = rows.filter((row) => row.title.includes('法院')).length;
    expect(titled).toBeGreaterThan(3);
    const head = ranked.slice(0, Math.min(titled, ranked.length));
    expect(head.filter((id) => rows[id - 1].title.includes('法院'))).toEqual(head);
  });
});

describe('ranking', () => {
  const article = (id: number, title: string, body: string, published: string, status = 'active'): Row =>
    ({ id, title, body, published, status, source: '青山日报', author: null });

  it('puts title hits above body hits, then the newest first, and leaves out removed articles', () => {
    const db = createArchive();
    store(db, [
      article(1, '工作简报', '本月完成调解三件，群众满意。', '2019-03-01'),
      article(2, '社区调解新模式', '居委会每周接待群众来访。', '2020-01-01'),
      article(3, '工作简报', '本月完成调解三件，群众满意。', '2024-05-01'),
      article(4, '工作简报', '本月完成调解三件，群众满意。', '2023-03-01', 'removed'),
      article(5, '天气', '晴。', '2025-01-01'),
    ]);
    expect(db.prepare(RANKED).pluck().all(compileQuery('调解').match)).toEqual([2, 3, 1]);
  });
});
