import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../src/export/record.js';
import { EXPORT_FORMATS, EXPORT_WRITERS, isExportFormat } from '../../src/export/index.js';
import { TextSink, makeArticle } from '../fixtures/export/articles.js';

describe('export formats', () => {
  it('accepts exactly the five documented format names', () => {
    expect(EXPORT_FORMATS).toEqual(['ndjson', 'json', 'csv', 'md', 'html']);
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat('xml')).toBe(false);
    expect(isExportFormat('NDJSON')).toBe(false);
  });

  it('writes ndjson, json and csv to a stream and md, html into a folder', async () => {
    const articles = [makeArticle({ id: 1 }), makeArticle({ id: 2, title: '第二篇' })];
    const produced: Record<string, string[] | string> = {};
    for (const format of EXPORT_FORMATS) {
      const writer = EXPORT_WRITERS[format];
      if (writer.target === 'records') {
        const sink = new TextSink();
        expect(
          await writer.write(
            articles.map((a) => JSON.stringify(articleRecord(a))),
            sink,
          ),
        ).toBe(2);
        produced[format] = sink.text.split(/\r?\n/)[0]!.slice(0, 12);
      } else if (writer.target === 'stream') {
        const sink = new TextSink();
        expect(await writer.write(articles, sink, {})).toBe(2);
        produced[format] = sink.text.split(/\r?\n/)[0]!.slice(0, 12);
      } else {
        const dir = await mkdtemp(join(tmpdir(), `arca-${format}-`));
        expect(await writer.write(articles, dir)).toBe(2);
        produced[format] = (await readdir(dir)).sort();
        await rm(dir, { recursive: true, force: true });
      }
    }
    expect(produced).toEqual({
      ndjson: '{"id":1,"tit',
      json: '[',
      csv: 'id,title,sit',
      md: ['000001-青松县人民法院召开年度审判工作会议.md', '000002-第二篇.md'],
      html: ['000001-青松县人民法院召开年度审判工作会议.html', '000002-第二篇.html', 'index.html'],
    });
  });
});
