import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { formatRequestId } from '../../takedown/ids.js';
import { askFor, requestIdArg, requestVerb } from './common.js';
import { decide, requireTransition } from './decide.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

/** Refuses the request; the reason is part of the decision record (asked on a terminal when left out). */
export async function runReject(deps: Deps, idText: string, flags: { reason?: string }): Promise<DecisionResult> {
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'reject');
  const reason =
    flags.reason ?? (await askFor(deps, '--reason', t('takedown.reject.ask', { id: formatRequestId(id) })));
  return decide(deps, id, 'reject', { note: reason });
}

const EXAMPLES = `
  arca takedown reject R3 --reason "the article is our own reporting"
`;

export function registerReject(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'reject', t('takedown.reject.description'), EXAMPLES)
    .option('--reason <text>', t('takedown.reject.reason'))
    .action(archiveAction(env, runReject));
}
