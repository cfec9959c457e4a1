import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { searchArticles } from '../../src/db/search-index.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import { compileQuery, SEARCH_FIELDS, type SearchField } from '../../src/search/query.js';
import { addArticle, memoryArchive, VIEW } from '../helpers/archive.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';

interface Row extends Record<SearchField, string | null> {
  id: number;
  title: string;
  published: string | null;
  status: 'active' | 'removed';
}

/** An archive holding the rows, stored and indexed as an import stores them; ids follow the rows' order. */
function archiveOf(rows: Row[]): Db {
  const db = memoryArchive();
  db.transaction(() => {
    for (const row of rows) {
      const page = { title: row.title, body: row.body ?? '', source: row.source ?? null, author: row.author ?? null };
      const id = addArticle(db, { ...page, published: row.published ?? null }, { status: row.status });
      if (id !== row.id) throw new Error(`row ${row.id} was stored as article ${id}`);
    }
  })();
  return db;
}

/** The ids the product's search finds, best first (status: which articles it may show). */
function searchIds(
  db: Db, query: string, options: { fields?: SearchField[]; status?: 'active' | 'all'; limit?: string } = {},
): number[] {
  const filters = parseArticleFilters({ status: options.status ?? 'active', limit: options.limit }, VIEW.tz);
  return searchArticles(db, compileQuery(query, options.fields).match, filters, VIEW).map((hit) => hit.article.id);
}

describe.skipIf(NO_SHARED)('search over a generated corpus', () => {
  let folder: string;
  let rows: Row[];
  let db: Db;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'arca-search-'));
    generateCorpus({ count: 300, out: folder, format: 'ndjson' });
    rows = readFileSync(path.join(folder, 'corpus.ndjson'), 'utf8').trim().split('\n').map((line, i) => {
      const record = JSON.parse(line) as Row;
      return { ...record, id: i + 1, status: 'active' as const };
    });
    db = archiveOf(rows);
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
    const found = searchIds(db, query, { fields, status: 'all' }).sort((a, b) => a - b);
    const scanned = rows.filter(expected).map((row) => row.id);
    expect(scanned.length).toBeGreaterThan(0);
    expect(found).toEqual(scanned);
    expect(rows.filter((row) => compiled.verify(row)).map((row) => row.id)).toEqual(scanned);
  });

  it('ranks articles with the term in the title first', () => {
    const ranked = searchIds(db, '法院', { limit: '20' });
    const titled = rows.filter((row) => row.title.includes('法院')).length;
    expect(titled).toBeGreaterThan(3);
    const head = ranked.slice(0, Math.min(titled, ranked.length));
    expect(head.filter((id) => rows[id - 1].title.includes('法院'))).toEqual(head);
  });
});

describe('ranking', () => {
  const article = (id: number, title: string, body: string, published: string, status: Row['status'] = 'active'): Row =>
    ({ id, title, body, published, status, source: '青山日报', author: null });

  it('puts title hits above body hits, then the newest first, and leaves out removed articles', () => {
    const db = archiveOf([
      article(1, '工作简报', '本月完成调解三件，群众满意。', '2019-03-01'),
      article(2, '社区调解新模式', '居委会每周接待群众来访。', '2020-01-01'),
      article(3, '工作简报', '本月完成调解三件，群众满意。', '2024-05-01'),
      article(4, '工作简报', '本月完成调解三件，群众满意。', '2023-03-01', 'removed'),
      article(5, '天气', '晴。', '2025-01-01'),
    ]);
    expect(searchIds(db, '调解')).toEqual([2, 3, 1]);
  });
});
