import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

// The interface language as a Chinese operator's shell gives it: no ARCA_LANG, a zh locale.
const chinese = { env: { ARCA_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'zh_CN.UTF-8' } };
const court = path.join(FIXTURES, 'e2e', 'court.txt');
const procuratorate = path.join(FIXTURES, 'e2e', 'procuratorate.txt');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', court, procuratorate])).code).toBe(0);
});
afterEach(() => t.cleanup());

describe('messages in Chinese under a zh locale', () => {
  it('says a missing article in Chinese, with the English exit code', async () => {
    const zh = await t.arca(['show', '9999'], chinese);
    const en = await t.arca(['show', '9999']);
    expect([zh.code, zh.stdout, zh.stderr]).toEqual([
      1,
      '',
      'arca: 错误：没有编号为 9999 的文章（可用 arca list 查看）\n',
    ]);
    expect([en.code, en.stderr]).toEqual([1, 'arca: error: no article 9999 (see arca list)\n']);
  });

  it("rewrites commander's own errors by their code", async () => {
    expect(await t.arca(['list', '--bogus'], chinese)).toMatchObject({
      code: 2,
      stderr: "arca: 错误：未知选项 '--bogus'\n（参见 arca list --help）\n",
    });
    expect((await t.arca(['list', 'extra'], chinese)).stderr).toBe(
      "arca: 错误：'list' 的参数过多：应为 0 个，实际 1 个。\n（参见 arca list --help）\n",
    );
    expect((await t.arca(['show'], chinese)).stderr).toBe(
      "arca: 错误：缺少必需的参数 'ref'\n（参见 arca show --help）\n",
    );
    expect((await t.arca(['list', 'extra'])).stderr).toBe(
      "arca: error: too many arguments for 'list'. Expected 0 arguments but got 1.\n(see arca list --help)\n",
    );
  });

  it('shows --help with Chinese headings, descriptions and option texts', async () => {
    const help = await t.arca(['--help'], chinese);
    expect(help.code).toBe(0);
    const lines = help.stdout.split('\n');
    expect(lines[0]).toBe('用法： arca [options] [command]');
    expect(lines[2]).toBe('arca 在本地存档转载的新闻文章，以及针对这些文章的版权下架请求。');
    expect(lines).toContain('选项：');
    expect(lines).toContain('命令：');
    expect(lines).toContain('示例：');
    expect(lines).toContain('  -q, --quiet                   不显示进度和提示信息');
    expect(lines).toContain('  list [options]                列出存档的文章，最新的在前');
    const list = await t.arca(['list', '--help'], chinese);
    expect(list.stdout).toContain(
      '  --status <status>        文章状态（可选值："active", "removed", "all"；默认："active"）\n',
    );
  });

  it('asks nothing without a terminal and says so in Chinese', async () => {
    expect(await t.arca(['takedown', 'open', '1'], chinese)).toMatchObject({
      code: 2,
      stderr: 'arca: 错误：缺少 --claimant（标准输入不是终端，arca 无法提问）\n',
    });
  });

  it('writes summaries and table headers in Chinese', async () => {
    const none = await t.arca(['list', '--source', '没有这个来源'], chinese);
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', '没有符合条件的文章\n']);
    const table = await t.arca(['list'], { ...chinese, tty: true, env: { ...chinese.env, NO_COLOR: '1' } });
    expect(table.stdout.split('\n')[0].split(/ +/)).toEqual(['编号', '发布日期', '来源', '标题', '期限截止', '状态']);
  });

  it('reads a help topic in Chinese', async () => {
    const topic = await t.arca(['help', 'exit-codes'], chinese);
    expect(topic.stdout.split('\n').slice(0, 4)).toEqual([
      '退出码：各个退出码的含义',
      '',
      '0    成功（没有匹配结果也算）',
      '1    运行失败：文件有误、批处理中某项失败、数据库错误、arca doctor 发现问题',
    ]);
  });
});

describe('data stays the same in every language', () => {
  it("keeps doctor's piped checks in English: they are data", async () => {
    const piped = await t.arca(['doctor'], chinese);
    expect(piped.stdout.split('\n')[1]).toBe(`folder\tok\t${t.dir} is writable`);
  });

  const commands = [
    ['list'],
    ['list', '--json'],
    ['show', '1'],
    ['show', '1', '--json'],
    ['search', '法院'],
    ['search', '法院', '--json'],
    ['config', 'get'],
    ['log'],
    ['db', 'check', '--json'],
    ['export'],
    ['export', '--format', 'csv'],
  ];
  it.each(commands)('%s %s %s: byte for byte under zh and en', async (...args) => {
    const zh = await t.arca(args, chinese);
    const en = await t.arca(args);
    expect(zh.code).toBe(en.code);
    expect(zh.stdoutBytes.equals(en.stdoutBytes)).toBe(true);
    expect(zh.stdout).not.toBe('');
  });
});
