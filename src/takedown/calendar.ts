/**
 * The deadlines of open takedown requests as an iCalendar (RFC 5545) file, so operators see
 * them in the calendar they already use. One all-day event per open request on its due date.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import type { TakedownRequest } from '../types.js';
import { addDays } from '../time.js';
import { dateInZone, requireDayCount } from './deadline.js';
import { requestNumber } from './ids.js';
import type { ArticleSummary } from './types.js';
import { english, type Translate } from '../i18n/index.js';

export interface CalendarEntry extends Pick<
  TakedownRequest,
  'id' | 'status' | 'received' | 'due' | 'claimant' | 'work'
> {
  articles: ArticleSummary[];
}

export interface CalendarOptions {
  /** Written as DTSTAMP, the time the file was produced. */
  now: Date;
  /** The archive's zone: dates of received instants, and X-WR-TIMEZONE for calendar clients. */
  tz: string;
  /** Full PRODID value, e.g. "-//arca//takedown deadlines//EN". */
  productId?: string;
  /** Days before the due date the reminder fires; 0 reminds on the day. */
  reminderDays?: number;
  /** The words of the events, in the archive's language; English by default. */
  say?: Translate;
}

const DEFAULT_PRODUCT_ID = '-//arca//takedown deadlines//EN';
const DEFAULT_REMINDER_DAYS = 2;
const SECONDS_PER_DAY = 86_400;

/** A calendar date as a Date whose UTC fields are that date: ical-generator formats all-day dates from UTC fields when no zone is set. */
const utcMidnight = (date: string): Date => new Date(`${date}T00:00:00Z`);

function describe(entry: CalendarEntry, tz: string, say: Translate): string {
  const lines = [
    say('deadlines.event.claimant', { claimant: entry.claimant }),
    ...(entry.work ? [say('deadlines.event.work', { work: entry.work })] : []),
    say('deadlines.event.received', { date: dateInZone(entry.received, tz) }),
    say('deadlines.event.due', { date: entry.due }),
    say('deadlines.event.articles'),
    ...entry.articles.map((a) => `#${a.id} ${a.title}${a.original_url ? ` <${a.original_url}>` : ''}`),
  ];
  return lines.join('\n');
}

/** RFC 5545 text with one all-day event (UID takedown-<id>@arca) and a display reminder per open request. */
export function deadlinesCalendar(requests: CalendarEntry[], options: CalendarOptions): string {
  const reminderDays = options.reminderDays ?? DEFAULT_REMINDER_DAYS;
  const say = options.say ?? english;
  requireDayCount(reminderDays, 'the reminder');
  const calendar = ical({
    // ical-generator writes "PRODID:-" followed by this value.
    prodId: (options.productId ?? DEFAULT_PRODUCT_ID).replace(/^-/, ''),
    name: say('deadlines.calendarName'),
  });
  // Only an informational property: setting the library's own time zone would make it format
  // all-day dates in the process's local zone instead of as the calendar dates we give it.
  calendar.x('X-WR-TIMEZONE', options.tz);

  const open = requests
    .filter((r) => r.status === 'open')
    .sort((a, b) => a.due.localeCompare(b.due) || requestNumber(a.id) - requestNumber(b.id));
  for (const entry of open) {
    const summary = say('deadlines.event.summary', { id: entry.id, claimant: entry.claimant });
    const event = calendar.createEvent({
      // The UID stays the bare number it always was: calendar clients match events by it.
      id: `takedown-${requestNumber(entry.id)}@arca`,
      allDay: true,
      start: utcMidnight(entry.due),
      // DTEND is exclusive: the event covers the due date only.
      end: utcMidnight(addDays(entry.due, 1)),
      stamp: options.now,
      summary,
      description: describe(entry, options.tz, say),
    });
    event.createAlarm({
      type: ICalAlarmType.display,
      triggerBefore: reminderDays * SECONDS_PER_DAY,
      description: summary,
    });
  }
  return calendar.toString();
}
