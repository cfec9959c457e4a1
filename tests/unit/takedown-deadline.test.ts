import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateInZone,
  InvalidDayCountError,
  isDueSoon,
  isLate,
  isOverdue,
  requestDeadline,
} from '../../src/takedown/deadline.js';
import { WEEKENDS_ONLY } from '../../src/calendar/workdays.js';
import { addDays, calendarDate, InvalidDateError, parseInstant } from '../../src/time.js';
import type { TakedownStatus } from '../../src/types.js';

/** "today" as the commands compute it: the calendar date of an instant in the archive's zone. */
const todayAt = (instant: string, tz: string) => calendarDate(new Date(instant), tz);

/** The due date of a request whose articles' windows are in calendar days (null: none named). */
const dueDate = (received: string, windows: Array<number | null>, defaultDays: number, overrideDays?: number) =>
  requestDeadline(
    received,
    windows.map((w) => ({ window_days: w, window_unit: w === null ? null : ('days' as const) })),
    defaultDays,
    WEEKENDS_ONLY,
    overrideDays === undefined ? undefined : { days: overrideDays },
  ).due;

describe('requestDeadline in calendar days', () => {
  it('adds the smallest window among the named articles', () => {
    expect(dueDate('2026-02-01', [30, 15, 20], 30)).toBe('2026-02-16');
  });

  it('counts an article without a window as the archive default', () => {
    expect(dueDate('2026-02-01', [null, null], 45)).toBe('2026-03-18');
    expect(dueDate('2026-02-01', [null, 60], 30)).toBe('2026-03-03');
    expect(dueDate('2026-02-01', [null, 10], 30)).toBe('2026-02-11');
  });

  it('uses the archive default when no window is given at all', () => {
    expect(dueDate('2026-02-01', [], 30)).toBe('2026-03-03');
  });

  it('lets --days override every window, including a shorter one and zero', () => {
    expect(dueDate('2026-02-01', [15], 30, 60)).toBe('2026-04-02');
    expect(dueDate('2026-02-01', [15], 30, 0)).toBe('2026-02-01');
  });

  it('crosses month ends, leap days and the year end by the calendar', () => {
    expect(dueDate('2026-01-31', [30], 30)).toBe('2026-03-02');
    expect(dueDate('2024-01-30', [30], 30)).toBe('2024-02-29');
    expect(dueDate('2024-02-29', [15], 30)).toBe('2024-03-15');
    expect(dueDate('2023-02-14', [15], 30)).toBe('2023-03-01');
    expect(dueDate('2025-12-20', [15], 30)).toBe('2026-01-04');
    expect(dueDate('2024-12-31', [1], 30)).toBe('2025-01-01');
  });

  it('is the same calendar date across a DST change (calendar days, not 24-hour periods)', () => {
    // America/New_York springs forward on 2026-03-08 and falls back on 2026-11-01.
    expect(dueDate('2026-03-01', [15], 30)).toBe('2026-03-16');
    expect(dueDate('2026-10-25', [15], 30)).toBe('2026-11-09');
  });

  it('refuses an impossible received date and a bad number of days', () => {
    expect(() => dueDate('2026-02-30', [15], 30)).toThrow(InvalidDateError);
    expect(() => dueDate('2026-02-30', [15], 30)).toThrow(
      'the received date is not a calendar date (YYYY-MM-DD): "2026-02-30"',
    );
    expect(() => dueDate('2026-02-01', [15], 30, -1)).toThrow(InvalidDayCountError);
    expect(() => dueDate('2026-02-01', [15], 30, -1)).toThrow(
      'the --days override must be a whole number of days, 0 or more: -1',
    );
    expect(() => dueDate('2026-02-01', [1.5], 30)).toThrow(
      'an article window must be a whole number of days, 0 or more: 1.5',
    );
  });
});

describe('dateInZone', () => {
  it('takes the calendar date of a received instant in the archive zone, not in UTC', () => {
    expect(dateInZone('2026-02-28T17:30:00Z', 'Asia/Shanghai')).toBe('2026-03-01');
    expect(dateInZone('2026-03-01T01:30:00+08:00', 'America/New_York')).toBe('2026-02-28');
    expect(dateInZone('2026-03-01T10:00:00', 'Asia/Shanghai')).toBe('2026-03-01');
  });

  it('refuses text that is not a date-time', () => {
    expect(() => dateInZone('yesterday', 'UTC')).toThrow('not an ISO-8601 date-time: "yesterday"');
  });
});

describe('isLate', () => {
  it('is late when the request arrived after any named article window closed', () => {
    expect(isLate('2026-03-02', ['2026-03-01'])).toBe(true);
    expect(isLate('2026-03-02', ['2026-04-01', '2026-03-01'])).toBe(true);
  });

  it('is not late on the last day of the window or before it', () => {
    expect(isLate('2026-03-01', ['2026-03-01'])).toBe(false);
    expect(isLate('2026-02-10', ['2026-03-01', '2026-02-10'])).toBe(false);
  });

  it('is never late for articles without a window end', () => {
    expect(isLate('2030-01-01', [null])).toBe(false);
    expect(isLate('2030-01-01', [null, '2030-01-01'])).toBe(false);
  });
});

describe('isOverdue', () => {
  it('is overdue only the day after the due date', () => {
    expect(isOverdue('2026-03-01', '2026-02-28', 'open')).toBe(false);
    expect(isOverdue('2026-03-01', '2026-03-01', 'open')).toBe(false);
    expect(isOverdue('2026-03-01', '2026-03-02', 'open')).toBe(true);
  });

  it.each<TakedownStatus>(['removed', 'rejected', 'withdrawn', 'restored'])('is never overdue once %s', (status) => {
    expect(isOverdue('2026-03-01', '2027-01-01', status)).toBe(false);
  });

  it('in Asia/Shanghai: not overdue at 23:30 local on the due date, overdue at 00:30 the next day while UTC is still on the due date', () => {
    const tz = 'Asia/Shanghai';
    expect(isOverdue('2026-03-01', todayAt('2026-03-01T15:30:00Z', tz), 'open')).toBe(false); // 23:30 local, 03-01
    expect(isOverdue('2026-03-01', todayAt('2026-03-01T16:30:00Z', tz), 'open')).toBe(true); // 00:30 local, 03-02; UTC 03-01
  });

  it('in America/New_York: overdue at 00:30 local the next day even though UTC has long moved on', () => {
    const tz = 'America/New_York';
    expect(isOverdue('2026-03-01', todayAt('2026-03-02T04:30:00Z', tz), 'open')).toBe(false); // 23:30 local, 03-01; UTC 03-02
    expect(isOverdue('2026-03-01', todayAt('2026-03-02T05:30:00Z', tz), 'open')).toBe(true); // 00:30 local, 03-02
  });

  it('in America/New_York on the DST change days, the local midnight decides', () => {
    const tz = 'America/New_York';
    // Spring forward: 2026-03-08 ends at UTC-4.
    expect(isOverdue('2026-03-08', todayAt('2026-03-09T03:30:00Z', tz), 'open')).toBe(false); // 23:30 EDT
    expect(isOverdue('2026-03-08', todayAt('2026-03-09T04:30:00Z', tz), 'open')).toBe(true); // 00:30 EDT
    // Fall back: 2026-11-01 ends at UTC-5.
    expect(isOverdue('2026-11-01', todayAt('2026-11-02T04:30:00Z', tz), 'open')).toBe(false); // 23:30 EST
    expect(isOverdue('2026-11-01', todayAt('2026-11-02T05:30:00Z', tz), 'open')).toBe(true); // 00:30 EST
  });

  it('at month ends, the leap day and the year end', () => {
    const tz = 'Asia/Shanghai';
    expect(isOverdue('2024-02-29', todayAt('2024-02-29T15:59:59Z', tz), 'open')).toBe(false);
    expect(isOverdue('2024-02-29', todayAt('2024-02-29T16:00:00Z', tz), 'open')).toBe(true);
    expect(isOverdue('2026-04-30', todayAt('2026-04-30T16:00:00Z', tz), 'open')).toBe(true);
    expect(isOverdue('2026-12-31', todayAt('2026-12-31T15:30:00Z', tz), 'open')).toBe(false);
    expect(isOverdue('2026-12-31', todayAt('2026-12-31T16:30:00Z', tz), 'open')).toBe(true);
  });

  it('in any zone, turns overdue exactly at the local midnight that ends the due date', () => {
    const zones = [
      'Asia/Shanghai',
      'America/New_York',
      'Europe/London',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Australia/Lord_Howe',
      'UTC',
    ];
    const dates = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.constantFrom(...zones), (due, tz) => {
        const endOfDue = parseInstant(addDays(due, 1), tz)!;
        const justBefore = new Date(endOfDue.getTime() - 60_000);
        expect(isOverdue(due, calendarDate(justBefore, tz), 'open')).toBe(false);
        expect(isOverdue(due, calendarDate(endOfDue, tz), 'open')).toBe(true);
      }),
    );
  });
});

describe('isDueSoon', () => {
  it('includes today and the last day of the period, not the day after', () => {
    expect(isDueSoon('2026-03-01', '2026-03-01', 7, 'open')).toBe(true);
    expect(isDueSoon('2026-03-08', '2026-03-01', 7, 'open')).toBe(true);
    expect(isDueSoon('2026-03-09', '2026-03-01', 7, 'open')).toBe(false);
  });

  it('leaves out overdue requests, which are reported as overdue instead', () => {
    expect(isDueSoon('2026-02-28', '2026-03-01', 7, 'open')).toBe(false);
  });

  it('counts across the leap day and the year end', () => {
    expect(isDueSoon('2024-03-01', '2024-02-27', 3, 'open')).toBe(true);
    expect(isDueSoon('2024-03-02', '2024-02-27', 3, 'open')).toBe(false);
    expect(isDueSoon('2027-01-03', '2026-12-29', 5, 'open')).toBe(true);
  });

  it('is false for requests already decided', () => {
    expect(isDueSoon('2026-03-01', '2026-03-01', 7, 'removed')).toBe(false);
  });

  it('refuses a negative period', () => {
    expect(() => isDueSoon('2026-03-01', '2026-03-01', -7, 'open')).toThrow(
      'the --within period must be a whole number of days, 0 or more: -7',
    );
  });
});
