import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, ARTICLE_JOINS } from '../../src/db/article-columns.js';
import { articleFilterSql, articleOrderSql, iterateArticles } from '../../src/db/articles.js';
import type { Db } from '../../src/db/connection.js';
import { parseArticleFilters } from '../../src/query/filters.js';
import { addArticle, memoryArchive, VIEW as view } from '../helpers/archive.js';

function archive() {
  const db = memoryArchive();
  addArticle(db, { title: 'old', published: '2024-01-01', source: '甲法院' });
  addArticle(db, { title: 'newer with time', published: '2026-11-20T09:30', source: '乙检察院', window_days: 15 });
  addArticle(db, { title: 'taken down', published: '2026-11-25', source: '甲法院' }, { status: 'removed' });
  addArticle(db, { title: 'undated', published: null, source: '丙' });
  return db;
}

const ids = (db: Db, raw: Parameters<typeof parseArticleFilters>[0]) =>
  [...iterateArticles(db, parseArticleFilters(raw, 'Asia/Shanghai'), view)].map((a) => a.title);

describe('article queries', () => {
  it('list newest first, undated last, removed hidden by default', () => {
    expect(ids(archive(), {})).toEqual(['newer with time', 'old', 'undated']);
    expect(ids(archive(), { status: 'removed' })).toEqual(['taken down']);
    expect(ids(archive(), { asc: true })).toEqual(['old', 'newer with time', 'undated']);
  });

  it('date bounds include date-times on the bound day', () => {
    expect(ids(archive(), { since: '2026-11-20', until: '2026-11-20' })).toEqual(['newer with time']);
  });

  it('compute window_ends from the article window or the archive default, and filter on it', () => {
    const db = archive();
    const all = [...iterateArticles(db, parseArticleFilters({ status: 'all' }, 'UTC'), view)];
    expect(Object.fromEntries(all.map((a) => [a.title, a.window_ends]))).toEqual({
      'newer with time': '2026-12-05',
      old: '2024-01-31',
      'taken down': '2026-12-25',
      undated: null,
    });
    expect(ids(db, { window: 'open' })).toEqual(['newer with time']);
    expect(ids(db, { window: 'closed' })).toEqual(['old']);
  });

  it('treat LIKE wildcards in filter text literally', () => {
    expect(ids(archive(), { source: '%' })).toEqual([]);
    expect(ids(archive(), { source: '法院' })).toEqual(['old']);
  });

  it('read the default list order from an index, without sorting the table', () => {
    const db = archive();
    const filters = parseArticleFilters({ limit: '20' }, 'UTC');
    const { where, params } = articleFilterSql(filters, view);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT ${ARTICLE_COLUMNS} FROM articles a ${ARTICLE_JOINS} ${where} ${articleOrderSql(filters)} LIMIT 20`,
      )
      .all(params)
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('USING INDEX articles_status_published');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
