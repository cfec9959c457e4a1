import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOpen } from '../../src/commands/takedown/open.js';
import { languageFromEnv, useLanguage } from '../../src/i18n/index.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { FIXTURES } from '../helpers/arca.js';
import { addArticle, newArchive } from '../helpers/archive.js';
import { tempCliArchive } from '../helpers/cli.js';
import { depsFor, scopeAt, scriptedPrompter } from '../unit/takedown-requests-fixtures.js';

// A Chinese operator's shell: no ARCA_LANG, a zh locale.
const chineseEnv = { ARCA_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'zh_CN.UTF-8' };
const chinese = { env: chineseEnv };
const court = path.join(FIXTURES, 'e2e', 'court.txt');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', court])).code).toBe(0);
});
afterEach(() => t.cleanup());

describe('takedown in Chinese under a zh locale', () => {
  it('says what was opened, what the notice lacks and what to do next', async () => {
    const opened = await t.arca(['takedown', 'open', '1', '--claimant', '澄湖传媒', '--channel', 'email'], chinese);
    expect(opened.code).toBe(0);
    expect(opened.stderr.split('\n')).toEqual([
      'arca: 警告：通知缺少：联系方式；权利作品名称；构成侵权的初步证明材料（至少一个附件）',
      '请求 R1 收到较晚：收到时其涉及的某篇文章的免责期已经结束',
      '已登记请求 R1，涉及文章 1，处理期限 2026-12-26；下一步：arca takedown remove R1，或 reject R1 --reason …',
      '',
    ]);
    // The record on stdout is data: the same words in either language.
    expect(opened.stdout).toContain('claimant\t澄湖传媒\n');
  });

  it('refuses a bare number with what it could mean, in Chinese, with the usage exit code', async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', '澄湖传媒'], chinese);
    expect(await t.arca(['takedown', 'remove', '1'], chinese)).toMatchObject({
      code: 2,
      stderr: 'arca: 错误：1 不是请求编号；文章 1 有 1 条未处理的请求 R1；是指 R1 吗？\n',
    });
    expect(await t.arca(['takedown', 'open'], chinese)).toMatchObject({
      code: 2,
      stderr: 'arca: 错误：缺少 REF（文章编号或网址）（标准输入不是终端，arca 无法提问）\n',
    });
    expect((await t.arca(['takedown', 'list', '--within', 'soon'], chinese)).stderr).toBe(
      'arca: 错误：--within 需要天数，如 7d 或 2w（收到的是“soon”）\n',
    );
  });

  it('words a decision, the summary of check and a refused move in Chinese', async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', '澄湖传媒'], chinese);
    expect((await t.arca(['takedown', 'remove', 'R1'], chinese)).stderr).toBe('请求 R1：removed；文章 1 已下架\n');
    expect((await t.arca(['takedown', 'check'], chinese)).stderr).toBe('没有逾期的请求；0 条请求在 7 天内到期\n');
    expect(await t.arca(['takedown', 'reject', 'R1', '--reason', '自有稿件'], chinese)).toMatchObject({
      code: 1,
      stderr:
        'arca: 错误：请求 R1 的状态为 removed；只有 open 状态的请求才能转为 rejected' +
        '（removed 状态的请求可转为 countered 或 restored）\n',
    });
  });

  it("writes the Markdown report in the archive's language, whatever the interface's", async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', '澄湖传媒']);
    expect((await t.arca(['config', 'set', 'language', 'zh'])).code).toBe(0);
    const report = (await t.arca(['takedown', 'report'])).stdout.split('\n');
    expect(report[0]).toBe('# 透明度报告：著作权下架请求');
    expect(report).toContain('**收到请求：1 条**');
    expect(report).toContain('| 尚未处理 | 1 |');
    expect((await t.arca(['config', 'set', 'language', 'en'])).code).toBe(0);
    expect((await t.arca(['takedown', 'report'], chinese)).stdout).toMatch(/^# Transparency report: /);
  });

  it('shows takedown --help in Chinese, command names and options as they are', async () => {
    const help = await t.arca(['takedown', '--help'], chinese);
    expect(help.code).toBe(0);
    const lines = help.stdout.split('\n');
    expect(lines[2]).toBe('登记下架请求，按期处理，并留存处理记录');
    expect(lines).toContain('  open [options] [refs...]               登记针对一篇或多篇文章的下架请求');
    expect(lines).toContain('  reject [options] <request>             决定不下架文章（必须给出理由）');
    const open = await t.arca(['takedown', 'open', '--help'], chinese);
    expect(open.stdout).toContain('  --claimant <name>      要求下架的权利人\n');
  });
});

describe('the questions of takedown open in Chinese', () => {
  beforeEach(() => useLanguage(languageFromEnv(chineseEnv)));
  afterEach(() => useLanguage('en'));

  it('asks the article, then every value not given, as a Chinese operator reads them', async () => {
    const db = await newArchive();
    const article = addArticle(db, { title: '柳湾渡口春季放流活动举行', window_days: 15 });
    const prompter = scriptedPrompter(['柳湾', article, false, '澄湖传媒', '', '', '', 'wechat', '']);
    const io = memoryIO({ stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true });
    const request = await runOpen(depsFor(scopeAt(db, '2026-01-21T10:00:00+08:00'), io, prompter), [], {});
    db.close();
    expect(request).toMatchObject({ claimant: '澄湖传媒', channel: 'wechat', articles: [article] });
    expect(prompter.asked).toEqual([
      '查找文章：输入编号、网址或标题中的词',
      '是哪一篇文章？',
      '请求还涉及其他文章吗？',
      '权利人：谁享有权利',
      '联系方式（邮箱、电话或地址；按回车跳过）',
      '主张的作品（标题及其网址；按回车跳过）',
      '理由（按回车跳过）',
      '通知是通过什么渠道收到的？',
      expect.stringMatching(/^收到/),
    ]);
  });
});
