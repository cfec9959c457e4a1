import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  needsReason,
  nextStatus,
  TransitionError,
  type TakedownAction,
} from '../../src/takedown/lifecycle.js';
import { isRestoreDueSoon, isRestoreOverdue, restoreDueDate } from '../../src/takedown/counter.js';
import type { TakedownStatus } from '../../src/types.js';

const request = (status: TakedownStatus) => ({ id: 4, status });

describe('allowed transitions', () => {
  it.each<[TakedownStatus, TakedownAction, TakedownStatus]>([
    ['open', 'remove', 'removed'],
    ['open', 'reject', 'rejected'],
    ['open', 'withdraw', 'withdrawn'],
    ['removed', 'restore', 'restored'],
    ['removed', 'counter', 'countered'],
    ['countered', 'restore', 'restored'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(request(from), action)).toBe(to);
  });
});

describe('refused transitions name the current state and what it allows', () => {
  it.each<[TakedownStatus, TakedownAction, string]>([
    [
      'open',
      'restore',
      'request R4 is open; only removed or countered requests can be restored (an open request can be removed, rejected or withdrawn)',
    ],
    [
      'removed',
      'remove',
      'request R4 is removed; only open requests can be removed (a removed request can be countered or restored)',
    ],
    [
      'removed',
      'reject',
      'request R4 is removed; only open requests can be rejected (a removed request can be countered or restored)',
    ],
    [
      'removed',
      'withdraw',
      'request R4 is removed; only open requests can be withdrawn (a removed request can be countered or restored)',
    ],
    ['rejected', 'remove', 'request R4 is rejected; only open requests can be removed (a rejected request is final)'],
    ['rejected', 'reject', 'request R4 is rejected; only open requests can be rejected (a rejected request is final)'],
    [
      'rejected',
      'withdraw',
      'request R4 is rejected; only open requests can be withdrawn (a rejected request is final)',
    ],
    [
      'rejected',
      'restore',
      'request R4 is rejected; only removed or countered requests can be restored (a rejected request is final)',
    ],
    [
      'withdrawn',
      'remove',
      'request R4 is withdrawn; only open requests can be removed (a withdrawn request is final)',
    ],
    [
      'withdrawn',
      'reject',
      'request R4 is withdrawn; only open requests can be rejected (a withdrawn request is final)',
    ],
    [
      'withdrawn',
      'withdraw',
      'request R4 is withdrawn; only open requests can be withdrawn (a withdrawn request is final)',
    ],
    [
      'withdrawn',
      'restore',
      'request R4 is withdrawn; only removed or countered requests can be restored (a withdrawn request is final)',
    ],
    ['restored', 'remove', 'request R4 is restored; only open requests can be removed (a restored request is final)'],
    ['restored', 'reject', 'request R4 is restored; only open requests can be rejected (a restored request is final)'],
    [
      'restored',
      'withdraw',
      'request R4 is restored; only open requests can be withdrawn (a restored request is final)',
    ],
    [
      'restored',
      'restore',
      'request R4 is restored; only removed or countered requests can be restored (a restored request is final)',
    ],
    [
      'open',
      'counter',
      'request R4 is open; only removed requests can be countered (an open request can be removed, rejected or withdrawn)',
    ],
    [
      'countered',
      'counter',
      'request R4 is countered; only removed requests can be countered (a countered request can be restored)',
    ],
    [
      'countered',
      'remove',
      'request R4 is countered; only open requests can be removed (a countered request can be restored)',
    ],
    [
      'restored',
      'counter',
      'request R4 is restored; only removed requests can be countered (a restored request is final)',
    ],
  ])('%s refuses %s', (from, action, message) => {
    let caught: unknown;
    try {
      nextStatus(request(from), action);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TransitionError);
    const error = caught as TransitionError;
    expect(error.message).toBe(message);
    expect([error.requestId, error.current, error.action]).toEqual([4, from, action]);
  });
});

describe('allowedActions', () => {
  it('lists what each state accepts', () => {
    expect(allowedActions('open')).toEqual(['remove', 'reject', 'withdraw']);
    expect(allowedActions('removed')).toEqual(['counter', 'restore']);
    expect(allowedActions('countered')).toEqual(['restore']);
    expect(allowedActions('rejected')).toEqual([]);
    expect(allowedActions('withdrawn')).toEqual([]);
    expect(allowedActions('restored')).toEqual([]);
  });
});

describe('needsReason', () => {
  it('requires a reason to reject and to restore, not to remove or withdraw', () => {
    expect(needsReason('reject', 'open')).toBe(true);
    expect(needsReason('restore', 'removed')).toBe(true);
    expect(needsReason('remove', 'open')).toBe(false);
    expect(needsReason('withdraw', 'open')).toBe(false);
  });

  it('lets a countered request be restored without one: its counter-notice is the reason on record', () => {
    expect(needsReason('restore', 'countered')).toBe(false);
    expect(needsReason('counter', 'removed')).toBe(false);
  });
});

describe('restore dates after a counter-notice', () => {
  it('fall counter-days calendar days after the counter-notice, across a month and a year end', () => {
    expect(restoreDueDate('2026-11-06', 15)).toBe('2026-11-21');
    expect(restoreDueDate('2026-12-20', 15)).toBe('2027-01-04');
    expect(restoreDueDate('2028-02-20', 10)).toBe('2028-03-01');
  });

  it('are due on the day itself and overdue from the day after, for countered requests only', () => {
    expect(isRestoreDueSoon('2026-11-21', '2026-11-21', 0, 'countered')).toBe(true);
    expect(isRestoreOverdue('2026-11-21', '2026-11-21', 'countered')).toBe(false);
    expect(isRestoreOverdue('2026-11-21', '2026-11-22', 'countered')).toBe(true);
    expect(isRestoreDueSoon('2026-11-21', '2026-11-22', 7, 'countered')).toBe(false);
    expect(isRestoreDueSoon('2026-11-28', '2026-11-21', 7, 'countered')).toBe(true);
    expect(isRestoreDueSoon('2026-11-29', '2026-11-21', 7, 'countered')).toBe(false);
    expect(isRestoreOverdue('2026-11-21', '2026-12-01', 'restored')).toBe(false);
  });

  it('refuse a period that is no whole number of days', () => {
    expect(() => restoreDueDate('2026-11-06', 1.5)).toThrow('counter-days must be a whole number of days, 0 or more');
  });
});
