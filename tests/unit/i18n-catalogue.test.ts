import { describe, expect, it } from 'vitest';
import * as enAreas from '../../src/i18n/en.js';
import { catalogueOf, languageFromEnv, languageOf, translator } from '../../src/i18n/index.js';
import * as zhAreas from '../../src/i18n/zh-CN.js';

const en = catalogueOf(enAreas);
const zhCN = catalogueOf(zhAreas);

type AnyMessage = string | ((params: Record<string, unknown>) => string);

/** The placeholders a message reads, found by filling it with a recording stand-in. */
function placeholders(message: AnyMessage): string[] {
  if (typeof message === 'string') return [];
  const read = new Set<string>();
  const probe = new Proxy({} as Record<string, unknown>, {
    get: (_target, name) => {
      if (typeof name === 'string') read.add(name);
      return `‹${String(name)}›`;
    },
  });
  message(probe);
  return [...read].sort();
}

describe('the message catalogue', () => {
  it('has every key in both languages and no key in one only', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives each key to one area only, so merging the areas loses no message', () => {
    for (const areas of [enAreas, zhAreas]) {
      const keys = Object.values(areas).flatMap((area) => Object.keys(area));
      expect(keys.length).toBe(new Set(keys).size);
    }
  });

  it('gives each message the same placeholders in both languages', () => {
    const differing = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return placeholders(en[k] as AnyMessage).join() !== placeholders(zhCN[k] as AnyMessage).join();
    });
    expect(differing).toEqual([]);
  });

  it('has a text for every key in either language', () => {
    const empty = [en, zhCN].flatMap((catalogue) =>
      Object.entries(catalogue as Record<string, AnyMessage>)
        .filter(
          ([, message]) => (typeof message === 'string' ? message : message(new Proxy({}, { get: () => '' }))) === '',
        )
        .map(([key]) => key),
    );
    expect(empty).toEqual([]);
  });

  it('fills placeholders in the chosen language', async () => {
    const zh = await translator('zh-CN');
    const english = await translator('en');
    expect(english('cli.error', { message: 'no article 9999' })).toBe('arca: error: no article 9999');
    expect(zh('cli.error', { message: '没有编号为 9999 的文章' })).toBe('arca: 错误：没有编号为 9999 的文章');
  });
});

describe('the interface language', () => {
  it('follows ARCA_LANG first, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(languageFromEnv({ ARCA_LANG: 'en', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('zh-CN');
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(languageFromEnv({ LANG: 'zh_CN.GB18030' })).toBe('zh-CN');
    expect(languageFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });

  it('reads any zh tag as zh-CN and nothing else as Chinese', () => {
    expect(['zh', 'zh-CN', 'zh_HK.UTF-8', 'ZH'].map(languageOf)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['zhuang', 'en', 'POSIX', ' '].map(languageOf)).toEqual(['en', 'en', 'en', undefined]);
  });
});
