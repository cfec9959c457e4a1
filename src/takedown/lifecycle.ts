/**
 * The takedown request state machine:
 * open → removed | rejected | withdrawn; removed → countered (a counter-notice arrived) → restored;
 * removed → restored. Everything else is refused.
 */
import { FailureError } from '../errors.js';
import { t } from '../i18n/index.js';
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

/** "a", "a or b", "a, b or c"; empty for none. */
function either(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return t('takedown.or', { first: words.slice(0, -1).join(t('takedown.listJoin')), last: words[words.length - 1] });
}

export class TransitionError extends FailureError {
  constructor(
    readonly requestId: number,
    readonly current: TakedownStatus,
    readonly action: TakedownAction,
  ) {
    super(
      t('takedown.transition', {
        id: formatRequestId(requestId),
        current,
        from: either(TRANSITIONS[action].from),
        to: PAST_PARTICIPLE[action],
        next: either(allowedActions(current).map((allowed) => PAST_PARTICIPLE[allowed])),
      }),
    );
  }
}

/** The actions a request in `status` accepts, in a fixed order. */
export function allowedActions(status: TakedownStatus): TakedownAction[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
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
