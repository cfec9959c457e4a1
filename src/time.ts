/**
 * Clock and calendar rules. Everything that needs "now" or "today" goes through here so that
 * ARCA_NOW can replace the clock and the archive's time zone decides calendar dates.
 */

import { UsageError } from './errors.js';
import { t } from './i18n/index.js';

export class InvalidDateError extends UsageError {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The current instant: ARCA_NOW when set (an ISO-8601 timestamp), else the system clock. */
export function currentInstant(arcaNow: string | undefined, tz: string | (() => string)): Date {
  if (arcaNow === undefined || arcaNow === '') return new Date();
  const instant = parseInstant(arcaNow, tz);
  if (!instant) throw new InvalidDateError(t('articles.date.arcaNow', { value: arcaNow }));
  return instant;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** True when s is a real calendar date written YYYY-MM-DD (2023-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Calendar date + n days, by the calendar (no time zone or DST involved). */
export function addDays(date: string, days: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new InvalidDateError(t('articles.date.notCalendar', { value: date }));
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** One formatter per zone: building an Intl.DateTimeFormat is the costly part. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a zone, as Intl reads it (~10 µs: the slow path). */
function intlParts(time: number, tz: string): ZonedParts {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  const parts: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of f.formatToParts(time)) if (p.type in parts) parts[p.type as keyof ZonedParts] = Number(p.value);
  return parts;
}

/** Offset of tz from UTC at an instant, in milliseconds (whole seconds: old local mean times have them). */
function intlOffset(time: number, tz: string): number {
  const p = intlParts(time, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(time / 1000) * 1000;
}

/**
 * Offsets by quarter hour, per zone: a zone's offset changes at most once in any quarter hour, so one
 * known for both ends of one holds throughout it. Listing or exporting 100 000 articles then asks Intl
 * a few times instead of 200 000 times. null: the offset changes inside that quarter hour.
 */
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number | null>>();
const MAX_CACHED_QUARTERS = 100_000;

/**
 * The zone the process's own clock runs in, once the process edge has made it so (bin/arca sets TZ:
 * see main's hooks). Date's local getters then answer for it in microseconds, where building the first
 * Intl.DateTimeFormat costs every command 10–40 ms of start-up.
 */
let localZone: string | undefined;

/** Tells the time functions that Date's local time is now `tz`'s. */
export function markLocalZone(tz: string): void {
  localZone = tz;
}

/** Offset of the process's local zone at an instant, in milliseconds (whole seconds, as Intl gives them). */
function localOffset(time: number): number {
  const d = new Date(time);
  const wall = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return wall - Math.floor(time / 1000) * 1000;
}

function zoneOffset(time: number, tz: string): number {
  if (tz === localZone) return localOffset(time);
  let zone = offsetCache.get(tz);
  if (!zone) offsetCache.set(tz, (zone = new Map()));
  const quarter = Math.floor(time / QUARTER_HOUR);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const start = intlOffset(quarter * QUARTER_HOUR, tz);
    offset = start === intlOffset((quarter + 1) * QUARTER_HOUR - 1, tz) ? start : null;
    if (zone.size >= MAX_CACHED_QUARTERS) zone.clear();
    zone.set(quarter, offset);
  }
  return offset ?? intlOffset(time, tz);
}

function zonedParts(instant: Date, tz: string): ZonedParts {
  const wall = new Date(instant.getTime() + zoneOffset(instant.getTime(), tz));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(instant: Date, tz: string): string {
  const p = zonedParts(instant, tz);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Offset of tz from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, tz: string): number {
  return Math.round(zoneOffset(instant.getTime(), tz) / 60_000);
}

/** An instant written YYYY-MM-DDTHH:MM:SS±HH:MM in the given zone. */
export function formatInstant(instant: Date, tz: string): string {
  const p = zonedParts(instant, tz);
  const off = offsetMinutes(instant, tz);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant of a wall-clock time in a zone (DST gaps resolve forwards). */
function zonedWallClockToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let instant = new Date(guess - offsetMinutes(new Date(guess), tz) * 60_000);
  // A second pass settles instants near an offset change.
  instant = new Date(guess - offsetMinutes(instant, tz) * 60_000);
  return instant;
}

/**
 * Parses an ISO-8601 date or date-time. A value without a zone is read in `tz`;
 * a bare date means the start of that day. Returns null when the text is not ISO-8601.
 */
export function parseInstant(text: string, zone: string | (() => string)): Date | null {
  const tz = () => (typeof zone === 'function' ? zone() : zone);
  const s = text.trim();
  if (ISO_DATE.test(s)) {
    if (!isCalendarDate(s)) return null;
    const [y, mo, d] = s.split('-').map(Number);
    return zonedWallClockToInstant(y, mo, d, 0, 0, 0, tz());
  }
  const m = ISO_DATE_TIME.exec(s);
  if (!m) return null;
  if (!isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (h > 23 || mi > 59 || sec > 59) return null;
  const offset = m[7];
  if (!offset) return zonedWallClockToInstant(y, mo, d, h, mi, sec, tz());
  if (offset === 'Z') return new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
  const off = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3]));
  return new Date(Date.UTC(y, mo - 1, d, h, mi, sec) - off * 60_000);
}

/** Parses a duration such as "7d", "2w" or "7" (days) into a number of days. */
export function parseDays(text: string): number | null {
  const m = /^(\d{1,4})\s*([dw]?)$/i.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * (m[2].toLowerCase() === 'w' ? 7 : 1);
}

/**
 * A date as operators type it, with an optional time: 2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日
 * (month and day with one digit or two), then " 14:30", "T14:30:05" or, after 日, "14:30" alone; full-width
 * digits and colons too (a Chinese input method types them). An ISO time may carry its offset (Z, +08:00).
 */
const TYPED_DATE =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号])(?:(?:[T ]|(?<=[日号]))\s*(.+))?$/;
const TYPED_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The ISO form (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][offset]) of a typed date; null when it is none of the forms.
 */
export function isoFromTypedDate(text: string): string | null {
  const m = TYPED_DATE.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const date = `${m[1]}-${pad(Number(m[3] ?? m[5]))}-${pad(Number(m[4] ?? m[6]))}`;
  if (!isCalendarDate(date)) return null;
  if (m[7] === undefined) return date;
  const time = TYPED_TIME.exec(m[7].trim());
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return null;
  return `${date}T${pad(Number(time[1]))}:${time[2]}${time[3] ? `:${time[3]}` : ''}${time[4] ?? ''}`;
}

/**
 * The instant a date option names (`--received 2026年11月20日 14:30`), read in `tz`; a usage error naming
 * the flag otherwise.
 */
export function parseDateTimeOption(flag: string, text: string, tz: string | (() => string)): Date {
  const iso = isoFromTypedDate(text);
  const instant = iso === null ? null : parseInstant(iso, tz);
  if (!instant) throw new InvalidDateError(t('dates.invalidDateTime', { flag, text }));
  return instant;
}

/** The calendar date a date option names (`--since 2026/11/20`); a time is refused, as is anything else. */
export function parseDateOption(flag: string, text: string): string {
  const iso = isoFromTypedDate(text);
  if (iso !== null && iso.length > 10) throw new InvalidDateError(t('dates.timeNotAllowed', { flag, text }));
  if (iso === null) throw new InvalidDateError(t('dates.invalidDate', { flag, text }));
  return iso;
}
