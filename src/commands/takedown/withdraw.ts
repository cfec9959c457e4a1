import type { Command } from 'commander';
import type { DecisionResult } from '../../takedown/requests.js';
import type { Context } from '../context.js';
import { withExamples } from '../options.js';
import { parseRequestId, withTakedownDeps, type TakedownDeps } from './common.js';
import { decide } from './decide.js';

/** The claimant took the request back; the articles stay as they are. */
export async function runWithdraw(deps: TakedownDeps, idText: string): Promise<DecisionResult> {
  return decide(deps, parseRequestId(idText), 'withdraw', {});
}

export function registerWithdraw(takedown: Command, context: () => Context): void {
  withExamples(
    takedown.command('withdraw')
      .description('record that the claimant withdrew the request')
      .argument('<id>', 'request id'),
    ['arca takedown withdraw 3'],
  ).action(async (id: string) => {
    await withTakedownDeps(context(), (deps) => runWithdraw(deps, id));
  });
}
