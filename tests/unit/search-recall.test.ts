import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { searchArticles } from '../../src/db/search-index.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import { compileQuery, type SearchField } from '../../src/search/query.js';
import { addArticle, memoryArchive, VIEW } from '../helpers/archive.js';
import { generateCorpus, NO_SHARED } from '../helpers/shared.js';

/** The fields searched without --field. */
const TEXT_FIELDS = ['title', 'body', 'source', 'author'] as const;

interface Row extends Record<(typeof TEXT_FIELDS)[number], string | null> {
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
  db: Db,
  query: string,
  options: { fields?: SearchField[]; status?: 'active' | 'all'; limit?: string; exactScript?: boolean } = {},
): number[] {
  const filters = parseArticleFilters({ status: options.status ?? 'active', limit: options.limit }, VIEW.tz);
  const compiled = compileQuery(query, options.fields, { exactScript: options.exactScript });
  return searchArticles(db, compiled, filters, VIEW).hits.map((hit) => hit.article.id);
}

/**
 * OpenCC's character table (traditional → simplified), read here with nothing of the search code: the
 * reference folding, and its inverse to write a share of the generated pages in traditional characters.
 */
const TS_PAIRS: Array<[string, string]> = (() => {
  const source = readFileSync(createRequire(import.meta.url).resolve('opencc-js/dict/TSCharacters'), 'utf8');
  return source
    .slice(source.indexOf('"') + 1, source.lastIndexOf('"'))
    .split('|')
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([from, to]) => from !== to);
})();
const TO_SIMPLIFIED = new Map(TS_PAIRS);
const TO_TRADITIONAL = new Map(TS_PAIRS.map(([from, to]) => [to, from]).reverse());
const simplifiedChar = (char: string): string => {
  let to = char;
  while (TO_SIMPLIFIED.has(to) && TO_SIMPLIFIED.get(to) !== to) to = TO_SIMPLIFIED.get(to)!;
  return to;
};
const toTraditional = (text: string): string => Array.from(text, (char) => TO_TRADITIONAL.get(char) ?? char).join('');
/** The reference folding: NFKC, lower case, each character to its simplified form. */
const folded = (text: string): string => Array.from(text.normalize('NFKC').toLowerCase(), simplifiedChar).join('');

describe.skipIf(NO_SHARED)('search over a generated corpus', () => {
  let folder: string;
  let rows: Row[];
  let db: Db;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'arca-search-'));
    await generateCorpus({ count: 300, out: folder, format: 'ndjson' });
    rows = readFileSync(path.join(folder, 'corpus.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line, i) => {
        const record = JSON.parse(line) as Row;
        // Every third page as a Hong Kong or Taiwan source would publish it.
        const written =
          i % 3 === 2
            ? { ...record, title: toTraditional(record.title), body: toTraditional(record.body ?? '') }
            : record;
        return { ...written, id: i + 1, status: 'active' as const };
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
  const inRow = (row: Row, test: FieldTest, fields: readonly SearchField[] = TEXT_FIELDS): boolean =>
    fields.some((field) => row[field as keyof Row] !== null && test(folded(row[field as keyof Row] as string)));

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
    [
      '习近平 -"人民法院" -c*',
      (r) => inRow(r, contains('习近平')) && !inRow(r, contains('人民法院')) && !inRow(r, wordStart('c')),
    ],
    ['"EOS 7D"', (r) => inRow(r, matches(/(?<![a-z0-9])eos[^\p{L}\p{N}]+7d(?![a-z0-9])/iu))],
    ['"graduate fog"', (r) => inRow(r, matches(/(?<![a-z0-9])graduate[^\p{L}\p{N}]+fog(?![a-z0-9])/iu))],
    ['EOS单反', (r) => inRow(r, matches(/(?<![a-z0-9])eos单反/i))],
    ['索尼T90', (r) => inRow(r, matches(/索尼t90(?![a-z0-9])/i))],
    ['法院', (r) => inRow(r, contains('法院'), ['title']), ['title']],
    ['人民法院', (r) => inRow(r, contains('人民法院'), ['source']), ['source']],
    [
      '佚名 OR 记者',
      (r) => inRow(r, contains('佚名'), ['author']) || inRow(r, contains('记者'), ['author']),
      ['author'],
    ],
  ];

  it.each(cases)('finds for %j exactly the articles a plain scan finds', (query, expected, fields) => {
    const compiled = compileQuery(query, fields);
    const found = searchIds(db, query, { fields, status: 'all' }).sort((a, b) => a - b);
    const scanned = rows.filter(expected).map((row) => row.id);
    expect(scanned.length).toBeGreaterThan(0);
    expect(found).toEqual(scanned);
    expect(rows.filter((row) => compiled.verify(row)).map((row) => row.id)).toEqual(scanned);
  });

  /** Han strings of 1 to 5 characters cut from the pages, simplified and traditional, chosen by a fixed rule. */
  const hanQueries = (): string[] => {
    const queries = new Set<string>();
    for (let length = 1; length <= 5; length++) {
      for (let k = 0; k < 4; k++) {
        const row = rows[(length * 37 + k * 101) % rows.length];
        const runs = (row.body ?? '').match(/\p{Script=Han}{5,}/gu) ?? [];
        const run = runs[(k * 7) % Math.max(runs.length, 1)];
        if (!run) continue;
        const piece = run.slice(k % (run.length - length + 1), (k % (run.length - length + 1)) + length);
        queries.add(folded(piece)).add(toTraditional(folded(piece)));
      }
    }
    return [...queries];
  };

  it('finds for Han queries of 1–5 characters in either script every page whose folded text holds the folded query', () => {
    const queries = hanQueries();
    expect(queries.length).toBeGreaterThan(30);
    let mixed = 0;
    for (const query of queries) {
      const found = searchIds(db, query, { status: 'all' }).sort((a, b) => a - b);
      const scanned = rows.filter((row) => inRow(row, contains(folded(query)))).map((row) => row.id);
      expect(found, query).toEqual(scanned);
      if (scanned.some((id) => id % 3 === 0) && scanned.some((id) => id % 3 !== 0)) mixed++;
    }
    // Most queries find pages of both scripts: the folding, not luck, makes them equal.
    expect(mixed).toBeGreaterThan(queries.length / 2);
  });

  it('with --exact-script finds for the same queries exactly the pages that hold them as written', () => {
    const asWritten = (text: string): string => text.normalize('NFKC').toLowerCase();
    for (const query of hanQueries()) {
      const found = searchIds(db, query, { status: 'all', exactScript: true }).sort((a, b) => a - b);
      const scanned = rows
        .filter((row) =>
          TEXT_FIELDS.some((field) => row[field] !== null && asWritten(row[field]!).includes(asWritten(query))),
        )
        .map((row) => row.id);
      expect(found, query).toEqual(scanned);
    }
  });

  it('ranks articles with the term in the title first', () => {
    const ranked = searchIds(db, '法院', { limit: '20' });
    const titled = rows.filter((row) => folded(row.title).includes('法院')).length;
    expect(titled).toBeGreaterThan(3);
    const head = ranked.slice(0, Math.min(titled, ranked.length));
    expect(head.filter((id) => folded(rows[id - 1].title).includes('法院'))).toEqual(head);
  });
});

describe('ranking', () => {
  const article = (
    id: number,
    title: string,
    body: string,
    published: string,
    status: Row['status'] = 'active',
  ): Row => ({ id, title, body, published, status, source: '青山日报', author: null });

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
