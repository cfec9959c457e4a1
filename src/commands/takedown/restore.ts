import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { warn } from '../../output/io.js';
import { needsReason } from '../../takedown/lifecycle.js';
import { getRequest, type DecisionResult } from '../../takedown/requests.js';
import { formatRequestId } from '../../takedown/ids.js';
import { askFor, requestIdArg, requestVerb } from './common.js';
import { decide, requireTransition } from './decide.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

/**
 * The removed articles come back (purged ones cannot, and one that another removed or countered
 * request names stays down: both are warned about). A removed request needs the reason; a countered
 * one has its counter-notice on record, and restoring it before its restore date is warned about.
 */
export async function runRestore(deps: Deps, idText: string, flags: { reason?: string }): Promise<DecisionResult> {
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'restore');
  const before = getRequest(deps.scope, id);
  const reason =
    flags.reason ??
    (needsReason('restore', before.status)
      ? await askFor(deps, '--reason', t('takedown.restore.ask', { id: formatRequestId(id) }))
      : undefined);
  const result = await decide(deps, id, 'restore', { note: reason });
  if (before.restore_due !== null && deps.scope.today < before.restore_due) {
    warn(deps.io, t('counter.restoredEarly', { id: formatRequestId(id), restoreDue: before.restore_due }));
  }
  return result;
}

const EXAMPLES = `
  arca takedown restore R3      # countered: its restore date has come
  arca takedown restore R3 --reason "counter-notice of 2026-04-02 accepted: licence shown"
`;

export function registerRestore(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'restore', t('counter.restoreDescription'), EXAMPLES)
    .option('--reason <text>', t('counter.restoreReasonOption'))
    .action(archiveAction(env, runRestore));
}
