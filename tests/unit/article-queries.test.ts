import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, ARTICLE_JOINS } from '../../src/db/article-columns.js';
import { articleFilterSql, articleOrderSql, iterateArticles, type ArticleView } from '../../src/db/articles.js';
import { migrate } from '../../src/db/migrations/index.js';
import { parseArticleFilters } from '../../src/query/filters.js';

const view: ArticleView = { tz: 'Asia/Shanghai', defaultWindowDays: 30, today: '2026-11-26' };

function archive() {
  const db = new Database(':memory:');
  migrate(db, {});
  const blob = db.prepare("INSERT INTO raw_blobs (sha256, size, data) VALUES ('x', 1, x'00')").run().lastInsertRowid;
  const prov = db.prepare("INSERT INTO provenance (path, blob_id, sha256, format, imported_at) VALUES ('p', ?, 'x', 'txt', '2026-11-01T00:00:00.000Z')").run(blob).lastInsertRowid;
  const add = db.prepare(`INSERT INTO articles (title, published, source, body, body_hash, window_days, status, imported_at, provenance_id)
    VALUES (?, ?, ?, 'b', ?, ?, ?, '2026-11-01T00:00:00.000Z', ?)`);
  add.run('old', '2024-01-01', '甲法院', 'h1', null, 'active', prov);
  add.run('newer with time', '2026-11-20T09:30', '乙检察院', 'h2', 15, 'active', prov);
  add.run('taken down', '2026-11-25', '甲法院', 'h3', null, 'removed', prov);
  add.run('undated', null, '丙', 'h4', null, 'active', prov);
  return db;
}

const ids = (db: Database.Database, raw: Parameters<typeof parseArticleFilters>[0]) =>
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
      'newer with time': '2026-12-05', old: '2024-01-31', 'taken down': '2026-12-25', undated: null,
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
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT ${ARTICLE_COLUMNS} FROM articles a ${ARTICLE_JOINS} ${where} ${articleOrderSql(filters)} LIMIT 20`)
      .all(params).map((r) => (r as { detail: string }).detail).join('\n');
    expect(plan).toContain('USING INDEX articles_status_published');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
