import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { requestIdArg, requestVerb } from './common.js';
import { decide } from './decide.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

/** The claimant took the request back; the articles stay as they are. */
export async function runWithdraw(deps: Deps, idText: string): Promise<DecisionResult> {
  return decide(deps, requestIdArg(deps, idText), 'withdraw', {});
}

const EXAMPLES = `
  arca takedown withdraw R3
`;

export function registerWithdraw(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'withdraw', t('takedown.withdraw.description'), EXAMPLES).action(
    archiveAction(env, runWithdraw),
  );
}
