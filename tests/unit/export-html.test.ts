import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeHtmlSite } from '../../src/export/html.js';
import { makeArticle } from '../fixtures/export/articles.js';

type Document = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type Scope = Document | Element;

/** The temp folder, removed after each test; `dir` is where pages are read from (it or a folder in it). */
let root: string;
let dir: string;
beforeEach(async () => {
  dir = root = await mkdtemp(join(tmpdir(), 'arca-html-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function page(name: string): Promise<Document> {
  return parseDocument(await readFile(join(dir, name), 'utf8'));
}

function all(scope: Scope, tag: string): Element[] {
  return DomUtils.getElementsByTagName(tag, scope);
}

function text(node: Element): string {
  return DomUtils.textContent(node);
}

const HOSTILE_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)> 标题';
const HOSTILE_BODY = 'x"><svg onload=alert(2)>\n<a href="javascript:alert(3)">click</a> & more';
const HOSTILE_URLS = [
  'javascript:alert(4)',
  ' JaVaScRiPt:alert(5)',
  'data:text/html,<script>alert(6)</script>',
  '/relative/path',
  'vbscript:msgbox',
];

const hostileArticles = [
  makeArticle({
    id: 1,
    title: HOSTILE_TITLE,
    body: HOSTILE_BODY,
    source: '<b>乙报</b>',
    site: "' onmouseover='alert(7)",
  }),
  ...HOSTILE_URLS.map((url, i) => makeArticle({ id: 10 + i, title: `链接 ${i}`, original_url: url })),
];

describe('writeHtmlSite', () => {
  it('writes index.html with a row per article (date, source, title linking to its page) and one page each', async () => {
    const articles = [
      makeArticle({ id: 1 }),
      makeArticle({ id: 2, title: 'Second story', published: '2023-01-02', source: 'Harbor Daily' }),
    ];
    expect(await writeHtmlSite(articles, join(dir, 'site'))).toBe(2);
    dir = join(dir, 'site');
    expect((await readdir(dir)).sort()).toEqual([
      '000001-青松县人民法院召开年度审判工作会议.html',
      '000002-Second story.html',
      'index.html',
    ]);
    const index = await page('index.html');
    expect(all(index, 'th').map(text)).toEqual(['Date', 'Source', 'Title']);
    const rows = all(index, 'tr').slice(1);
    expect(rows.map((row) => all(row, 'td').map(text))).toEqual([
      ['2024-05-06', '青松县人民法院', '青松县人民法院召开年度审判工作会议'],
      ['2023-01-02', 'Harbor Daily', 'Second story'],
    ]);
    const hrefs = all(index, 'a').map((a) => decodeURIComponent(a.attribs.href!));
    expect(hrefs).toEqual(['000001-青松县人民法院召开年度审判工作会议.html', '000002-Second story.html']);
    expect(text(all(index, 'p')[0]!)).toBe('2 articles');
  });

  it('gives each article page its metadata, body paragraphs, original link and the disclaimer last', async () => {
    const shown = makeArticle();
    await writeHtmlSite([shown], dir);
    const doc = await page('000001-青松县人民法院召开年度审判工作会议.html');
    expect(text(all(doc, 'h1')[0]!)).toBe('青松县人民法院召开年度审判工作会议');
    const terms = all(doc, 'dt').map(text);
    const values = all(doc, 'dd').map(text);
    expect(Object.fromEntries(terms.map((t, i) => [t, values[i]]))).toEqual({
      Site: shown.site,
      Category: shown.category,
      Published: shown.published,
      Source: shown.source,
      Author: shown.author,
      Editor: shown.editor,
      Views: String(shown.views),
      'Window ends': shown.window_ends,
      Status: shown.status,
    });
    const article = all(doc, 'article')[0]!;
    const paragraphs = all(article, 'p').map(text);
    expect(paragraphs).toEqual([
      '5月6日，青松县人民法院召开年度审判工作会议。',
      '会议回顾了过去一年的审判执行工作，部署了下一阶段任务。',
      'Original link: https://news.qingsong-court.example/2024/0506/1001.html',
      '本网转载的文章仅供参考，如涉及版权问题，请权利人在30日内与本网联系。',
    ]);
    const links = all(doc, 'a').map((a) => a.attribs.href);
    expect(links).toEqual(['index.html', 'https://news.qingsong-court.example/2024/0506/1001.html']);
    expect(all(doc, 'footer')[0]!.attribs.class).toBe('disclaimer');
  });

  it('escapes hostile titles, bodies and fields: no script, no event handler, text shown as written', async () => {
    await writeHtmlSite(hostileArticles, dir);
    const names = await readdir(dir);
    for (const name of names) {
      const doc = await page(name);
      const scripts = all(doc, 'script');
      expect(scripts.length, name).toBe(name === 'index.html' ? 1 : 0);
      for (const element of DomUtils.findAll(() => true, doc.children)) {
        expect(
          Object.keys(element.attribs).filter((attr) => attr.startsWith('on')),
          `${name} <${element.name}>`,
        ).toEqual([]);
      }
      expect(all(doc, 'img').concat(all(doc, 'svg'), all(doc, 'b'))).toEqual([]);
    }
    const first = await page(names.find((name) => name.startsWith('000001-'))!);
    expect(text(all(first, 'h1')[0]!)).toBe(HOSTILE_TITLE);
    expect(text(all(first, 'title')[0]!)).toBe(HOSTILE_TITLE);
    expect(all(all(first, 'article')[0]!, 'p').slice(0, 2).map(text)).toEqual(HOSTILE_BODY.split('\n'));
    expect(all(first, 'dd').map(text)).toContain('<b>乙报</b>');
    expect(all(first, 'dd').map(text)).toContain("' onmouseover='alert(7)");
    const index = await page('index.html');
    expect(all(index, 'td').map(text)).toContain(HOSTILE_TITLE);
  });

  it('links only http(s) original URLs; javascript:, data:, relative and other schemes stay text', async () => {
    await writeHtmlSite(hostileArticles, dir);
    for (const name of await readdir(dir)) {
      for (const anchor of all(await page(name), 'a')) {
        expect(anchor.attribs.href, name).toMatch(
          /^(https:\/\/news\.qingsong-court\.example\/|index\.html$|0000\d\d-[^/:]*\.html$)/,
        );
      }
    }
    for (const [i, url] of HOSTILE_URLS.entries()) {
      const doc = await page(`0000${10 + i}-链接 ${i}.html`);
      const original = all(doc, 'p')
        .map(text)
        .find((p) => p.startsWith('Original link:'));
      expect(original).toBe(`Original link: ${url}`);
    }
  });

  it('allows only its own inline style and script through a Content-Security-Policy pinned by hash', async () => {
    await writeHtmlSite([makeArticle()], dir);
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    for (const name of await readdir(dir)) {
      const doc = await page(name);
      const csp = all(doc, 'meta').find((m) => m.attribs['http-equiv'] === 'Content-Security-Policy')!.attribs.content!;
      const style = text(all(doc, 'style')[0]!);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain(`style-src ${hash(style)}`);
      const scripts = all(doc, 'script');
      if (name === 'index.html') expect(csp).toContain(`script-src ${hash(text(scripts[0]!))}`);
      else expect(csp).not.toContain('script-src');
    }
  });

  it('never writes the body of a purged article', async () => {
    await writeHtmlSite([makeArticle({ id: 5, status: 'purged', body: 'SECRET-BODY-TEXT' })], dir);
    for (const name of await readdir(dir)) {
      expect(await readFile(join(dir, name), 'utf8')).not.toContain('SECRET-BODY-TEXT');
    }
    const doc = await page('000005-青松县人民法院召开年度审判工作会议.html');
    expect(all(doc, 'em').map(text)).toEqual(['The body of this article was purged after a takedown request.']);
  });

  it('writes an index with no rows when there are no articles', async () => {
    expect(await writeHtmlSite([], dir)).toBe(0);
    const index = await page('index.html');
    expect(all(index, 'tr')).toHaveLength(1);
    expect(text(all(index, 'p')[0]!)).toBe('0 articles');
  });
});
