/**
 * Working days on the mainland calendar: Monday to Friday, except the statutory holidays, plus the 调休
 * make-up working days (a Saturday or Sunday worked in exchange for a longer holiday). Only the years
 * whose schedule is known say which days those are; past them a count falls back to weekends alone,
 * and says so. Dates are calendar dates (YYYY-MM-DD); nothing here knows a clock or a zone.
 */
import { addDays, InvalidDateError, isCalendarDate } from '../time.js';

export type DayKind = 'holiday' | 'workday';

/** A day the schedule sets apart from the weekend rule: a holiday, or a weekend day worked. */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string | null;
}

export interface WorkCalendar {
  /** The days that break the weekend rule, by date. */
  exceptions: ReadonlyMap<string, DayKind>;
  /** The years whose schedule is known (a known year may have no exceptions at all). */
  years: ReadonlySet<number>;
}

/** A calendar of the given exceptions; the years known are theirs, unless given. */
export function workCalendar(days: readonly CalendarDay[], years?: Iterable<number>): WorkCalendar {
  return {
    exceptions: new Map(days.map((d) => [d.date, d.kind])),
    years: new Set(years ?? days.map((d) => yearOf(d.date))),
  };
}

/** Weekends alone: what a count uses for years whose schedule is unknown. */
export const WEEKENDS_ONLY: WorkCalendar = workCalendar([]);

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The last year whose schedule is known; null when none is. */
export function horizonYear(calendar: WorkCalendar): number | null {
  return calendar.years.size ? Math.max(...calendar.years) : null;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const exception = calendar.exceptions.get(date);
  return exception === undefined ? !isWeekend(date) : exception === 'workday';
}

/** A decision period: calendar days, or working days on the archive's calendar. */
export type Period = { days: number } | { workdays: number };

export interface Deadline {
  /** The last day of the period (YYYY-MM-DD). */
  due: string;
  /** Years the count went through whose schedule is unknown, so counted by weekends alone; empty for calendar days. */
  unknownYears: number[];
}

/**
 * The last day of a period that starts the day after `from`: `from` + n calendar days, or the n-th
 * working day after `from` ("15个工作日内": the day of receipt does not count; 0 working days is `from` itself).
 */
export function dueDate(from: string, period: Period, calendar: WorkCalendar): Deadline {
  if (!isCalendarDate(from)) throw new InvalidDateError(`not a calendar date (YYYY-MM-DD): "${from}"`);
  if ('days' in period) return { due: addDays(from, period.days), unknownYears: [] };
  const unknown = new Set<number>();
  let date = from;
  for (let left = period.workdays; left > 0;) {
    date = addDays(date, 1);
    if (!calendar.years.has(yearOf(date))) unknown.add(yearOf(date));
    if (isWorkingDay(date, calendar)) left--;
  }
  return { due: date, unknownYears: [...unknown].sort((a, b) => a - b) };
}
