import type { Messages } from '../messages.js';

/** The deadline calendar's events (in the archive's language) and the reply letter's language flag. */
export const deadlines = {
  'deadlines.calendarName': 'arca takedown deadlines',
  'deadlines.event.summary': (p: { id: string; claimant: string }) => `Takedown request ${p.id} due: ${p.claimant}`,
  'deadlines.event.claimant': (p: { claimant: string }) => `Claimant: ${p.claimant}`,
  'deadlines.event.work': (p: { work: string }) => `Work: ${p.work}`,
  'deadlines.event.received': (p: { date: string }) => `Received: ${p.date}`,
  'deadlines.event.due': (p: { date: string }) => `Due: ${p.date}`,
  'deadlines.event.counterNotice': (p: { from: string; date: string }) =>
    `Counter-notice: ${p.from}, received ${p.date}`,
  'deadlines.event.restoreDue': (p: { date: string }) => `Restore due: ${p.date}`,
  'deadlines.event.restoreSummary': (p: { id: string; from: string }) =>
    `Restore takedown request ${p.id}: counter-notice from ${p.from}`,
  'deadlines.event.articles': 'Articles:',
  'deadlines.description':
    'the due dates of open requests as an iCalendar file (one all-day event each, with a reminder)',
  'deadlines.option.out': 'the .ics file to write, or - for stdout',
  'deadlines.option.force': 'replace the file if it exists',
  'deadlines.written': (p: { count: number; out: string }) =>
    `${p.count} ${p.count === 1 ? 'due date' : 'due dates'}${p.out ? ` written to ${p.out}` : ''}`,
  'deadlines.noticeLang': "the language of the letter (default: the archive's language setting)",
} satisfies Messages;
