/** What remove, reject, withdraw and restore share: check the move is allowed, decide, report. */
import { info, warn } from '../../output/io.js';
import type { DecisionAction, TakedownAction } from '../../takedown/lifecycle.js';
import { formatRequestId } from '../../takedown/ids.js';
import {
  decideRequest,
  requireTransition as refuseImpossible,
  type DecisionOptions,
  type DecisionResult,
} from '../../takedown/requests.js';
import type { Deps } from '../shared/env.js';
import { articlesPhrase, renderRequest } from './common.js';

/** Refuses an impossible move (TransitionError, exit 1) before anything is asked or changed. */
export function requireTransition(deps: Deps, id: number, action: TakedownAction): void {
  refuseImpossible(deps.scope, id, action);
}

const EFFECT: Record<DecisionAction, string> = {
  remove: 'taken down',
  reject: '',
  withdraw: '',
  restore: 'back in the archive',
};

export async function decide(
  deps: Deps,
  id: number,
  action: DecisionAction,
  options: DecisionOptions,
): Promise<DecisionResult> {
  const result = decideRequest(deps.scope, id, action, options);
  await renderRequest(deps, result.request);
  const effect = options.purge ? 'taken down and purged' : EFFECT[action];
  const changed = result.changed.length && effect ? `; ${articlesPhrase(result.changed)} ${effect}` : '';
  info(deps.io, `request ${formatRequestId(id)} ${result.request.status}${changed}`);
  for (const kept of result.kept) warn(deps.io, `article ${kept.id} stays down: ${kept.why}`);
  for (const shared of result.rawSharedWith) {
    warn(
      deps.io,
      `article ${shared.id} came from the same file as article ${shared.with}: its raw bytes were purged too (its text stays)`,
    );
  }
  if (!result.walCleared) {
    warn(
      deps.io,
      'another arca process holds the archive open: the purged text may remain in its write-ahead log until that process ends',
    );
  }
  return result;
}
