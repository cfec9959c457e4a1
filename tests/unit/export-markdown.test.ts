import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { writeMarkdownFolder } from '../../src/export/markdown.js';
import { flatArticle, makeArticle } from '../fixtures/export/articles.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'arca-md-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function split(markdown: string): { frontMatter: Record<string, unknown>; content: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error(`no front matter in:\n${markdown}`);
  return { frontMatter: parseYaml(match[1]!), content: match[2]! };
}

describe('writeMarkdownFolder', () => {
  it('writes one <id>-<title>.md per article: front matter, title, paragraphs, source, link, disclaimer last', async () => {
    const count = await writeMarkdownFolder([makeArticle(), makeArticle({ id: 2, title: '第二篇' })], join(dir, 'out'));
    expect(count).toBe(2);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([
      '000001-青松县人民法院召开年度审判工作会议.md',
      '000002-第二篇.md',
    ]);
    const { frontMatter, content } = split(
      await readFile(join(dir, 'out', '000001-青松县人民法院召开年度审判工作会议.md'), 'utf8'),
    );
    const { body: _body, ...withoutBody } = flatArticle();
    expect(frontMatter).toEqual(withoutBody);
    expect(content).toBe(
      [
        '# 青松县人民法院召开年度审判工作会议',
        '',
        '5月6日，青松县人民法院召开年度审判工作会议。',
        '',
        '会议回顾了过去一年的审判执行工作，部署了下一阶段任务。',
        '',
        'Source: 青松县人民法院',
        '',
        'Original link: <https://news.qingsong-court.example/2024/0506/1001.html>',
        '',
        '---',
        '',
        '本网转载的文章仅供参考，如涉及版权问题，请权利人在30日内与本网联系。',
        '',
      ].join('\n'),
    );
  });

  it('quotes front matter strings so YAML reads back exactly what was stored', async () => {
    const tricky = {
      title: 'Title: with "quotes", # hash and\na newline',
      source: '- looks like a list',
      author: 'null',
      editor: 'yes',
      site: "it's ---",
      category: '[not, a, list]',
      published: '2024-05-06T08:30',
      disclaimer: '请在30日内联系\u2028（U+2028）\u0085 &anchor *alias !tag %directive @at `tick` {a: b}',
      provenance: { path: 'C:\\inbox\\x.txt', sha256: '0'.repeat(64), encoding: null },
    };
    await writeMarkdownFolder([makeArticle({ id: 3, ...tricky })], dir);
    const [file] = await readdir(dir);
    const { frontMatter } = split(await readFile(join(dir, file!), 'utf8'));
    expect(frontMatter.title).toBe(tricky.title);
    expect(frontMatter.source).toBe(tricky.source);
    expect(frontMatter.author).toBe('null');
    expect(frontMatter.editor).toBe('yes');
    expect(frontMatter.site).toBe(tricky.site);
    expect(frontMatter.category).toBe(tricky.category);
    expect(frontMatter.published).toBe('2024-05-06T08:30');
    expect(frontMatter.disclaimer).toBe(tricky.disclaimer);
    expect(frontMatter.provenance_path).toBe('C:\\inbox\\x.txt');
    expect(frontMatter.provenance_encoding).toBeNull();
  });

  it('keeps article text as text: markup and raw HTML are escaped, only http(s) links are links', async () => {
    await writeMarkdownFolder(
      [
        makeArticle({
          id: 4,
          title: '# <img src=x onerror=alert(1)>',
          body: '<script>alert(1)</script>\n- not a list\n1. not a list either\n*bold* [link](javascript:alert(1))',
          original_url: 'javascript:alert(1)',
        }),
      ],
      dir,
    );
    const [file] = await readdir(dir);
    const { content } = split(await readFile(join(dir, file!), 'utf8'));
    expect(content).toContain('# \\# \\<img src=x onerror=alert(1)\\>\n');
    expect(content).toContain('\n\\<script\\>alert(1)\\</script\\>\n');
    expect(content).toContain('\n\\- not a list\n');
    expect(content).toContain('\n1\\. not a list either\n');
    expect(content).toContain('\n\\*bold\\* \\[link\\](javascript:alert(1))\n');
    expect(content).toContain('\nOriginal link: javascript:alert(1)\n');
    expect(content).not.toContain('<javascript:');
  });

  it('never writes the body of a purged article', async () => {
    await writeMarkdownFolder([makeArticle({ id: 5, status: 'purged', body: 'SECRET-BODY-TEXT' })], dir);
    const [file] = await readdir(dir);
    const markdown = await readFile(join(dir, file!), 'utf8');
    expect(markdown).not.toContain('SECRET-BODY-TEXT');
    expect(split(markdown).content).toContain('\n*The body of this article was purged after a takedown request.*\n');
  });

  it('names files safely for hostile titles and keeps repeated titles apart', async () => {
    const count = await writeMarkdownFolder(
      [
        makeArticle({ id: 6, title: '../../etc/passwd' }),
        makeArticle({ id: 7, title: 'CON' }),
        makeArticle({ id: 8, title: 'CON' }),
      ],
      dir,
    );
    expect(count).toBe(3);
    expect((await readdir(dir)).sort()).toEqual(['000006-_._etc_passwd.md', '000007-CON.md', '000008-CON.md']);
  });
});
