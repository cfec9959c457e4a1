import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileQuery,
  MAX_QUERY_CHARACTERS,
  MAX_QUERY_TERMS,
  QuerySyntaxError,
  type SearchField,
} from '../../src/search/query.js';
import { searchArticles } from '../../src/db/search-index.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import { addArticle, memoryArchive, VIEW } from '../helpers/archive.js';

type Row = Record<SearchField, string | null>;

/** Fictional articles; ids are their positions plus one. */
const ROWS: Row[] = [
  {
    title: '青山市中级人民法院公开宣判',
    body: '法院认为，被告人行为构成诈骗罪。',
    source: '青山日报',
    author: '记者 林晓',
  },
  { title: '检察机关提起公诉', body: '白河区人民检察院依法提起公诉，法院受理。', source: '白河法治网', author: null },
  {
    title: 'Supreme Court hears appeal',
    body: 'The court-house opened; GDP增长 was discussed.',
    source: 'Harbor Times',
    author: 'Ann Lee',
  },
  { title: '调解工作经验', body: '人民调解员走进社区。法院，判决书送达。', source: '青山日报', author: '佚名' },
];

const db = memoryArchive();
ROWS.forEach((row) => addArticle(db, { ...row, title: row.title ?? '', body: row.body ?? '' }));
const everyArticle = parseArticleFilters({ status: 'all' }, VIEW.tz);
const matching = (match: string) =>
  searchArticles(db, { match }, everyArticle, VIEW)
    .hits.map((hit) => hit.article.id)
    .sort((a, b) => a - b);

/** Ids found by the archive's search, after checking that verify() on the rows agrees with it exactly. */
function search(query: string, fields?: SearchField[]): number[] {
  const compiled = compileQuery(query, fields);
  const ids = matching(compiled.match);
  const verified = ROWS.flatMap((row, i) => (compiled.verify(row) ? [i + 1] : []));
  expect(verified).toEqual(ids);
  return ids;
}

describe('compileQuery: what a query finds', () => {
  it('finds a two-character word inside longer words', () => {
    expect(search('法院')).toEqual([1, 2, 4]);
  });

  it('finds a single character wherever it occurs, also at the end of a run', () => {
    expect(search('公')).toEqual([1, 2]);
    expect(search('院')).toEqual([1, 2, 4]);
  });

  it('finds a longer CJK string only where it occurs as written', () => {
    expect(search('人民法院')).toEqual([1]);
    expect(search('人民检察院')).toEqual([2]);
  });

  it('joins terms with AND when separated by spaces', () => {
    expect(search('法院 公诉')).toEqual([2]);
  });

  it('takes either side of OR', () => {
    expect(search('诈骗 OR 调解')).toEqual([1, 4]);
  });

  it('binds OR tighter than the spaces around it', () => {
    expect(search('法院 诈骗 OR 公诉')).toEqual([1, 2]);
  });

  it('excludes terms and phrases marked with a minus', () => {
    expect(search('法院 -检察')).toEqual([1, 4]);
    expect(search('法院 -"判决书"')).toEqual([1, 2]);
  });

  it('matches Latin words case-insensitively as whole words', () => {
    expect(search('COURT')).toEqual([3]);
    expect(search('cour')).toEqual([]);
  });

  it('matches a Latin prefix with a trailing star', () => {
    expect(search('cour*')).toEqual([3]);
  });

  it('matches a phrase with any punctuation or spaces between its words', () => {
    expect(search('"court house"')).toEqual([3]);
    expect(search('"house court"')).toEqual([]);
  });

  it('needs a break in the text where a phrase separates two CJK parts', () => {
    expect(search('"法院 判决"')).toEqual([4]);
    expect(search('"法院判决"')).toEqual([]);
  });

  it('matches mixed Latin and CJK terms', () => {
    expect(search('gdp增长')).toEqual([3]);
    expect(search('GDP增')).toEqual([3]);
  });

  it('searches only the fields asked for', () => {
    expect(search('法院', ['title'])).toEqual([1]);
    expect(search('青山', ['source', 'author'])).toEqual([1, 4]);
    expect(search('法院 -人民', ['title'])).toEqual([]);
  });

  it('treats FTS5 syntax in the query as plain text', () => {
    expect(search('title:法院')).toEqual([]);
    expect(search('"supreme" AND court')).toEqual([]);
    expect(search('NEAR(court')).toEqual([]);
    expect(search('^court')).toEqual([3]);
  });
});

describe('compileQuery: the MATCH expression', () => {
  it('is one quoted phrase of index tokens per term', () => {
    expect(compileQuery('人民法院').match).toBe('("人民 民法 法院")');
    expect(compileQuery('法').match).toBe('("法"*)');
    expect(compileQuery('"GDP 增长" OR court* -"a b" -c').match).toBe('(("gdp 增长" OR "court"*)) NOT ("a b" OR "c")');
  });

  it('puts the searched fields in a column filter', () => {
    expect(compileQuery('法院 判决', ['title', 'body']).match).toBe(
      '({title body} : "法院") AND ({title body} : "判决")',
    );
  });

  it('folds traditional characters to the simplified ones the index holds', () => {
    expect(compileQuery('檢察院').match).toBe(compileQuery('检察院').match);
    expect(compileQuery('檢察院', undefined, { exactScript: true }).match).toBe('("检察 察院")');
  });

  it('searches the URL column, whose tokens are marked, for a term that looks like a URL or a host', () => {
    expect(compileQuery('hljcourt.gov.cn').match).toBe('("\uE000hljcourt \uE000gov \uE000cn")');
    expect(compileQuery('https://www.tpc.example/news#top').match).toBe(compileQuery('tpc.example/news').match);
    expect(compileQuery('39907', ['url', 'title']).match).toBe('(({title} : "39907" OR "\uE00039907"))');
  });

  it('finds where the included terms match, in the text as written, without exclusions', () => {
    const { hitsIn } = compileQuery('法 "Supreme  court" 人民法院 -检察');
    const text = 'The SUPREME court: 最高人民法院，人民檢察院';
    expect(hitsIn(text, 'body').map(([from, to]) => text.slice(from, to))).toEqual(['SUPREME court', '人民法院']);
    expect(hitsIn(text, 'url')).toEqual([]);
  });
});

describe('compileQuery: malformed queries', () => {
  const cases: Array<[string, string]> = [
    ['', 'empty query: give a word or phrase to search for'],
    ['   ', 'empty query: give a word or phrase to search for'],
    ['法院 "判决', 'unbalanced quote in "法院 \\"判决": close the phrase with "'],
    ['OR', '"OR" needs a term on both sides in "OR": write it as a OR b'],
    ['法院 OR', '"OR" needs a term on both sides in "法院 OR": write it as a OR b'],
    ['法院 OR OR 判决', '"OR" needs a term on both sides in "法院 OR OR 判决": write it as a OR b'],
    ['-法院', '"-法院" only excludes: add a term to search for, e.g. 判决 -法院'],
    ['-"法院" -判决', '"-\\"法院\\" -判决" only excludes: add a term to search for, e.g. 判决 -法院'],
    ['法院 -', '"-" must be followed by a word or phrase to exclude in "法院 -": write -word or -"phrase"'],
    [
      '法院 OR -判决',
      'an exclusion cannot be an alternative of OR in "法院 OR -判决": put exclusions outside OR, e.g. a OR b -c',
    ],
    ['*** ？！', 'nothing to search for in "*** ？！": use words, numbers or CJK characters'],
  ];
  it.each(cases)('rejects %j', (query, message) => {
    expect(() => compileQuery(query)).toThrow(QuerySyntaxError);
    expect(() => compileQuery(query)).toThrow(new QuerySyntaxError(message));
  });

  it('shortens a long query in the message', () => {
    expect(() => compileQuery(`"${'法'.repeat(100)}`)).toThrow(
      `unbalanced quote in "\\"${'法'.repeat(59)}…": close the phrase with "`,
    );
  });

  it('accepts lower-case "or" and a quoted "OR" as words', () => {
    expect(compileQuery('a or "OR"').match).toBe('("a") AND ("or") AND ("or")');
  });

  it('rejects an empty field list', () => {
    expect(() => compileQuery('法院', [])).toThrow(
      new QuerySyntaxError('no field to search: use title, body, source, author or url'),
    );
  });
});

describe('compileQuery: bounds', () => {
  it('refuses a query longer than a passage, naming its length and the limit', () => {
    expect(() => compileQuery('法'.repeat(MAX_QUERY_CHARACTERS + 1))).toThrow(
      new QuerySyntaxError(
        `the query is ${MAX_QUERY_CHARACTERS + 1} characters long; search for a passage of at most ${MAX_QUERY_CHARACTERS}`,
      ),
    );
    expect(compileQuery('法'.repeat(MAX_QUERY_CHARACTERS)).match).toContain('法法');
  });

  it('refuses more terms than it searches at once, counting OR terms and exclusions', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    expect(() => compileQuery(words(MAX_QUERY_TERMS + 1).join(' OR '))).toThrow(
      new QuerySyntaxError(
        `the query has ${MAX_QUERY_TERMS + 1} terms; at most ${MAX_QUERY_TERMS} are searched at once`,
      ),
    );
    expect(() => compileQuery(['法院', ...words(MAX_QUERY_TERMS).map((w) => `-${w}`)].join(' '))).toThrow(
      QuerySyntaxError,
    );
    expect(() => compileQuery(words(MAX_QUERY_TERMS).join(' OR '))).not.toThrow();
  });
});

describe('compileQuery with hostile input', () => {
  const runs = (query: string): void => {
    try {
      const compiled = compileQuery(query);
      expect(() => matching(compiled.match)).not.toThrow();
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
    }
  };

  it.each([
    '"',
    '""',
    '*',
    '"法院"*',
    'NEAR(法院 判决)',
    'title:法院',
    '{title}: x',
    '^法院',
    'AND AND',
    'a AND OR NOT b',
    '法院 NOT 判决',
    '(((',
    ')',
    '-',
    '--x',
    'x" y "z',
    '\u0000\uD800\uFFFF\u200B',
    '𠀀'.repeat(300),
    'ab '.repeat(2000),
    `${'法院判决书'.repeat(4000)}`,
    Array.from({ length: 2000 }, (_, i) => `-w${i}`).join(' ') + ' 法',
  ])('never lets SQLite raise for %j', runs);

  const queryish = fc.string({
    unit: fc.constantFrom(
      '"',
      '-',
      '*',
      '(',
      ')',
      ':',
      '^',
      '{',
      '}',
      ' ',
      'OR',
      'AND',
      'NEAR',
      'NOT',
      '法',
      '院',
      'a',
      'Z',
      '1',
      '　',
      '\n',
      '\uD800',
    ),
    maxLength: 30,
  });

  it('either compiles or throws QuerySyntaxError, and MATCH always runs', () => {
    fc.assert(fc.property(fc.oneof(queryish, fc.string({ unit: 'binary', maxLength: 60 })), runs), { numRuns: 500 });
  });
});
