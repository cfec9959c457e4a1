/** What config get and set share: the settings' names and descriptions, and how a value is checked and shown. */
import { ARCHIVE_LANGUAGES, SETTING_DEFAULTS, isSettingKey, type SettingKey } from '../../db/settings.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { oneLine } from '../../text.js';
import { isValidTimeZone } from '../../time.js';
import { httpUrl } from '../shared/options.js';
import { MAX_WINDOW_DAYS, isWindowLength } from '../../windows.js';

export const KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

export const DESCRIPTIONS: Record<SettingKey, string> = {
  get 'site-url'() {
    return t('intake.config.siteUrl');
  },
  // Read when help is built, after the interface language is chosen.
  get 'window-days'() {
    return t('config.setting.windowDays', { max: MAX_WINDOW_DAYS });
  },
  get timezone() {
    return t('config.setting.timezone');
  },
  get tsa() {
    return t('config.setting.tsa');
  },
  get 'counter-days'() {
    return t('identity.counterDaysSetting', { max: MAX_WINDOW_DAYS });
  },
  get language() {
    return t('config.setting.language');
  },
  get 'site-name'() {
    return t('config.setting.siteName');
  },
  get contact() {
    return t('identity.contactSetting');
  },
  get address() {
    return t('identity.addressSetting');
  },
};

export function settingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new UsageError(t('config.unknownSetting', { key, known: KEYS.join(', ') }));
  return key;
}

/** A value checked and written the one way it is stored ("15", "Asia/Shanghai"). */
export function normaliseSetting(key: SettingKey, text: string): string {
  const value = text.trim();
  switch (key) {
    case 'window-days':
    case 'counter-days':
      if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new UsageError(t('config.windowDaysNumber', { key, value: text }));
      if (!isWindowLength(Number(value), 1))
        throw new UsageError(t('config.windowDaysTooLong', { key, max: MAX_WINDOW_DAYS, value: text }));
      return String(Number(value));
    case 'site-name':
    case 'contact':
    case 'address':
      // Printed on one line of a letter or a page's header: a pasted line break cannot split it.
      return oneLine(value);
    case 'timezone':
      if (!isValidTimeZone(value)) throw new UsageError(t('shared.unknownZone', { zone: text }));
      return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    case 'tsa':
      return timestampAuthorityUrl(value, 'tsa');
    case 'language':
      if (!(ARCHIVE_LANGUAGES as readonly string[]).includes(value))
        throw new UsageError(
          t('shared.choice', { flag: 'language', choices: ARCHIVE_LANGUAGES.join(', '), value: text }),
        );
      return value;
    case 'site-url':
      return value === '' ? '' : httpUrl('site-url', value, "the http(s) address of your own site's home page");
  }
}

/** An http(s) URL of a timestamp authority, as given; `name` is the setting or flag it came from. */
export function timestampAuthorityUrl(text: string, name: string): string {
  return httpUrl(name, text, 'the http(s) URL of a timestamp authority');
}

/** JSON value of a setting: numbers as numbers, a setting never set as null. */
export function typed(key: SettingKey, value: string): string | number | null {
  if (key === 'window-days' || key === 'counter-days') return Number(value);
  return value === '' ? null : value;
}
