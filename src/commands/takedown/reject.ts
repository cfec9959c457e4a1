import type { Command } from 'commander';
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
  const reason = flags.reason ?? (await askFor(deps, '--reason', `Why is request ${formatRequestId(id)} rejected?`));
  return decide(deps, id, 'reject', { note: reason });
}

export function registerReject(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('reject')
      .description('decide not to remove the articles (a reason is required)')
      .argument('<request>', 'the request id, e.g. R3')
      .option('--reason <text>', 'why the request is rejected'),
    ['arca takedown reject R3 --reason "the article is our own reporting"'],
  ).action(async (request: string, flags: { reason?: string }) => {
    await withArchive(env(), (deps) => runReject(deps, request, flags));
  });
}
