import { afterEach, describe, expect, it, vi } from 'vitest';

// The Chinese catalogue is loaded only when a run speaks Chinese: English runs never pay for it.
let zhLoaded = false;

afterEach(() => {
  zhLoaded = false;
  vi.resetModules();
  vi.doUnmock('../../src/i18n/zh-CN.js');
});

async function loadI18n() {
  vi.doMock('../../src/i18n/zh-CN.js', async (importOriginal) => {
    zhLoaded = true;
    return importOriginal();
  });
  return import('../../src/i18n/index.js');
}

describe('catalogue loading', () => {
  it('an English run never loads the Chinese catalogue', async () => {
    const { useLanguage, t } = await loadI18n();
    await useLanguage('en');
    expect(t('cli.cancelled')).toBe('cancelled');
    expect(zhLoaded).toBe(false);
  });

  it('a Chinese run loads it and speaks it', async () => {
    const { useLanguage, t, interfaceLanguage } = await loadI18n();
    await useLanguage('zh-CN');
    expect(zhLoaded).toBe(true);
    expect(interfaceLanguage()).toBe('zh-CN');
    expect(t('cli.cancelled')).toBe('已取消');
  });
});
