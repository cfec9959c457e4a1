/**
 * The deadlines of takedown requests as an iCalendar (RFC 5545) file, so operators see them in the
 * calendar they already use. One all-day event per open request on its due date, and one per
 * countered request on the day its content is due back.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import type { TakedownRequest } from '../types.js';
import { addDays } from '../time.js';
import { dateInZone, requireDayCount } from './deadline.js';
import { requestNumber } from './ids.js';
import type { ArticleSummary } from './types.js';
import { english, t, type Translate } from '../i18n/index.js';

export interface CalendarEntry extends Pick<
  TakedownRequest,
  'id' | 'status' | 'received' | 'due' | 'claimant' | 'work' | 'restore_due' | 'counter_notice'
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
  const counter = entry.counter_notice;
  const lines = [
    say('deadlines.event.claimant', { claimant: entry.claimant }),
    ...(entry.work ? [say('deadlines.event.work', { work: entry.work })] : []),
    say('deadlines.event.received', { date: dateInZone(entry.received, tz) }),
    say('deadlines.event.due', { date: entry.due }),
    ...(counter
      ? [
          say('deadlines.event.counterNotice', { from: counter.from, date: dateInZone(counter.received, tz) }),
          say('deadlines.event.restoreDue', { date: entry.restore_due ?? '' }),
        ]
      : []),
    say('deadlines.event.articles'),
    ...entry.articles.map((a) => `#${a.id} ${a.title}${a.original_url ? ` <${a.original_url}>` : ''}`),
  ];
  return lines.join('\n');
}

/** One event of the calendar: the day, its UID and its summary. */
interface Deadline {
  entry: CalendarEntry;
  date: string;
  uid: string;
  summary: string;
}

/** An open request's decision deadline, or a countered request's restore date; nothing for other states. */
function deadlineOf(entry: CalendarEntry, say: Translate): Deadline | null {
  // The UIDs stay the bare number they always were: calendar clients match events by them.
  const n = requestNumber(entry.id);
  if (entry.status === 'open') {
    return {
      entry,
      date: entry.due,
      uid: `takedown-${n}@arca`,
      summary: say('deadlines.event.summary', { id: entry.id, claimant: entry.claimant }),
    };
  }
  if (entry.status === 'countered' && entry.restore_due !== null) {
    return {
      entry,
      date: entry.restore_due,
      uid: `takedown-${n}-restore@arca`,
      summary: say('deadlines.event.restoreSummary', { id: entry.id, from: entry.counter_notice?.from ?? '?' }),
    };
  }
  return null;
}

/**
 * RFC 5545 text with one all-day event and a display reminder per open request (UID takedown-<id>@arca)
 * and per countered request (UID takedown-<id>-restore@arca).
 */
export function deadlinesCalendar(requests: CalendarEntry[], options: CalendarOptions): string {
  const reminderDays = options.reminderDays ?? DEFAULT_REMINDER_DAYS;
  const say = options.say ?? english;
  requireDayCount(reminderDays, t('takedown.what.reminder'));
  const calendar = ical({
    // ical-generator writes "PRODID:-" followed by this value.
    prodId: (options.productId ?? DEFAULT_PRODUCT_ID).replace(/^-/, ''),
    name: say('deadlines.calendarName'),
  });
  // Only an informational property: setting the library's own time zone would make it format
  // all-day dates in the process's local zone instead of as the calendar dates we give it.
  calendar.x('X-WR-TIMEZONE', options.tz);

  const deadlines = requests
    .map((entry) => deadlineOf(entry, say))
    .filter((d): d is Deadline => d !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || requestNumber(a.entry.id) - requestNumber(b.entry.id));
  for (const { entry, date, uid, summary } of deadlines) {
    const event = calendar.createEvent({
      id: uid,
      allDay: true,
      start: utcMidnight(date),
      // DTEND is exclusive: the event covers the one day only.
      end: utcMidnight(addDays(date, 1)),
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
