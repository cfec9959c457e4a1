import type { Messages } from '../messages.js';

/** `arca config`: the settings, their descriptions and checks. */
export const config = {
  'config.description': (p: { keys: string }) => `archive settings: ${p.keys}`,
  'config.heading.settings': 'Settings:',
  'config.get.description': 'print one setting, or all of them',
  'config.set.description': 'change a setting (recorded in the audit log)',
  'config.set.value': 'the new value',
  'config.setting.windowDays': (p: { max: number }) =>
    `days to decide a takedown request when an article's disclaimer names no window (whole number, 1 to ${p.max})`,
  'config.setting.timezone':
    "the archive's time zone: calendar dates (received, due, today) are taken in it (an IANA name)",
  'config.setting.tsa':
    "the RFC 3161 timestamp authority arca log stamp sends the log's newest hash to (an http(s) URL)",
  'config.setting.language':
    'the language of what arca writes for others: exports, calendars, letters ' +
    '(zh or en; a new archive takes the interface language)',
  'config.setting.siteName': 'your own site\'s name: it signs letters and heads HTML exports ("" to unset)',
  'config.unknownSetting': (p: { key: string; known: string }) => `unknown setting "${p.key}" (known: ${p.known})`,
  'config.windowDaysNumber': (p: { key: string; value: string }) =>
    `${p.key} needs a whole number of at least 1 (got "${p.value}")`,
  'config.windowDaysTooLong': (p: { key: string; max: number; value: string }) =>
    `${p.key} is too long: at most ${p.max} days (got "${p.value}")`,
  'config.tsaUrl': (p: { name: string; value: string }) =>
    `${p.name} needs the http(s) URL of a timestamp authority (got "${p.value}")`,
  'config.unchanged': (p: { key: string; value: string }) => `${p.key} is already ${p.value}`,
  'config.changed': (p: { key: string; before: string; value: string }) => `${p.key}: ${p.before} → ${p.value}`,
} satisfies Messages;
