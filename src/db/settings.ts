import { appendAudit, type AuditContext } from './audit.js';
import type { Db } from './connection.js';

/** Archive settings that `arca config` reads and writes, with their defaults. */
export const SETTING_DEFAULTS = {
  'window-days': '30',
  timezone: 'UTC',
  /** The RFC 3161 timestamp authority `log stamp` asks; none until set. */
  tsa: '',
  /** Calendar days from a counter-notice to the restore of the content (电子商务法 第43条 gives 15). */
  'counter-days': '15',
  /**
   * The language of what arca writes for others (exports, calendars, letters): zh or en. A new archive
   * takes the interface's; one made before the setting existed reads zh, the letters' language until then.
   */
  language: 'zh',
  /** Who signs the letters arca writes and names the HTML exports: the operator's own site, its contact and
   * postal address; none until set. */
  'site-name': '',
  /** The operator's own site: canonical links there are the pages' own addresses; none until set. */
  'site-url': '',
  contact: '',
  address: '',
} as const;

/** The values the language setting takes. */
export const ARCHIVE_LANGUAGES = ['zh', 'en'] as const;
export type ArchiveLanguage = (typeof ARCHIVE_LANGUAGES)[number];

export type SettingKey = keyof typeof SETTING_DEFAULTS;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_DEFAULTS, key);
}

export function getSetting(db: Db, key: SettingKey): string {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? SETTING_DEFAULTS[key];
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** The archive's language; a value set by hand in the file and not zh is read as English. */
export function archiveLanguage(db: Db): ArchiveLanguage {
  return getSetting(db, 'language') === 'zh' ? 'zh' : 'en';
}

export function defaultWindowDays(db: Db): number {
  return Number(getSetting(db, 'window-days'));
}

export function counterDays(db: Db): number {
  return Number(getSetting(db, 'counter-days'));
}

/** Who writes to claimants; null for what the operator has not set. */
export interface OperatorIdentity {
  siteName: string | null;
  contact: string | null;
  address: string | null;
}

export function operatorIdentity(db: Db): OperatorIdentity {
  const value = (key: SettingKey) => getSetting(db, key) || null;
  return { siteName: value('site-name'), contact: value('contact'), address: value('address') };
}

/**
 * Sets a setting and records the change in the audit log, in one transaction; `recorded` gives the
 * values as the log shows them. Resolves to the value before (nothing is written when it is the same).
 */
export function changeSetting(
  db: Db,
  audit: AuditContext,
  key: SettingKey,
  value: string,
  recorded: (value: string) => unknown,
): string {
  const before = getSetting(db, key);
  if (before !== value) {
    db.transaction(() => {
      setSetting(db, key, value);
      appendAudit(db, audit, 'config.set', `config:${key}`, { from: recorded(before), to: recorded(value) });
    }).immediate();
  }
  return before;
}
