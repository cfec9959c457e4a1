import type { Command } from 'commander';
import type { DecisionResult } from '../../takedown/requests.js';
import { formatRequestId } from '../../takedown/ids.js';
import { withExamples } from '../shared/options.js';
import { askFor, requestIdArg } from './common.js';
import { decide, requireTransition } from './decide.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

/**
 * A counter-notice was accepted: the removed articles come back (purged ones cannot, and one
 * that another removed request names stays down: both are warned about).
 */
export async function runRestore(deps: Deps, idText: string, flags: { reason?: string }): Promise<DecisionResult> {
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'restore');
  const reason =
    flags.reason ??
    (await askFor(deps, '--reason', `Why is request ${formatRequestId(id)} restored (the counter-notice)?`));
  return decide(deps, id, 'restore', { note: reason });
}

export function registerRestore(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('restore')
      .description('bring removed articles back after a counter-notice (a reason is required)')
      .argument('<request>', 'the request id, e.g. R3')
      .option('--reason <text>', 'why the content comes back'),
    ['arca takedown restore R3 --reason "counter-notice of 2026-04-02 accepted: licence shown"'],
  ).action(async (request: string, flags: { reason?: string }) => {
    await withArchive(env(), (deps) => runRestore(deps, request, flags));
  });
}
