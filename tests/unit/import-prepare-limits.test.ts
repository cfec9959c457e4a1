import { describe, expect, it, vi } from 'vitest';

// A body whose index tokens would pass V8's longest string: injected, since such a body takes gigabytes.
vi.mock('../../src/search/article-tokens.js', async (original) => {
  const real = await original<typeof import('../../src/search/article-tokens.js')>();
  return {
    ...real,
    articleTokens: (fields: { title: string }) => {
      if (fields.title === '超长') throw new RangeError('Invalid string length');
      return real.articleTokens(fields as Parameters<typeof real.articleTokens>[0]);
    },
  };
});

// Test files share their worker's modules (vitest.config.ts): the import code is loaded again, to see the mock.
vi.resetModules();
const { prepareSource } = await import('../../src/import/pages/prepare.js');

const json = (records: object[]) => Buffer.from(JSON.stringify(records, null, 1));
const outcome = (bytes: Buffer, maxBytes: number) =>
  prepareSource(bytes, { path: 'cms.json', maxBytes }).items.map((item) => [
    item.line,
    item.page?.title ?? null,
    item.error,
  ]);

describe('one large article of a JSON file', () => {
  it('past --max-size fails alone', () => {
    const records = [
      { title: '一', body: '短的正文。' },
      { title: '二', body: '长'.repeat(400) },
      { title: '三', body: '又一段短的正文。' },
    ];
    expect(outcome(json(records), 1000)).toEqual([
      [2, '一', null],
      [6, null, 'article too large (a body of 1200 bytes; the limit is 1000, see --max-size)'],
      [10, '三', null],
    ]);
  });

  it('too large to index fails alone instead of ending the run', () => {
    const records = [
      { title: '一', body: '短的正文。' },
      { title: '超长', body: '正文。' },
    ];
    expect(outcome(json(records), 1000)).toEqual([
      [2, '一', null],
      [6, null, 'article too large to index (Invalid string length)'],
    ]);
  });
});
