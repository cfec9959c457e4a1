import type { Messages } from '../messages.js';

/** `arca doctor`: what a cron job sees. */
export const doctor = {
  'doctor.description':
    'check what a cron job sees: archive path and why, time zone, locale, folder, disk space (exit 1 on a problem)',
  'doctor.column.check': 'CHECK',
  'doctor.column.detail': 'DETAIL',
  'doctor.check.archive': 'archive',
  'doctor.check.folder': 'folder',
  'doctor.check.disk': 'disk space',
  'doctor.check.zone': 'time zone',
  'doctor.check.locale': 'locale',
  'doctor.check.node': 'node',
  'doctor.status.ok': 'ok',
  'doctor.status.note': 'note',
  'doctor.status.problem': 'problem',
  'doctor.archive.none': (p: { where: string }) => `${p.where}: no archive there yet (arca import creates it)`,
  'doctor.zone.unknown': (p: { tz: string }) => `TZ=${p.tz} is not a zone this system knows`,
  'doctor.zone.system': (p: { zone: string; tz: string }) => `system ${p.zone} (${p.tz || 'TZ unset'})`,
  'doctor.zone.fromFlag': (p: { zone: string }) => `${p.zone} from --tz or $ARCA_TZ`,
  'doctor.zone.archive': (p: { zone: string }) => `${p.zone}, the archive's`,
  'doctor.zone.used': (p: { used: string; system: string }) => `dates in ${p.used}; ${p.system}`,
  'doctor.language.en': 'English',
  'doctor.language.zh': 'Chinese',
  'doctor.locale.none': (p: { language: string }) =>
    `no LC_ALL, LC_MESSAGES or LANG (cron sets none): messages in ${p.language}`,
  'doctor.locale.arcaLang': (p: { value: string; language: string }) =>
    `ARCA_LANG=${p.value}: messages in ${p.language}`,
  'doctor.locale.notUtf8': ': not UTF-8, other tools may garble Chinese text',
  'doctor.folder.notWritable': 'not writable by this user',
  'doctor.folder.isFile': 'a file, not a folder',
  'doctor.folder.created': (p: { folder: string; existing: string }) =>
    `${p.folder} (created on first import under ${p.existing})`,
  'doctor.folder.writable': (p: { folder: string }) => `${p.folder} is writable`,
  'doctor.disk.free': (p: { free: string }) => `${p.free} free`,
  'doctor.disk.short': (p: { free: string; needed: string }) =>
    `${p.free} free; at least ${p.needed} needed (a backup needs as much as the archive)`,
  'doctor.node': (p: { version: string; path: string }) => `${p.version} at ${p.path}`,
  'doctor.problems': (p: { count: number }) =>
    `doctor found ${p.count} ${p.count === 1 ? 'problem' : 'problems'} (named above)`,
} satisfies Messages;
