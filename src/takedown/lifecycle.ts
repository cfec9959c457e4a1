/**
 * The takedown request state machine:
 * open → removed | rejected | withdrawn; removed → restored. Everything else is refused.
 */
import { FailureError } from '../errors.js';
import type { TakedownStatus } from '../types.js';
import { formatRequestId } from './ids.js';

export type TakedownAction = 'remove' | 'reject' | 'withdraw' | 'restore';

interface Transition {
  from: TakedownStatus;
  to: TakedownStatus;
  needsReason: boolean;
}

const TRANSITIONS: Record<TakedownAction, Transition> = {
  remove: { from: 'open', to: 'removed', needsReason: false },
  reject: { from: 'open', to: 'rejected', needsReason: true },
  withdraw: { from: 'open', to: 'withdrawn', needsReason: false },
  // A counter-notice was accepted; the reason is the proof of why content came back.
  restore: { from: 'removed', to: 'restored', needsReason: true },
};

const ACTIONS = Object.keys(TRANSITIONS) as TakedownAction[];

const PAST_PARTICIPLE: Record<TakedownAction, string> = {
  remove: 'removed',
  reject: 'rejected',
  withdraw: 'withdrawn',
  restore: 'restored',
};

export class TransitionError extends FailureError {
  constructor(
    readonly requestId: number,
    readonly current: TakedownStatus,
    readonly action: TakedownAction,
  ) {
    super(
      `request ${formatRequestId(requestId)} is ${current}; only ${TRANSITIONS[action].from} requests can be ${PAST_PARTICIPLE[action]} (${whatIsAllowed(current)})`,
    );
  }
}

/** The actions a request in `status` accepts, in a fixed order. */
export function allowedActions(status: TakedownStatus): TakedownAction[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].from === status);
}

function whatIsAllowed(status: TakedownStatus): string {
  const article = status === 'open' ? 'an' : 'a';
  const verbs = allowedActions(status).map((action) => PAST_PARTICIPLE[action]);
  if (verbs.length === 0) return `${article} ${status} request is final`;
  const list = verbs.length === 1 ? verbs[0] : `${verbs.slice(0, -1).join(', ')} or ${verbs[verbs.length - 1]}`;
  return `${article} ${status} request can be ${list}`;
}

/** Rejecting and restoring must say why; the reason is part of the decision record. */
export function needsReason(action: TakedownAction): boolean {
  return TRANSITIONS[action].needsReason;
}

/** The status a request moves to under `action`, or a TransitionError naming its current state. */
export function nextStatus(request: { id: number; status: TakedownStatus }, action: TakedownAction): TakedownStatus {
  const transition = TRANSITIONS[action];
  if (request.status !== transition.from) throw new TransitionError(request.id, request.status, action);
  return transition.to;
}
