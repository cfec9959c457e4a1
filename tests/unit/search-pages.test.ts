import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { searchArticles } from '../../src/db/search-index.js';
import { parseArticleFilters, type RawFilterOptions } from '../../src/query/filters.js';
import { compileQuery } from '../../src/search/query.js';
import { addArticle, memoryArchive, VIEW as view } from '../helpers/archive.js';

/**
 * Bodies from a few building blocks: 法院 one to three times, at different lengths. Many
 * articles tie on rank, and only their dates order them.
 */
const BODIES = [0, 1, 2].flatMap((hits) =>
  [0, 1, 2].map(
    (filler) =>
      `县法院开庭审理一起合同纠纷。${'法院当庭宣判。'.repeat(hits)}${'镇政府召开防汛工作会议。'.repeat(filler)}`,
  ),
);
const DATES = [null, '2024-03-01', '2024-03-01', '2025-07-15', '2026-01-09T08:00'];

interface Spec {
  body: number;
  date: number;
  removed: boolean;
  titleHit: boolean;
}

function archiveOf(specs: Spec[]): Db {
  const db = memoryArchive();
  db.transaction(() =>
    specs.forEach((spec) =>
      addArticle(
        db,
        {
          title: spec.titleHit ? '法院动态' : '本地新闻',
          published: DATES[spec.date],
          source: '县融媒体中心',
          body: BODIES[spec.body],
        },
        { status: spec.removed ? 'removed' : 'active' },
      ),
    ),
  )();
  return db;
}

const search = (db: Db, query: string, raw: RawFilterOptions) =>
  searchArticles(db, compileQuery(query), parseArticleFilters(raw, view.tz), view).hits.map((hit) => [
    hit.article.id,
    hit.score,
  ]);

describe('a page of search hits', () => {
  /** Articles of which about `percent` in a hundred are taken down. */
  const articles = (percent: number) =>
    fc.array(
      fc.record({
        body: fc.nat({ max: BODIES.length - 1 }),
        date: fc.nat({ max: DATES.length - 1 }),
        removed: fc.nat({ max: 99 }).map((draw) => draw < percent),
        titleHit: fc.boolean(),
      }),
      { minLength: 120, maxLength: 200 },
    );

  it('is the same slice of the full ranking, whatever is taken down, tied or paged', () => {
    fc.assert(
      fc.property(
        // More hits than a page reads as candidates (2 × its end + 50), at times with most of them taken down.
        fc.constantFrom(0, 30, 60, 90).chain(articles),
        fc.constantFrom('法院', '宣判', '法', '法院 -宣判', '"合同纠纷"'),
        fc.integer({ min: 1, max: 10 }),
        fc.nat({ max: 20 }),
        fc.constantFrom('active', 'all'),
        (specs, query, limit, offset, status) => {
          const db = archiveOf(specs);
          const all = search(db, query, { status });
          expect(search(db, query, { status, limit: String(limit), offset: String(offset) })).toEqual(
            all.slice(offset, offset + limit),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('tells the total of every hit, for single words and phrases alike, whatever is taken down', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 30, 90).chain(articles),
        // 法院当庭 and 合同纠纷 are phrases of several tokens, tallied in the ranking pass; 法院 one token.
        fc.constantFrom('法院', '法院当庭', '"合同纠纷"', '法院 -宣判'),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('active', 'all'),
        (specs, query, limit, status) => {
          const db = archiveOf(specs);
          const every = search(db, query, { status }).length;
          const page = searchArticles(
            db,
            compileQuery(query),
            parseArticleFilters({ status, limit: String(limit) }, view.tz),
            view,
          );
          expect(page.total).toBe(every);
          const quiet = parseArticleFilters({ status, limit: String(limit) }, view.tz);
          const untold = searchArticles(db, compileQuery(query), quiet, view, { total: false }).total;
          expect(untold === null || untold === every).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the newest of many tied hits, beyond the candidates a page reads first', () => {
    // 150 hits of one rank, older to newer: the first candidates by rank alone are not the newest.
    const db = memoryArchive();
    for (let day = 1; day <= 150; day++) {
      const published = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
      addArticle(db, { title: '本地新闻', published, source: '县融媒体中心', body: BODIES[0] });
    }
    expect(search(db, '法院', { limit: '2' }).map(([id]) => id)).toEqual([150, 149]);
  });

  it('orders hits of equal rank newest first, undated last', () => {
    const db = archiveOf(DATES.map((_, date) => ({ body: 0, date, removed: false, titleHit: false })));
    // Two articles share a date: the later stored comes first.
    expect(search(db, '法院', { limit: '3' }).map(([id]) => id)).toEqual([5, 4, 3]);
    expect(search(db, '法院', { limit: '20' }).map(([id]) => id)).toEqual([5, 4, 3, 2, 1]);
  });

  it('puts every title hit first, even one that BM25 over all fields scores below a body hit', () => {
    const db = memoryArchive();
    // A title hit with a long body that never says 法院, and a short page that says little else.
    const long = addArticle(db, {
      title: '法院动态',
      published: '2024-01-01',
      body: '镇政府召开防汛工作会议。'.repeat(400),
    });
    const dense = addArticle(db, { title: '本地新闻', published: '2025-01-01', body: '法院'.repeat(300) });
    const match = compileQuery('法院').match;
    const bm25 = db
      .prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank')
      .pluck()
      .all(match);
    expect(bm25).toEqual([dense, long]);
    // From the index's candidates (no filter), and from the full ranking (a filter, or every hit at once).
    for (const filter of [{}, { site: '晴川新闻网' }]) {
      expect(search(db, '法院', filter).map(([id]) => id)).toEqual([long, dense]);
      expect(search(db, '法院', { ...filter, limit: '1' }).map(([id]) => id)).toEqual([long]);
      expect(search(db, '法院', { ...filter, limit: '1', offset: '1' }).map(([id]) => id)).toEqual([dense]);
    }
  });

  it('carries the text of each hit that its snippet is cut from: title and body', () => {
    const db = archiveOf([{ body: 4, date: 1, removed: false, titleHit: true }]);
    const [hit] = searchArticles(db, compileQuery('宣判'), parseArticleFilters({}, view.tz), view).hits;
    expect(hit.snippetSource).toEqual({ title: '法院动态', body: BODIES[4] });
  });
});
