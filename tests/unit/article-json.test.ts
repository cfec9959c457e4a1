import { describe, expect, it } from 'vitest';
import { iterateArticleJson, iterateArticles } from '../../src/db/articles.js';
import { articleRecord } from '../../src/export/record.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import type { ParsedPage } from '../../src/types.js';
import { addArticle, memoryArchive, VIEW as view } from '../helpers/archive.js';

const page = (over: Partial<ParsedPage>): ParsedPage => ({
  title: '北湖区法院开庭',
  site: '法治观察网',
  category: '法治动态',
  published: '2025-05-06',
  source: '北湖区人民法院',
  author: '佚名',
  editor: null,
  views: 12,
  original_url: 'http://bh.example/1',
  body: '第一段。\n第二段 "引号" \\ 反斜杠\u2028行',
  disclaimer: '请在15日内与本网联系。',
  window_days: 15,
  ...over,
});

function archive() {
  const db = memoryArchive();
  const pages: ParsedPage[] = [
    page({}),
    page({
      title: 'Sparse',
      site: '',
      category: null,
      published: null,
      source: null,
      author: '',
      views: null,
      original_url: null,
      disclaimer: null,
      window_days: null,
      body: 'x',
    }),
    page({ title: 'Timed <tag> & emoji 😀', published: '2024-02-29T23:30', views: 0, body: 'tab\there\u0001control' }),
    page({ title: 'to purge', body: 'secret text' }),
  ];
  pages.forEach((p, i) =>
    addArticle(db, p, {
      path: `/in/${i}.txt`,
      line: i === 1 ? 7 : null,
      encoding: i === 2 ? null : 'gb18030',
      importedAt: '2026-11-01T02:03:04.000Z',
      status: i === 3 ? 'purged' : 'active',
    }),
  );
  return db;
}

describe('articles serialised by SQLite', () => {
  it('are byte for byte the JSON of the export record JavaScript builds', () => {
    const db = archive();
    const filters = parseArticleFilters({ status: 'all' }, 'UTC', 'id');
    const fromSql = [...iterateArticleJson(db, filters, view)].map((b) => b.toString('utf8'));
    const fromJs = [...iterateArticles(db, filters, view)].map((a) => JSON.stringify(articleRecord(a)));
    expect(fromSql).toHaveLength(4);
    expect(fromSql).toEqual(fromJs);
    expect(JSON.parse(fromSql[3]).body).toBeNull();
    expect(JSON.parse(fromSql[0]).imported_at).toBe('2026-11-01T10:03:04+08:00');
  });
});
