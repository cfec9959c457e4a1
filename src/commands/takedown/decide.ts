/** What remove, reject, withdraw and restore share: check the move is allowed, decide, report. */
import { t } from '../../i18n/index.js';
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

/** What a decision did to the articles it changed, in words; nothing for a reject or withdraw. */
function effectOf(action: DecisionAction, purged: boolean, changed: number[]): string {
  if (changed.length === 0) return '';
  const articles = articlesPhrase(changed);
  if (action === 'remove') return t(purged ? 'takedown.decide.purged' : 'takedown.decide.takenDown', { articles });
  return action === 'restore' ? t('takedown.decide.restored', { articles }) : '';
}

export async function decide(
  deps: Deps,
  id: number,
  action: DecisionAction,
  options: DecisionOptions,
): Promise<DecisionResult> {
  const result = decideRequest(deps.scope, id, action, options);
  await renderRequest(deps, result.request);
  const effect = effectOf(action, Boolean(options.purge), result.changed);
  info(deps.io, t('takedown.decide.done', { id: formatRequestId(id), status: result.request.status, effect }));
  for (const kept of result.kept) warn(deps.io, t('takedown.decide.staysDown', { article: kept.id, why: kept.why }));
  for (const shared of result.rawSharedWith) {
    warn(deps.io, t('takedown.decide.rawShared', { article: shared.id, with: shared.with }));
  }
  if (!result.walCleared) {
    warn(deps.io, t('takedown.decide.walPurge'));
  }
  return result;
}
