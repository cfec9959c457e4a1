/**
 * When the content of a countered request is due back. A counter-notice (不侵权声明, 民法典 第1196条)
 * is forwarded to the claimant; unless they tell the operator within the archive's `counter-days` that
 * they have complained to an authority or gone to court, the content is restored. Calendar days,
 * counted as 电子商务法 第43条 counts its fifteen; dates are calendar dates in the archive's zone.
 */
import type { TakedownStatus } from '../types.js';
import { addDays } from '../time.js';
import { t } from '../i18n/index.js';
import { requireDayCount } from './deadline.js';

/** The date the content comes back: the counter-notice's received date plus `counterDays`. */
export function restoreDueDate(receivedDate: string, counterDays: number): string {
  requireDayCount(counterDays, 'counter-days');
  return addDays(receivedDate, counterDays);
}

/** A countered request whose restore date has passed without the restore. */
export function isRestoreOverdue(restoreDue: string | null, today: string, status: TakedownStatus): boolean {
  return status === 'countered' && restoreDue !== null && today > restoreDue;
}

/** A countered request to restore within `withinDays` days of today (today included), not yet overdue. */
export function isRestoreDueSoon(
  restoreDue: string | null,
  today: string,
  withinDays: number,
  status: TakedownStatus,
): boolean {
  requireDayCount(withinDays, t('takedown.what.within'));
  return (
    status === 'countered' &&
    restoreDue !== null &&
    !isRestoreOverdue(restoreDue, today, status) &&
    restoreDue <= addDays(today, withinDays)
  );
}
