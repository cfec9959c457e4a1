/**
 * The takedown request state machine:
 * open → removed | rejected | withdrawn; removed → countered (a counter-notice arrived) → restored;
 * removed → restored. Everything else is refused.
 */
import { FailureError } from '../errors.js';
import type { TakedownStatus } from '../types.js';
import { formatRequestId } from './ids.js';

/** Every state a request can be in, in the order of its life. */
export const TAKEDOWN_STATUSES: readonly TakedownStatus[] = [
  'open',
  'removed',
  'rejected',
  'withdrawn',
  'countered',
  'restored',
];

export type TakedownAction = 'remove' | 'reject' | 'withdraw' | 'counter' | 'restore';
/** The moves that are the operator's decision; a counter-notice is recorded with what it says instead. */
export type DecisionAction = Exclude<TakedownAction, 'counter'>;

interface Transition {
  from: readonly TakedownStatus[];
  to: TakedownStatus;
  /** The states this move must say why from. */
  needsReasonFrom: readonly TakedownStatus[];
}

const TRANSITIONS: Record<TakedownAction, Transition> = {
  remove: { from: ['open'], to: 'removed', needsReasonFrom: [] },
  reject: { from: ['open'], to: 'rejected', needsReasonFrom: ['open'] },
  withdraw: { from: ['open'], to: 'withdrawn', needsReasonFrom: [] },
  counter: { from: ['removed'], to: 'countered', needsReasonFrom: [] },
  // From `removed` the reason is the proof of why content came back; from `countered` the
  // counter-notice on record is that proof.
  restore: { from: ['removed', 'countered'], to: 'restored', needsReasonFrom: ['removed'] },
};

const ACTIONS = Object.keys(TRANSITIONS) as TakedownAction[];

const PAST_PARTICIPLE: Record<TakedownAction, string> = {
  remove: 'removed',
  reject: 'rejected',
  withdraw: 'withdrawn',
  counter: 'countered',
  restore: 'restored',
};

/** "a", "a or b", "a, b or c". */
function either(words: readonly string[]): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export class TransitionError extends FailureError {
  constructor(
    readonly requestId: number,
    readonly current: TakedownStatus,
    readonly action: TakedownAction,
  ) {
    const only = `only ${either(TRANSITIONS[action].from)} requests can be ${PAST_PARTICIPLE[action]}`;
    super(`request ${formatRequestId(requestId)} is ${current}; ${only} (${whatIsAllowed(current)})`);
  }
}

/** The actions a request in `status` accepts, in a fixed order. */
export function allowedActions(status: TakedownStatus): TakedownAction[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

function whatIsAllowed(status: TakedownStatus): string {
  const article = status === 'open' ? 'an' : 'a';
  const verbs = allowedActions(status).map((action) => PAST_PARTICIPLE[action]);
  if (verbs.length === 0) return `${article} ${status} request is final`;
  return `${article} ${status} request can be ${either(verbs)}`;
}

/** Rejecting, and restoring without a counter-notice, must say why; the reason is part of the decision record. */
export function needsReason(action: TakedownAction, from: TakedownStatus): boolean {
  return TRANSITIONS[action].needsReasonFrom.includes(from);
}

/** The status a request moves to under `action`, or a TransitionError naming its current state. */
export function nextStatus(request: { id: number; status: TakedownStatus }, action: TakedownAction): TakedownStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(request.status)) throw new TransitionError(request.id, request.status, action);
  return transition.to;
}
