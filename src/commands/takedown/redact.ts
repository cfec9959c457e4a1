import type { Command } from 'commander';
import { FailureError, UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { info, warn } from '../../output/io.js';
import { formatRequestId } from '../../takedown/ids.js';
import { redactRequest, type RedactionResult } from '../../takedown/requests.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';
import { requestIdArg, requestVerb } from './common.js';

/**
 * Erases the claimant's personal data from a request (contact details, attachments' bytes) at their
 * asking. It cannot be undone, so it is confirmed: --yes off a terminal, the request id typed on one.
 */
export async function runRedact(deps: Deps, idText: string, flags: { yes?: boolean }): Promise<RedactionResult> {
  const id = requestIdArg(deps, idText);
  const shown = formatRequestId(id);
  if (!flags.yes) {
    if (!deps.io.stdinIsTTY) {
      throw new UsageError(t('takedown.redact.needsYes'));
    }
    const typed = (await deps.prompter.input(t('takedown.redact.typeId', { id: shown }))).trim();
    if (typed.toUpperCase() !== shown) throw new FailureError(t('takedown.redact.mistyped', { typed, id: shown }));
  }
  const result = redactRequest(deps.scope, id);
  info(
    deps.io,
    t('takedown.redact.done', { id: shown, contact: Boolean(result.contact), attachments: result.attachments.length }),
  );
  if (!result.walCleared) {
    warn(deps.io, t('takedown.redact.wal'));
  }
  return result;
}

const EXAMPLES = `
  arca takedown redact R3 --yes
`;

export function registerRedact(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'redact', t('takedown.redact.description'), EXAMPLES)
    .option('--yes', t('takedown.redact.yes'))
    .action(archiveAction(env, runRedact));
}
