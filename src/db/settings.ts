import { appendAudit, type AuditContext } from './audit.js';
import type { Db } from './connection.js';

/** Archive settings that `arca config` reads and writes, with their defaults. */
export const SETTING_DEFAULTS = {
  'window-days': '30',
  timezone: 'UTC',
  /** The operator's own site: canonical links there are the pages' own addresses; none until set. */
  'site-url': '',
  /** The RFC 3161 timestamp authority `log stamp` asks; none until set. */
  tsa: '',
} as const;

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

export function defaultWindowDays(db: Db): number {
  return Number(getSetting(db, 'window-days'));
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
