import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { withExamples } from '../shared/options.js';
import { requestIdArg } from './common.js';
import { decide } from './decide.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

/** The claimant took the request back; the articles stay as they are. */
export async function runWithdraw(deps: Deps, idText: string): Promise<DecisionResult> {
  return decide(deps, requestIdArg(deps, idText), 'withdraw', {});
}

export function registerWithdraw(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('withdraw')
      .description(t('takedown.withdraw.description'))
      .argument('<request>', t('takedown.requestArgument')),
    ['arca takedown withdraw R3'],
  ).action(async (request: string) => {
    await withArchive(env(), (deps) => runWithdraw(deps, request));
  });
}
