import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const chinese = { env: { ARCA_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'zh_CN.UTF-8' } };
const court = path.join(FIXTURES, 'e2e', 'court.txt');
const TITLE = '青川县人民法院启用智慧调解中心 群众纠纷就近化解';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

/** A new archive, made by an import under the given interface language. */
async function archiveMadeIn(options: typeof chinese | Record<string, never>): Promise<void> {
  expect((await t.arca(['import', court], options)).code).toBe(0);
}

const read = (...parts: string[]) => fs.readFileSync(path.join(t.dir, ...parts), 'utf8');
const onlyFile = (folder: string, pattern: RegExp) =>
  fs.readdirSync(path.join(t.dir, folder)).find((name) => pattern.test(name))!;

describe("the archive's language", () => {
  it('is taken from the interface language when the archive is created, and kept', async () => {
    await archiveMadeIn(chinese);
    expect((await t.arca(['config', 'get', 'language'])).stdout).toBe('zh\n');
    const other = tempCliArchive();
    expect((await other.arca(['import', court])).code).toBe(0);
    expect((await other.arca(['config', 'get', 'language'])).stdout).toBe('en\n');
    other.cleanup();
  });

  it('is set with config set language zh|en, and refuses anything else', async () => {
    await archiveMadeIn({});
    expect(await t.arca(['config', 'set', 'language', 'zh'])).toMatchObject({ code: 0, stderr: 'language: en → zh\n' });
    expect(await t.arca(['config', 'set', 'language', 'fr'])).toMatchObject({
      code: 2,
      stderr: 'arca: error: language must be one of zh, en (got "fr")\n',
    });
    expect((await t.arca(['config', 'set', 'language', 'fr'], chinese)).stderr).toBe(
      'arca: 错误：language 只能取 zh, en（收到的是 "fr"）\n',
    );
  });

  it('labels Markdown exports: Chinese in a zh archive, English in an en one', async () => {
    await archiveMadeIn(chinese);
    expect((await t.arca(['export', '--format', 'md', '--out', path.join(t.dir, 'zh')])).code).toBe(0);
    const zh = read('zh', onlyFile('zh', /\.md$/));
    expect(zh).toContain(
      '\n\n来源：青川县人民法院\n\n原文链接：<http://www.qcfy.example.cn/news/detail.php?id=1024>\n',
    );
    expect(zh).not.toContain('Source:');
    expect((await t.arca(['config', 'set', 'language', 'en'])).code).toBe(0);
    expect((await t.arca(['export', '--format', 'md', '--out', path.join(t.dir, 'en')])).code).toBe(0);
    const en = read('en', onlyFile('en', /\.md$/));
    expect(en).toContain(
      '\n\nSource: 青川县人民法院\n\nOriginal link: <http://www.qcfy.example.cn/news/detail.php?id=1024>\n',
    );
  });

  it('labels HTML exports in the archive language and heads them with the site name', async () => {
    await archiveMadeIn(chinese);
    expect((await t.arca(['config', 'set', 'site-name', '云岭新闻网'])).code).toBe(0);
    expect((await t.arca(['export', '--format', 'html', '--out', path.join(t.dir, 'site')])).code).toBe(0);
    const index = read('site', 'index.html');
    expect(index).toContain('<title>文章 · 云岭新闻网</title>');
    expect(index).toContain('<header><p>云岭新闻网</p></header>\n<h1>文章</h1>');
    expect(index).toContain(
      '<th scope="col"><button type="button">日期</button></th>' +
        '<th scope="col"><button type="button">来源</button></th>' +
        '<th scope="col"><button type="button">标题</button></th>',
    );
    expect(index).toContain('<p>共 1 篇文章</p>');
    const page = read('site', onlyFile('site', /^000001-.*\.html$/));
    expect(page).toContain('<nav><a href="index.html">全部文章</a></nav>');
    expect(page).toContain('<dt>来源</dt><dd>青川县人民法院</dd>');
    expect(page).toContain('<p>原文链接：<a href="http://www.qcfy.example.cn/news/detail.php?id=1024"');
  });

  it('leaves an English archive without a site name as HTML exports were', async () => {
    await archiveMadeIn({});
    expect((await t.arca(['export', '--format', 'html', '--out', path.join(t.dir, 'site')])).code).toBe(0);
    const index = read('site', 'index.html');
    expect(index).toContain('<title>Articles</title>');
    expect(index).not.toContain('<header>');
    expect(index).toContain('<button type="button">Date</button>');
    expect(index).toContain('<p>1 article</p>');
  });

  it('writes calendar events in the archive language', async () => {
    await archiveMadeIn(chinese);
    expect((await t.arca(['takedown', 'open', '1', '--claimant', '莲谷出版社'])).code).toBe(0);
    const ics = (await t.arca(['takedown', 'calendar', '--out', '-'])).stdout.replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:下架请求 R1 到期：莲谷出版社\r\n');
    expect(ics).toContain('DESCRIPTION:权利人：莲谷出版社\\n收到日期：');
    expect(ics).toContain('\\n涉及文章：\\n#1 ');
    expect((await t.arca(['config', 'set', 'language', 'en'])).code).toBe(0);
    const english = (await t.arca(['takedown', 'calendar', '--out', '-'])).stdout.replace(/\r\n /g, '');
    expect(english).toContain('SUMMARY:Takedown request R1 due: 莲谷出版社\r\n');
  });

  it('is the default language of the reply letter; --lang still chooses', async () => {
    await archiveMadeIn(chinese);
    expect((await t.arca(['takedown', 'open', '1', '--claimant', '莲谷出版社'])).code).toBe(0);
    expect((await t.arca(['takedown', 'notice', 'R1'])).stdout).toMatch(/^莲谷出版社：\n/);
    expect((await t.arca(['takedown', 'notice', 'R1', '--lang', 'en'])).stdout).toContain('Dear 莲谷出版社,\n');
    expect((await t.arca(['config', 'set', 'language', 'en'])).code).toBe(0);
    expect((await t.arca(['takedown', 'notice', 'R1'])).stdout).toContain('Dear 莲谷出版社,\n');
  });
});

describe('export --format csv --headers', () => {
  const csv = (headers: string[]) => t.arca(['export', '--format', 'csv', '--fields', 'id,title,source', ...headers]);

  it('keeps the field names by default and with keys, byte for byte', async () => {
    await archiveMadeIn(chinese);
    const plain = await csv([]);
    expect(plain.stdout).toBe(`id,title,source\r\n1,${TITLE},青川县人民法院\r\n`);
    expect((await csv(['--headers', 'keys'])).stdoutBytes.equals(plain.stdoutBytes)).toBe(true);
  });

  it('labels the columns in Chinese or English when asked, whatever the archive language', async () => {
    await archiveMadeIn({});
    expect((await csv(['--headers', 'zh'])).stdout).toBe(`编号,标题,来源\r\n1,${TITLE},青川县人民法院\r\n`);
    expect((await csv(['--headers', 'en'])).stdout).toBe(`ID,Title,Source\r\n1,${TITLE},青川县人民法院\r\n`);
  });

  it('refuses another value, and --headers with another format', async () => {
    await archiveMadeIn({});
    expect(await csv(['--headers', 'fr'])).toMatchObject({
      code: 2,
      stderr: 'arca: error: --headers must be one of keys, zh, en (got "fr")\n',
    });
    expect(await t.arca(['export', '--headers', 'zh'])).toMatchObject({
      code: 2,
      stderr: 'arca: error: --headers applies to --format csv only\n',
    });
  });
});
