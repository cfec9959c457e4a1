import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

let archive: ReturnType<typeof tempCliArchive>;
const chinese = { ARCA_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'zh_CN.UTF-8' };

beforeEach(() => {
  archive = tempCliArchive();
});
afterEach(() => archive.cleanup());

describe('the interface language', () => {
  it('writes the error line in Chinese under a zh locale, with the same exit code', async () => {
    const zh = await archive.arca(['list', '--status', 'gone'], { env: chinese });
    const en = await archive.arca(['list', '--status', 'gone']);
    expect(zh.code).toBe(2);
    expect(en.code).toBe(2);
    expect(zh.stderr).toMatch(/^arca: 错误：/);
    expect(en.stderr).toMatch(/^arca: error: /);
  });

  it('leaves JSON byte for byte the same under either locale', async () => {
    await archive.arca(['import', '-'], { input: '标题：一则通知\n\n正文第一段。\n' });
    const zh = await archive.arca(['list', '--json'], { env: chinese });
    const en = await archive.arca(['list', '--json'], { env: { ARCA_LANG: 'en' } });
    expect(zh.code).toBe(0);
    expect(zh.stdoutBytes.equals(en.stdoutBytes)).toBe(true);
    expect(JSON.parse(zh.stdout)).toHaveLength(1);
  });
});
