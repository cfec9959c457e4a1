import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  needsReason,
  nextStatus,
  TransitionError,
  type TakedownAction,
} from '../../src/takedown/lifecycle.js';
import type { TakedownStatus } from '../../src/types.js';

const request = (status: TakedownStatus) => ({ id: 4, status });

describe('allowed transitions', () => {
  it.each<[TakedownStatus, TakedownAction, TakedownStatus]>([
    ['open', 'remove', 'removed'],
    ['open', 'reject', 'rejected'],
    ['open', 'withdraw', 'withdrawn'],
    ['removed', 'restore', 'restored'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(request(from), action)).toBe(to);
  });
});

describe('refused transitions name the current state and what it allows', () => {
  it.each<[TakedownStatus, TakedownAction, string]>([
    [
      'open',
      'restore',
      'request R4 is open; only removed requests can be restored (an open request can be removed, rejected or withdrawn)',
    ],
    [
      'removed',
      'remove',
      'request R4 is removed; only open requests can be removed (a removed request can be restored)',
    ],
    [
      'removed',
      'reject',
      'request R4 is removed; only open requests can be rejected (a removed request can be restored)',
    ],
    [
      'removed',
      'withdraw',
      'request R4 is removed; only open requests can be withdrawn (a removed request can be restored)',
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
      'request R4 is rejected; only removed requests can be restored (a rejected request is final)',
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
      'request R4 is withdrawn; only removed requests can be restored (a withdrawn request is final)',
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
      'request R4 is restored; only removed requests can be restored (a restored request is final)',
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
    expect(allowedActions('removed')).toEqual(['restore']);
    expect(allowedActions('rejected')).toEqual([]);
    expect(allowedActions('withdrawn')).toEqual([]);
    expect(allowedActions('restored')).toEqual([]);
  });
});

describe('needsReason', () => {
  it('requires a reason to reject and to restore, not to remove or withdraw', () => {
    expect(needsReason('reject')).toBe(true);
    expect(needsReason('restore')).toBe(true);
    expect(needsReason('remove')).toBe(false);
    expect(needsReason('withdraw')).toBe(false);
  });
});
