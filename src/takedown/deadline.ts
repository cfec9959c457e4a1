/**
 * Deadline rules for takedown requests. Every date here is a calendar date (YYYY-MM-DD) in the
 * archive's time zone; callers turn instants into dates with `calendarDate(now, tz)` first, so
 * these rules never see a clock or a zone.
 */
import type { TakedownStatus } from '../types.js';
import { addDays, calendarDate, InvalidDateError, isCalendarDate, parseInstant } from '../time.js';
import { UsageError } from '../errors.js';
import { MAX_WINDOW_DAYS } from '../windows.js';

export class InvalidDayCountError extends UsageError {}

function requireCalendarDate(date: string, what: string): void {
  if (!isCalendarDate(date)) throw new InvalidDateError(`${what} is not a calendar date (YYYY-MM-DD): "${date}"`);
}

/** Throws unless `days` is a whole number of days from 0 to MAX_WINDOW_DAYS; `what` names the value in the message. */
export function requireDayCount(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new InvalidDayCountError(`${what} must be a whole number of days, 0 or more: ${days}`);
  }
  if (days > MAX_WINDOW_DAYS)
    throw new InvalidDayCountError(`${what} is too long: ${days} days (at most ${MAX_WINDOW_DAYS})`);
}

/** The calendar date, in the archive's zone, of a stored instant such as a request's `received`. */
export function dateInZone(instant: string, tz: string): string {
  const parsed = parseInstant(instant, tz);
  if (!parsed) throw new InvalidDateError(`not an ISO-8601 date-time: "${instant}"`);
  return calendarDate(parsed, tz);
}

/**
 * The date a decision is due: the received date plus the smallest window among the named
 * articles (an article whose disclaimer names no window counts as the archive default),
 * or plus `overrideDays` when the operator gave one.
 */
export function dueDate(
  receivedDate: string,
  windows: Array<number | null>,
  defaultWindowDays: number,
  overrideDays?: number,
): string {
  requireCalendarDate(receivedDate, 'the received date');
  requireDayCount(defaultWindowDays, 'the default window');
  if (overrideDays !== undefined) {
    requireDayCount(overrideDays, 'the --days override');
    return addDays(receivedDate, overrideDays);
  }
  const days = windows.map((w) => w ?? defaultWindowDays);
  days.forEach((d) => requireDayCount(d, 'an article window'));
  return addDays(receivedDate, days.length > 0 ? Math.min(...days) : defaultWindowDays);
}

/**
 * True when the request arrived after the window of any named article had closed
 * (information for the operator, not a reason to refuse). Articles without a window end never make it late.
 */
export function isLate(receivedDate: string, articleWindowEnds: Array<string | null>): boolean {
  requireCalendarDate(receivedDate, 'the received date');
  return articleWindowEnds.some((end) => end !== null && receivedDate > end);
}

/** An open request is overdue from the calendar day after its due date. */
export function isOverdue(due: string, today: string, status: TakedownStatus): boolean {
  requireCalendarDate(due, 'the due date');
  requireCalendarDate(today, 'today');
  return status === 'open' && today > due;
}

/** An open request that is not yet overdue and is due within `withinDays` days of today (today included). */
export function isDueSoon(due: string, today: string, withinDays: number, status: TakedownStatus): boolean {
  requireDayCount(withinDays, 'the --within period');
  return status === 'open' && !isOverdue(due, today, status) && due <= addDays(today, withinDays);
}
