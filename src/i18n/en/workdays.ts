import type { Messages } from '../messages.js';

/** Dates as operators type them, the working-day calendar, and the channels complaints arrive by. */
export const workdays = {
  'dates.invalidDate': (p: { flag: string; text: string }) =>
    `${p.flag} needs a date such as 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日 (got "${p.text}")`,
  'dates.invalidDateTime': (p: { flag: string; text: string }) =>
    `${p.flag} needs a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, ` +
    `with a time if you like: 2026-11-20 14:30, 2026年11月20日 14:30 (got "${p.text}")`,
  'dates.timeNotAllowed': (p: { flag: string; text: string }) =>
    `${p.flag} takes a date without a time, such as 2026-11-20 (got "${p.text}")`,
  'channel.unknown': (p: { flag: string; text: string; choices: string }) =>
    `${p.flag} must be one of ${p.choices}, or a Chinese name such as 微信, QQ, 平台, 邮件 (got "${p.text}")`,
  'workdays.daysAndWorkdays': 'give --days or --workdays, not both',
  'channel.option': 'how the notice arrived; Chinese names too (微信, 公众号, QQ, 平台, 邮件 …)',
  'channel.noteOption': 'a note on the channel: which platform or app, or what "other" was (alone: --channel other)',
  'channel.label.email': 'email',
  'channel.label.phone': 'phone',
  'channel.label.letter': 'letter',
  'channel.label.form': 'form (on our site)',
  'channel.label.wechat': 'wechat (WeChat, an official account)',
  'channel.label.qq': 'qq',
  'channel.label.platform': "platform (a platform's complaint form)",
  'channel.label.other': 'other',
  'workdays.option': 'working days to decide in (weekends and holidays skipped), instead of the window',
  'workdays.pastHorizon': (p: { id: string; years: string; last: number | null }) =>
    `${p.id}: the holiday schedule of ${p.years} is not known ` +
    `(${p.last === null ? 'no year is' : `the last year known is ${p.last}`}): ` +
    'its working days were counted by weekends alone; see arca holidays import',
  'dates.receivedPrompt': 'Received on (2026-11-20, 2026/11/20, 2026年11月20日, a time may follow)',
  'dates.receivedLabel': 'the date',
  'holidays.description': 'the working-day calendar: mainland holidays and 调休 make-up working days',
  'holidays.importDescription':
    'add or replace years of the calendar from a file of "YYYY-MM-DD holiday|workday [name]" lines',
  'holidays.listDescription': 'show the holidays and make-up working days the calendar knows',
  'holidays.fileArgument': 'the file, one day a line ("-" reads stdin)',
  'holidays.yearArgument': 'only this year (e.g. 2026)',
  'holidays.imported': (p: { years: string; holidays: number; workdays: number }) =>
    `imported ${p.years}: ${p.holidays} ${p.holidays === 1 ? 'holiday' : 'holidays'}, ` +
    `${p.workdays} make-up working ${p.workdays === 1 ? 'day' : 'days'}; next: arca holidays list`,
  'holidays.unreadable': (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  'holidays.badYear': (p: { text: string }) => `YEAR must be a year such as 2026 (got "${p.text}")`,
  'holidays.known': (p: { years: string; last: number | null }) =>
    p.last === null ? 'the calendar knows no year: weekends alone' : `the calendar knows ${p.years}; horizon ${p.last}`,
  'holidays.unknownYear': (p: { year: string; last: number | null }) =>
    `the calendar does not know ${p.year}: its working days are counted by weekends alone ` +
    `(last year known: ${p.last ?? 'none'}; arca holidays import FILE adds one)`,
  'holidays.header.date': 'DATE',
  'holidays.header.kind': 'KIND',
  'holidays.header.name': 'NAME',
  'holidays.header.source': 'SOURCE',
  'holidays.file.malformed': (p: { at: string }) =>
    `${p.at}: expected "YYYY-MM-DD holiday|workday [name]", e.g. "2027-02-06 holiday 春节"`,
  'holidays.file.badDate': (p: { at: string; date: string }) =>
    `${p.at}: "${p.date}" is not a date as YYYY-MM-DD, e.g. "2027-02-06 holiday 春节"`,
  'holidays.file.badKind': (p: { at: string; kind: string }) =>
    `${p.at}: "${p.kind}" must be holiday or workday, e.g. "2027-02-20 workday 春节"`,
  'holidays.file.repeated': (p: { at: string; date: string; line: number }) =>
    `${p.at}: ${p.date} is already listed on line ${p.line}`,
  'holidays.file.empty': (p: { file: string }) => `${p.file}: no days listed, e.g. "2027-02-06 holiday 春节"`,
} satisfies Messages;
