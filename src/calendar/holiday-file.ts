/**
 * The text format `arca holidays import` reads: one day a line, `YYYY-MM-DD holiday|workday [name]`,
 * e.g. `2027-02-06 holiday 春节` or `2027-02-20 workday 春节`. Blank lines and lines starting with `#`
 * are skipped. One bad line refuses the whole file, naming the line.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { isCalendarDate } from '../time.js';
import type { CalendarDay, DayKind } from './workdays.js';

export class HolidayFileError extends UsageError {}

const LINE = /^(\S+)\s+(\S+)(?:\s+(.+))?$/;
const KINDS: readonly DayKind[] = ['holiday', 'workday'];

/** The days a holiday file lists, in its order; `file` names it in errors ("FILE:3: …"). */
export function parseHolidayFile(text: string, file: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const at = `${file}:${index + 1}`;
      const m = LINE.exec(line);
      if (!m) throw new HolidayFileError(t('holidays.file.malformed', { at }));
      const [, date, kind, name] = m;
      if (!isCalendarDate(date)) throw new HolidayFileError(t('holidays.file.badDate', { at, date }));
      if (!KINDS.includes(kind as DayKind)) throw new HolidayFileError(t('holidays.file.badKind', { at, kind }));
      const earlier = seen.get(date);
      if (earlier !== undefined) throw new HolidayFileError(t('holidays.file.repeated', { at, date, line: earlier }));
      seen.set(date, index + 1);
      days.push({ date, kind: kind as DayKind, name: name?.trim() || null });
    });
  if (days.length === 0) throw new HolidayFileError(t('holidays.file.empty', { file }));
  return days;
}
