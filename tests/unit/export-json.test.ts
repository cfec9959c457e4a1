import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJson, writeNdjson } from '../../src/export/json.js';
import { articleRecord } from '../../src/export/record.js';
import type { Article } from '../../src/types.js';
import { JSON_KEYS, TextSink, makeArticle } from '../fixtures/export/articles.js';

/** What the export command feeds the writers: each article's record, serialised (here by articleRecord). */
function* records(articles: Iterable<Article>): Generator<string> {
  for (const article of articles) yield JSON.stringify(articleRecord(article));
}

async function ndjsonOf(articles: Article[]): Promise<{ count: number; lines: string[] }> {
  const sink = new TextSink();
  const count = await writeNdjson(records(articles), sink);
  expect(sink.text.endsWith('\n')).toBe(true);
  return { count, lines: sink.text.slice(0, -1).split('\n') };
}

describe('writeNdjson', () => {
  it('writes one object per line that parses back to every field, in the spec order', async () => {
    const first = makeArticle();
    const second = makeArticle({
      id: 2,
      title: 'A "quoted" title, with commas\nand a line break',
      body: 'Line one\nLine two \u2028 end',
      published: '2023-12-31T23:05',
      views: 0,
    });
    const { count, lines } = await ndjsonOf([first, second]);
    expect(count).toBe(2);
    expect(lines).toHaveLength(2);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(Object.keys(parsed[0])).toEqual(JSON_KEYS);
    expect(parsed[0]).toEqual({ ...first });
    expect(parsed[1]).toEqual({ ...second });
  });

  it('writes absent values as null, never "" or a missing key', async () => {
    const sparse = makeArticle({
      site: null,
      category: '',
      author: null,
      editor: undefined as unknown as null,
      views: null,
      original_url: '',
      site_url: null,
      disclaimer: null,
      window_days: null,
      window_unit: null,
      window_ends: null,
      provenance: { path: '-', sha256: 'cd'.repeat(32), encoding: null },
    });
    const { lines } = await ndjsonOf([sparse]);
    const parsed = JSON.parse(lines[0]!);
    expect(Object.keys(parsed)).toEqual(JSON_KEYS);
    for (const key of [
      'site',
      'category',
      'author',
      'editor',
      'views',
      'original_url',
      'site_url',
      'disclaimer',
      'window_days',
      'window_ends',
    ]) {
      expect(parsed[key], key).toBeNull();
    }
    expect(parsed.provenance).toEqual({ path: '-', sha256: 'cd'.repeat(32), encoding: null });
  });

  it('never writes the body of a purged article, even when the row still holds text', async () => {
    const purged = makeArticle({ id: 3, status: 'purged', body: 'SECRET-BODY-TEXT' });
    const removed = makeArticle({ id: 4, status: 'removed', body: 'kept for --include-removed' });
    const sink = new TextSink();
    await writeNdjson(records([purged, removed]), sink);
    expect(sink.text).not.toContain('SECRET-BODY-TEXT');
    const [p, r] = sink.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(p.body).toBeNull();
    expect(p.status).toBe('purged');
    expect(p.title).toBe(purged.title);
    expect(r.body).toBe('kept for --include-removed');
  });

  it('consumes the articles incrementally, never reading far ahead of what was written', async () => {
    let linesWritten = 0;
    const counter = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        linesWritten += chunk.toString().split('\n').length - 1;
        callback();
      },
    });
    let pulled = 0;
    let maxLead = 0;
    function* cursor(): Generator<Article> {
      for (let id = 1; id <= 5000; id += 1) {
        pulled += 1;
        maxLead = Math.max(maxLead, pulled - linesWritten);
        yield makeArticle({ id });
      }
    }
    expect(await writeNdjson(records(cursor()), counter)).toBe(5000);
    expect(linesWritten).toBe(5000);
    // A few chunks of read-ahead, not the archive: memory stays flat however many articles there are.
    expect(maxLead).toBeLessThan(200);
  });

  it('waits for a slow stream to drain instead of buffering the whole archive', async () => {
    let maxBuffered = 0;
    let text = '';
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        text += chunk.toString();
        setImmediate(callback);
      },
    });
    const articles = Array.from({ length: 2000 }, (_, i) => makeArticle({ id: i + 1 }));
    expect(await writeNdjson(records(articles), slow)).toBe(2000);
    expect(
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(articles.map((a) => a.id));
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    expect(maxBuffered).toBeLessThan(128 * 1024);
    expect(slow.writableEnded).toBe(false);
  });

  it('rejects with the error met while reading the articles', async () => {
    const sink = new TextSink();
    function* failing(): Generator<Article> {
      yield makeArticle({ id: 1 });
      throw new Error('database is locked');
    }
    await expect(writeNdjson(records(failing()), sink)).rejects.toThrow('database is locked');
  });
});

describe('writeJson', () => {
  it('writes a JSON array that parses back to the same records', async () => {
    const sink = new TextSink();
    const articles = [makeArticle(), makeArticle({ id: 2, status: 'purged', body: 'gone' })];
    expect(await writeJson(records(articles), sink)).toBe(2);
    const parsed = JSON.parse(sink.text);
    expect(parsed).toHaveLength(2);
    expect(Object.keys(parsed[0])).toEqual(JSON_KEYS);
    expect(parsed[0]).toEqual(makeArticle());
    expect(parsed[1].body).toBeNull();
    expect(sink.text.startsWith('[\n{"id":1,')).toBe(true);
    expect(sink.text.endsWith('}\n]\n')).toBe(true);
  });

  it('writes [] for no articles', async () => {
    const sink = new TextSink();
    expect(await writeJson(records([]), sink)).toBe(0);
    expect(sink.text).toBe('[]\n');
  });
});
