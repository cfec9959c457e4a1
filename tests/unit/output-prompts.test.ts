import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { UsageError } from '../../src/errors.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { ensureCanAsk, inquirerPrompter } from '../../src/output/prompts.js';

describe('ensureCanAsk', () => {
  it('is a usage error naming the option when stdin is not a terminal', () => {
    const io = memoryIO({ stdinIsTTY: false });
    expect(() => ensureCanAsk(io, '--claimant')).toThrow(UsageError);
    expect(() => ensureCanAsk(io, '--claimant')).toThrow(
      'missing --claimant (stdin is not a terminal, so arca cannot ask)',
    );
  });

  it('lets a terminal user be asked', () => {
    expect(() => ensureCanAsk(memoryIO({ stdinIsTTY: true }), '--claimant')).not.toThrow();
  });
});

describe('inquirerPrompter', () => {
  it('reads the answer from stdin and asks on stderr, keeping stdout for data', async () => {
    const io = memoryIO({ stdinIsTTY: true, stderrIsTTY: true, stdinText: 'Lotus Valley Press\n' });
    const answer = await inquirerPrompter(io).input('Claimant');
    expect(answer).toBe('Lotus Valley Press');
    expect(io.stderrText()).toContain('Claimant');
    expect(io.stdoutText()).toBe('');
  });

  it('returns the default when the user just presses Enter', async () => {
    const io = memoryIO({ stdinIsTTY: true, stdinText: '\n' });
    expect(await inquirerPrompter(io).input('Channel', { default: 'email' })).toBe('email');
  });

  it('confirms with y', async () => {
    const io = memoryIO({ stdinIsTTY: true, stdinText: 'y\n' });
    expect(await inquirerPrompter(io).confirm('Purge article 7 for good?')).toBe(true);
  });
});

describe('inquirerPrompter in Chinese', () => {
  afterEach(() => useLanguage('en'));

  it("shows a choice list's key hints and a confirmation's answer in the interface language", async () => {
    await useLanguage('zh-CN');
    const io = memoryIO({ stdinIsTTY: true, stderrIsTTY: true, stdinText: '\n' });
    const channel = await inquirerPrompter(io).select('收到渠道', [
      { name: '电子邮件', value: 'email' },
      { name: '微信', value: 'wechat' },
    ]);
    expect(channel).toBe('email');
    expect(io.stderrText()).toContain('收到渠道');
    expect(io.stderrText()).toContain('电子邮件');
    expect(io.stderrText()).toContain('↑↓ 移动 • ⏎ 选择');
    const confirmIO = memoryIO({ stdinIsTTY: true, stderrIsTTY: true, stdinText: 'y\n' });
    expect(await inquirerPrompter(confirmIO).confirm('永久清除文章 7？')).toBe(true);
    expect(confirmIO.stderrText()).toContain('是');
  });

  it('refuses to ask without a terminal, in Chinese', async () => {
    await useLanguage('zh-CN');
    expect(() => ensureCanAsk(memoryIO({ stdinIsTTY: false }), '--claimant')).toThrow(
      '缺少 --claimant（标准输入不是终端，arca 无法提问）',
    );
  });
});
