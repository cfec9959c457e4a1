import type { Messages } from '../messages.js';

/** Counter-notices (不侵权声明): recording one, restoring after it, and what check and show say of them. */
export const counter = {
  'counter.description':
    'record a counter-notice on a removed request: it becomes countered, its content due back after counter-days',
  'counter.requestArgument': 'the removed request, e.g. R3',
  'counter.receivedOption': 'when the counter-notice arrived: YYYY-MM-DD or a date-time (asked on a terminal)',
  'counter.fromOption': 'who sent it: the publisher of the removed content, or who acts for them',
  'counter.contactOption': 'how to reach the sender (email, phone, address)',
  'counter.reasonOption': 'why the sender says the content does not infringe',
  'counter.attachOption': 'a file that came with it (the statement, a licence); repeat for more',
  'counter.askFrom': 'Counter-notice from: who says the content does not infringe',
  'counter.askReceived': 'Counter-notice received on (YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
  'counter.receivedFormat': 'a date as YYYY-MM-DD, or a date-time as YYYY-MM-DDTHH:MM',
  'counter.needsSender': 'a counter-notice needs its sender (--from): who says the content does not infringe',
  'counter.beforeRemoval': (p: { id: string; received: string; removed: string }) =>
    `the counter-notice is dated ${p.received}, before request ${p.id} was removed on ${p.removed}: check --received`,
  'counter.recorded': (p: { id: string; from: string; restoreDue: string }) =>
    `request ${p.id} countered by ${p.from}; restore due ${p.restoreDue}. ` +
    `Next: arca takedown notice ${p.id} (the letter forwarding it to the claimant), ` +
    `then arca takedown restore ${p.id} on ${p.restoreDue}`,
  'counter.restoreDescription':
    'bring removed articles back: a countered request on its restore date, a removed one with a reason',
  'counter.restoreReasonOption': 'why the content comes back (required unless the request is countered)',
  'counter.restoredEarly': (p: { id: string; restoreDue: string }) =>
    `request ${p.id} was restored before its restore date ${p.restoreDue}: the claimant had until then to act`,
  'counter.checkDescription':
    'overdue and due-soon requests, and restores due after counter-notices, for cron: exit 3 when any is overdue',
  'counter.checkSummary': (p: { overdue: number; soon: number; withinDays: number }) =>
    `; ${p.overdue} ${p.overdue === 1 ? 'counter-notice' : 'counter-notices'} past the restore date, ` +
    `${p.soon} to restore within ${p.withinDays} ${p.withinDays === 1 ? 'day' : 'days'} ` +
    '(see arca takedown list --status countered)',
  'counter.noticeDescription':
    'print the letter to the claimant: the decision, the articles and the dates, or the counter-notice forwarded',
  'counter.attachmentRole': 'with the counter-notice',
} satisfies Messages;
