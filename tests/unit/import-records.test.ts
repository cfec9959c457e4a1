import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/import/errors.js';
import type { InputFormat } from '../../src/import/formats.js';
import { detectFormat } from '../../src/import/pages/detect.js';
import { parseItem } from '../../src/import/pages/parse.js';
import { parseRecord } from '../../src/import/pages/records.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const summary = (name: string) =>
  parseItem(fixture(name), { path: name }).items.map((item) => ({
    line: item.line,
    title: item.page?.title ?? null,
    error: item.error,
  }));

describe('parseRecord', () => {
  it('takes the article fields as written (full-width forms kept) and keeps paragraphs trimmed', () => {
    expect(
      parseRecord({
        title: ' 标题（一） ',
        site: '某网',
        category: '',
        published: '2024/1/2 8:05',
        source: '某院',
        author: '佚名',
        editor: null,
        views: 0,
        original_url: 'http://a.example/1',
        body: '　　第一段，\n\n  第二段。 ',
        disclaimer: '请于十五天内联系',
      }),
    ).toEqual({
      title: '标题（一）',
      site: '某网',
      category: null,
      published: '2024-01-02T08:05',
      source: '某院',
      author: '佚名',
      editor: null,
      views: 0,
      original_url: 'http://a.example/1',
      site_url: null,
      body: '第一段，\n第二段。',
      disclaimer: '请于十五天内联系',
      window_days: 15,
      window_unit: 'days',
    });
  });

  it('ignores the fields `arca export` adds and keeps window_days when given, null included', () => {
    const exported = {
      id: 3,
      status: 'active',
      window_ends: '2024-02-01',
      imported_at: '2024-01-02T08:00:00+08:00',
      provenance: { path: 'a.txt', sha256: 'ab' },
      title: '标题',
      body: '正文',
      disclaimer: '请在30日内联系',
    };
    expect(parseRecord({ ...exported, window_days: null }).window_days).toBeNull();
    expect(parseRecord({ ...exported, window_days: 45 }).window_days).toBe(45);
    expect(parseRecord(exported).window_days).toBe(30);
  });

  it.each([
    [{ body: '正文' }, 'no title'],
    [{ title: '  ', body: '正文' }, 'no title'],
    [{ title: '标题' }, 'no body (the record holds no article text)'],
    [{ title: 42, body: '正文' }, 'field title must be a string'],
    [{ title: '标题', body: '正文', views: '1,204' }, 'field views must be a number'],
    [{ title: '标题', body: '正文', views: -1 }, 'field views must be a whole number, 0 or more'],
    [{ title: '标题', body: '正文', window_days: '30' }, 'field window_days must be a number'],
    [{ title: '标题', body: ['正文'] }, 'field body must be a string'],
    [['not', 'an', 'object'], 'a record must be a JSON object'],
  ])('refuses %j: %s', (record, reason) => {
    expect(() => parseRecord(record)).toThrow(reason);
  });
});

describe('parseItem on JSON and NDJSON', () => {
  it('reads a JSON array, each record with the line it starts on', () => {
    const result = parseItem(fixture('articles.json'), { path: 'articles.json' });
    expect(result.encoding).toBe('utf-8');
    expect(result.items.map((i) => [i.line, i.page?.title, i.page?.published, i.page?.window_days])).toEqual([
      [2, '溪口镇推行“板凳调解” 矛盾纠纷就地化解', '2023-03-18', 15],
      [15, '溪口镇完成农村集体产权制度改革', '2023-03-20T09:05', 45],
    ]);
  });

  it('reads a single JSON object as one record', () => {
    const result = parseItem(Buffer.from('\n{"title":"标题","body":"正文"}'), { path: 'one.json' });
    expect(result.items).toEqual([
      { line: 2, page: expect.objectContaining({ title: '标题', body: '正文' }), error: null, warnings: [] },
    ]);
  });

  it('reports invalid JSON with its line', () => {
    expect(summary('broken.json')).toEqual([
      { line: null, title: null, error: "invalid JSON: Expected ',' or '}' after property value at line 3" },
    ]);
  });

  it('finds the line of an error V8 gives no position for', () => {
    const result = parseItem(Buffer.from('[\n  {"title": "甲", "body": "正文"},\n  {"title": nope}\n]'), {
      path: 'a.json',
    });
    expect(result.items).toEqual([
      { line: null, page: null, error: "invalid JSON: Unexpected token 'o' at line 3", warnings: [] },
    ]);
  });

  it('reads NDJSON a line at a time: bad lines fail alone with their line number, blank lines are skipped', () => {
    expect(summary('records.ndjson')).toEqual([
      { line: 1, title: '河湾区开展电动自行车消防安全整治', error: null },
      { line: 2, title: null, error: 'invalid JSON: Expected double-quoted property name at column 48' },
      { line: 3, title: null, error: 'field views must be a number' },
      { line: 5, title: null, error: 'no title' },
      { line: 6, title: '河湾区图书馆延长开放时间', error: null },
      { line: 7, title: null, error: 'a record must be a JSON object' },
      { line: 8, title: '河湾区新增两条公交线路', error: null },
    ]);
    const pages = parseItem(fixture('records.ndjson'), { path: 'records.ndjson' }).items.map((i) => i.page);
    expect(pages[0]?.window_days).toBe(30);
    expect(pages[4]).toMatchObject({ published: '2024-06-03', window_days: null });
    expect(pages[6]?.window_days).toBe(7);
  });
});

describe('parseItem on whole items', () => {
  it('fails an empty or blank file as "empty file"', () => {
    expect(() => parseItem(fixture('empty.txt'), { path: 'empty.txt' })).toThrow(new InputError('empty file'));
    expect(() => parseItem(fixture('blank.txt'), { path: 'blank.txt' })).toThrow(new InputError('empty file'));
  });

  it('fails a binary file as "not text"', () => {
    expect(() => parseItem(fixture('binary.txt'), { path: 'binary.txt' })).toThrow(
      new InputError('not text (binary or undecodable bytes)'),
    );
  });

  it('reports a page without a title as a failed item, not a thrown error', () => {
    expect(parseItem(fixture('no-title.html'), { path: 'no-title.html' })).toEqual({
      encoding: 'utf-8',
      items: [{ line: null, page: null, error: 'no title', warnings: [] }],
    });
  });

  it('lets format override the extension', () => {
    const result = parseItem(Buffer.from('{"title":"标题","body":"正文"}\n'), {
      path: 'records.txt',
      format: 'ndjson',
    });
    expect(result.items.map((i) => i.page?.title)).toEqual(['标题']);
  });
});

describe('parseItem properties', () => {
  it('on any bytes in any format, returns items or throws an InputError, nothing else', () => {
    const format = fc.constantFrom<InputFormat | undefined>('txt', 'html', 'json', 'ndjson', undefined);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'binary' }).map((s) => Buffer.from(s)),
    );
    fc.assert(
      fc.property(bytes, format, (data, fmt) => {
        try {
          const result = parseItem(data, { path: 'item', format: fmt });
          for (const item of result.items) expect((item.page === null) !== (item.error === null)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectFormat', () => {
  it('goes by extension first', () => {
    expect(
      ['a.txt', 'a.HTML', 'a.htm', 'a.json', 'a.ndjson', 'a.jsonl'].map((p) => detectFormat(p, Buffer.from('x'))),
    ).toEqual(['txt', 'html', 'html', 'json', 'ndjson', 'ndjson']);
  });

  it('else by content', () => {
    const byContent = (text: string) => detectFormat('-', Buffer.from(text));
    expect(byContent('\uFEFF  <!DOCTYPE html><html>')).toBe('html');
    expect(byContent('[{"title":"a"}]')).toBe('json');
    expect(byContent('{\n  "title": "a"\n}')).toBe('json');
    expect(byContent('{"title":"a"}\n{"title":"b"}\n')).toBe('ndjson');
    expect(byContent('欢迎访问某某网!\n首页')).toBe('txt');
    expect(detectFormat('dir.v2/page', Buffer.from('<p>x</p>'))).toBe('html');
  });
});

describe('taken-down records from an export', () => {
  it('are refused, so removed content never comes back through a copy', () => {
    for (const status of ['removed', 'purged']) {
      expect(() => parseRecord({ title: 't', body: 'b', status })).toThrow(
        `taken-down article (status ${status}): not imported`,
      );
    }
    expect(parseRecord({ title: 't', body: 'b', status: 'active' }).title).toBe('t');
  });
});
