/**
 * The archive's working-day calendar: the schedules shipped with arca (src/calendar/mainland.ts) and
 * the years imported into the `holidays` table. An imported year replaces that year's shipped
 * schedule whole (a corrected notice, as in 2020, is imported over the shipped one).
 */
import { mainlandDays } from '../calendar/mainland.js';
import { dueDate, workCalendar, yearOf, type CalendarDay, type WorkCalendar } from '../calendar/workdays.js';
import { appendAudit, type AuditContext } from './audit.js';
import type { Db } from './connection.js';
import { inWriteTransaction } from './transaction.js';
import { isCalendarDate } from '../time.js';

export type DaySource = 'shipped' | 'imported';

export interface ScheduledDay extends CalendarDay {
  source: DaySource;
}

export interface ArchiveSchedule {
  calendar: WorkCalendar;
  /** Every exception in date order, with where it comes from. */
  days: ScheduledDay[];
}

function importedDays(db: Db): CalendarDay[] {
  return db.prepare('SELECT date, kind, name FROM holidays ORDER BY date').all() as CalendarDay[];
}

/** The schedule from stored rows: the imported years, and the shipped ones not imported over. */
function scheduleOf(imported: CalendarDay[]): ArchiveSchedule {
  const importedYears = new Set(imported.map((d) => yearOf(d.date)));
  const days: ScheduledDay[] = [
    ...mainlandDays()
      .filter((d) => !importedYears.has(yearOf(d.date)))
      .map((d) => ({ ...d, source: 'shipped' as const })),
    ...imported.map((d) => ({ ...d, source: 'imported' as const })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { calendar: workCalendar(days), days };
}

/** The archive's calendar as it stands: what due dates are counted on. */
export function archiveSchedule(db: Db): ArchiveSchedule {
  return scheduleOf(importedDays(db));
}

export interface HolidayImport {
  years: number[];
  holidays: number;
  workdays: number;
}

/** Replaces the schedule of each year the days fall in with them, in one transaction, logged. */
export function importHolidays(db: Db, audit: AuditContext, days: readonly CalendarDay[]): HolidayImport {
  const years = [...new Set(days.map((d) => yearOf(d.date)))].sort((a, b) => a - b);
  const result = {
    years,
    holidays: days.filter((d) => d.kind === 'holiday').length,
    workdays: days.filter((d) => d.kind === 'workday').length,
  };
  inWriteTransaction(db, () => {
    const clear = db.prepare("DELETE FROM holidays WHERE date BETWEEN ? || '-01-01' AND ? || '-12-31'");
    for (const year of years) clear.run(String(year), String(year));
    const insert = db.prepare('INSERT INTO holidays (date, kind, name, imported_at) VALUES (?, ?, ?, ?)');
    for (const day of days) insert.run(day.date, day.kind, day.name, audit.at);
    appendAudit(db, audit, 'holidays.imported', `holidays:${years.join(',')}`, result);
  });
  useArchiveCalendar(db);
  return result;
}

/**
 * Gives the connection SQL's `arca_workdays_after(date, n)`: the n-th working day after a date on the
 * archive's calendar (an article's window_ends, article-columns.ts). The rows are read now, since a
 * function cannot query its own connection; importHolidays calls this again.
 */
export function useArchiveCalendar(db: Db): void {
  const imported = importedDays(db);
  let calendar: WorkCalendar | undefined;
  db.function('arca_workdays_after', (date: unknown, n: unknown) => {
    // As SQL's date() does, a date that is none gives null (the window then counts as open).
    if (typeof date !== 'string' || !isCalendarDate(date) || typeof n !== 'number') return null;
    calendar ??= scheduleOf(imported).calendar;
    return dueDate(date, { workdays: n }, calendar).due;
  });
}
