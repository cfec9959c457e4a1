import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

const PARAGRAPH = '这是一段用来测试导入提示的正文，内容完全虚构，长度足够让它被当作文章段落，而不是页面上的零碎文字。';

/** A page with a headline and a body naming it; `meta` goes between them (a date line, or nothing). */
const page = (title: string, meta = '') =>
  `<html><head><title>${title}_测试网</title></head><body><h1>${title}</h1>${meta}` +
  `<div class="content"><p>《${title}》${PARAGRAPH}</p><p>${PARAGRAPH}</p></div></body></html>`;

function folder(files: Record<string, string>): string {
  const dir = path.join(t.dir, 'pages');
  fs.mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

describe('import warnings', () => {
  it('a folder run says once how many pages came without a date; --json names them', async () => {
    const dir = folder({
      'a.html': page('第一篇没有日期的文章'),
      'b.html': page('第二篇没有日期的文章'),
      'c.html': page('第三篇有日期的文章', '<div class="info">发布时间：2024-03-05　来源：测试日报</div>'),
    });
    const r = await t.arca(['import', '--json', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'arca: warning: 2 pages imported without a date (--json lists them)',
        'imported 3, updated 0, duplicates 0, failed 0',
        '',
      ].join('\n'),
    );
    expect(
      JSON.parse(r.stdout).items.map((i: { path: string; warnings: string[] }) => [path.basename(i.path), i.warnings]),
    ).toEqual([
      ['a.html', ['no publication date found']],
      ['b.html', ['no publication date found']],
      ['c.html', []],
    ]);
  });

  it('one page names its own warnings, and --ndjson items carry them', async () => {
    const file = path.join(t.dir, 'short.html');
    fs.writeFileSync(
      file,
      '<html><head><title>短讯_测试网</title></head><body><p>一句话的短讯，没有标题元素。</p></body></html>',
    );
    const r = await t.arca(['import', '--ndjson', file]);
    expect(r.code).toBe(0);
    const warnings = [
      "title taken from the page's <title> or metadata: no headline found",
      'no publication date found',
      'short body (14 characters)',
    ];
    expect(r.stderr).toBe(
      [
        ...warnings.map((w) => `arca: warning: ${file}: ${w}`),
        'imported 1, updated 0, duplicates 0, failed 0',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'imported', id: 1, warnings });
    expect(JSON.parse((await t.arca(['show', '1', '--json'])).stdout).title).toBe('短讯');
  });

  it('a duplicate brings no warnings: nothing was imported', async () => {
    const dir = folder({ 'a.html': page('没有日期的文章'), 'b.html': page('没有日期的文章') });
    const r = await t.arca(['import', '--json', dir]);
    expect(
      JSON.parse(r.stdout).items.map((i: { status: string; warnings: string[] }) => [i.status, i.warnings.length]),
    ).toEqual([
      ['imported', 1],
      ['duplicate', 0],
    ]);
    expect(r.stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([
      `arca: warning: ${path.join(dir, 'a.html')}: no publication date found`,
    ]);
  });

  it('a valid UTF-8 page with U+FFFD in it is imported as UTF-8, with a warning, --encoding utf-8 too', async () => {
    const file = path.join(t.dir, 'served.html');
    const html = page('网站送出了替换字符的文章', '<div class="info">发布时间：2024-03-05</div>')
      .replace('<h1>', '<!-- \uFFFD\uFFFD --><h1>')
      .replace('</p>', '\uFFFD</p>');
    fs.writeFileSync(file, html);
    for (const args of [[], ['--encoding', 'utf-8']]) {
      const r = await t.arca(['import', '--on-duplicate', 'update', ...args, file]);
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n')[0]).toBe(
        `arca: warning: ${file}: 3 replacement characters (U+FFFD) in the page's text`,
      );
    }
    const article = JSON.parse((await t.arca(['show', '1', '--json'])).stdout);
    expect([article.provenance.encoding, article.body.includes('\uFFFD')]).toEqual(['utf-8', true]);
  });
});
