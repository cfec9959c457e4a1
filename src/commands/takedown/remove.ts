import type { Command } from 'commander';
import { FailureError, UsageError } from '../../errors.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { withExamples } from '../shared/options.js';
import { parseRequestId } from './common.js';
import { decide, requireTransition } from './decide.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

export interface RemoveFlags { note?: string; purge?: boolean; yes?: boolean }

/**
 * Takes the request's articles down. --purge deletes their text for good, so it is confirmed:
 * on a terminal by typing the request id, otherwise only with --yes.
 */
export async function runRemove(deps: Deps, idText: string, flags: RemoveFlags): Promise<DecisionResult> {
  const id = parseRequestId(idText);
  requireTransition(deps, id, 'remove');
  if (flags.purge && !flags.yes) {
    if (!deps.io.stdinIsTTY) throw new UsageError('--purge deletes article text for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)');
    const typed = await deps.prompter.input(`Purging deletes the text of the articles of request ${id} for good. Type ${id} to confirm`);
    if (typed.trim() !== String(id)) throw new FailureError(`you typed "${typed.trim()}", not ${id}: nothing was removed`);
  }
  return decide(deps, id, 'remove', { note: flags.note, purge: flags.purge });
}

export function registerRemove(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown.command('remove')
      .description('decide to take the articles down: hidden from list, search and export; the record stays')
      .argument('<id>', 'request id')
      .option('--note <text>', 'a note for the decision record')
      .option('--purge', 'also delete the articles\' body and raw bytes for good (title, URLs and hashes stay)')
      .option('--yes', 'confirm --purge without being asked'),
    [
      'arca takedown remove 3',
      'arca takedown remove 3 --note "notice and evidence complete"',
      'arca takedown remove 3 --purge --yes',
    ],
  ).action(async (id: string, flags: RemoveFlags) => {
    await withArchive(env(), (deps) => runRemove(deps, id, flags));
  });
}
