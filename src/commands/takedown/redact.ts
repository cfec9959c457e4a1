import type { Command } from 'commander';
import { FailureError, UsageError } from '../../errors.js';
import { info, warn } from '../../output/io.js';
import { plural } from '../../output/text.js';
import { formatRequestId } from '../../takedown/ids.js';
import { redactRequest, type RedactionResult } from '../../takedown/requests.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { withExamples } from '../shared/options.js';
import { requestIdArg } from './common.js';

/**
 * Erases the claimant's personal data from a request (contact details, attachments' bytes) at their
 * asking. It cannot be undone, so it is confirmed: --yes off a terminal, the request id typed on one.
 */
export async function runRedact(deps: Deps, idText: string, flags: { yes?: boolean }): Promise<RedactionResult> {
  const id = requestIdArg(deps, idText);
  const shown = formatRequestId(id);
  if (!flags.yes) {
    if (!deps.io.stdinIsTTY) {
      throw new UsageError(
        'redact erases contact details and attachments for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
      );
    }
    const typed = (await deps.prompter.input(`Type ${shown} to erase its contact details and attachments`)).trim();
    if (typed.toUpperCase() !== shown) throw new FailureError(`you typed "${typed}", not ${shown}: nothing was erased`);
  }
  const result = redactRequest(deps.scope, id);
  const contact = result.contact ? 'contact details erased' : 'no contact details to erase';
  info(
    deps.io,
    `request ${shown}: ${contact}; ${plural(result.attachments.length, 'attachment')} erased ` +
      '(names, sizes and sha256 kept; the decision record stays)',
  );
  if (!result.walCleared) {
    warn(
      deps.io,
      'another arca process holds the archive open: the erased bytes may remain in its write-ahead log until it ends',
    );
  }
  return result;
}

export function registerRedact(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('redact')
      .description("erase the claimant's personal data: contact details and attachments' bytes (hashes stay)")
      .argument('<request>', 'the request id, e.g. R3')
      .option('--yes', 'confirm without being asked'),
    ['arca takedown redact R3 --yes'],
  ).action(async (request: string, flags: { yes?: boolean }) => {
    await withArchive(env(), (deps) => runRedact(deps, request, flags));
  });
}
