/**
 * Deadline rules for takedown requests. Every date here is a calendar date (YYYY-MM-DD) in the
 * archive's time zone; callers turn instants into dates with `calendarDate(now, tz)` first, so
 * these rules never see a clock or a zone.
 */
import { dueDate, type Deadline, type Period, type WorkCalendar } from '../calendar/workdays.js';
import type { TakedownStatus, WindowUnit } from '../types.js';
import { addDays, calendarDate, InvalidDateError, isCalendarDate, parseInstant } from '../time.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { MAX_WINDOW_DAYS } from '../windows.js';

// The counting itself lives with the calendar; requests, counter-notices and edits all ask it here.
export { dueDate, type Deadline, type Period } from '../calendar/workdays.js';

export class InvalidDayCountError extends UsageError {}

function requireCalendarDate(date: string, what: string): void {
  if (!isCalendarDate(date)) throw new InvalidDateError(t('takedown.notADate', { what, date }));
}

/** Throws unless `days` is a whole number of days from 0 to MAX_WINDOW_DAYS; `what` names the value in the message. */
export function requireDayCount(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new InvalidDayCountError(t('takedown.notADayCount', { what, days }));
  }
  if (days > MAX_WINDOW_DAYS)
    throw new InvalidDayCountError(t('takedown.tooManyDays', { what, days, max: MAX_WINDOW_DAYS }));
}

/** The calendar date, in the archive's zone, of a stored instant such as a request's `received`. */
export function dateInZone(instant: string, tz: string): string {
  const parsed = parseInstant(instant, tz);
  if (!parsed) throw new InvalidDateError(t('takedown.notAnInstant', { instant }));
  return calendarDate(parsed, tz);
}

/** An article's disclaimer window as a request's deadline reads it. */
export interface ArticleWindow {
  window_days: number | null;
  window_unit: WindowUnit | null;
}

/**
 * The date a decision is due: the received date plus the window of the named articles (an article
 * whose disclaimer names no window counts as the archive default, in calendar days), the earliest due
 * date winning when they differ; or plus `override` when the operator gave one (--days, --workdays).
 * Working days are counted on `calendar`; `unknownYears` says where it had to fall back to weekends alone.
 */
export function requestDeadline(
  receivedDate: string,
  windows: readonly ArticleWindow[],
  defaultWindowDays: number,
  calendar: WorkCalendar,
  override?: Period,
): Deadline {
  requireCalendarDate(receivedDate, t('takedown.what.receivedDate'));
  requireDayCount(defaultWindowDays, t('takedown.what.defaultWindow'));
  if (override !== undefined) {
    const [flag, count] = 'days' in override ? ['--days', override.days] : ['--workdays', override.workdays];
    requireDayCount(count, t('takedown.what.override', { flag }));
    return dueDate(receivedDate, override, calendar);
  }
  const periods: Period[] = windows.map((w) => {
    const days = w.window_days ?? defaultWindowDays;
    requireDayCount(days, t('takedown.what.articleWindow'));
    return w.window_days !== null && w.window_unit === 'workdays' ? { workdays: days } : { days };
  });
  const deadlines = (periods.length ? periods : [{ days: defaultWindowDays }]).map((p) =>
    dueDate(receivedDate, p, calendar),
  );
  return deadlines.reduce((earliest, d) => (d.due < earliest.due ? d : earliest));
}

/**
 * True when the request arrived after the window of any named article had closed
 * (information for the operator, not a reason to refuse). Articles without a window end never make it late.
 */
export function isLate(receivedDate: string, articleWindowEnds: Array<string | null>): boolean {
  requireCalendarDate(receivedDate, t('takedown.what.receivedDate'));
  return articleWindowEnds.some((end) => end !== null && receivedDate > end);
}

/** An open request is overdue from the calendar day after its due date. */
export function isOverdue(due: string, today: string, status: TakedownStatus): boolean {
  requireCalendarDate(due, t('takedown.what.dueDate'));
  requireCalendarDate(today, t('takedown.what.today'));
  return status === 'open' && today > due;
}

/** An open request that is not yet overdue and is due within `withinDays` days of today (today included). */
export function isDueSoon(due: string, today: string, withinDays: number, status: TakedownStatus): boolean {
  requireDayCount(withinDays, 'the --within period');
  return status === 'open' && !isOverdue(due, today, status) && due <= addDays(today, withinDays);
}
