import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { formatRequestId } from '../../takedown/ids.js';
import { withExamples } from '../shared/options.js';
import { askFor, requestIdArg } from './common.js';
import { decide, requireTransition } from './decide.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

/** Refuses the request; the reason is part of the decision record (asked on a terminal when left out). */
export async function runReject(deps: Deps, idText: string, flags: { reason?: string }): Promise<DecisionResult> {
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'reject');
  const reason =
    flags.reason ?? (await askFor(deps, '--reason', t('takedown.reject.ask', { id: formatRequestId(id) })));
  return decide(deps, id, 'reject', { note: reason });
}

export function registerReject(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('reject')
      .description(t('takedown.reject.description'))
      .argument('<request>', t('takedown.requestArgument'))
      .option('--reason <text>', t('takedown.reject.reason')),
    ['arca takedown reject R3 --reason "the article is our own reporting"'],
  ).action(async (request: string, flags: { reason?: string }) => {
    await withArchive(env(), (deps) => runReject(deps, request, flags));
  });
}
