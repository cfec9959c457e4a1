import type { Command } from 'commander';
import { FailureError, UsageError } from '../../errors.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { namedArticles } from '../../db/takedowns.js';
import { escapeControls, info } from '../../output/io.js';
import { plural } from '../../output/text.js';
import { formatRequestId } from '../../takedown/ids.js';
import { oneLine } from '../../text.js';
import { withExamples } from '../shared/options.js';
import { requestIdArg } from './common.js';
import { decide, requireTransition } from './decide.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

export interface RemoveFlags {
  note?: string;
  purge?: boolean;
  yes?: boolean;
}

/**
 * Takes the request's articles down. --purge deletes their text for good, so it is confirmed:
 * on a terminal by typing the request id, otherwise only with --yes.
 */
export async function runRemove(deps: Deps, idText: string, flags: RemoveFlags): Promise<DecisionResult> {
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'remove');
  if (flags.purge) await confirmPurge(deps, id, Boolean(flags.yes));
  return decide(deps, id, 'remove', { note: flags.note, purge: flags.purge });
}

/**
 * Names every article the purge destroys (id and title) before anything happens, with --yes too, so
 * the operator sees what a request id stands for; on a terminal the request id must be typed back.
 */
async function confirmPurge(deps: Deps, id: number, yes: boolean): Promise<void> {
  const shown = formatRequestId(id);
  if (!yes && !deps.io.stdinIsTTY) {
    throw new UsageError(
      '--purge deletes article text for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
    );
  }
  const doomed = namedArticles(deps.scope.db, id).filter((a) => a.status !== 'purged');
  const list = [
    `--purge deletes for good the text of ${plural(doomed.length, 'article')} named by request ${shown}:`,
    ...doomed.map((a) => `  article ${a.id}  ${oneLine(a.title)}`),
  ];
  // Confirmed beforehand (--yes), it is information --quiet may hide; asked, it is the question itself.
  if (yes) {
    for (const line of list) info(deps.io, line);
    return;
  }
  deps.io.stderr.write(`${list.map(escapeControls).join('\n')}\n`);
  const typed = (await deps.prompter.input(`Type ${shown} to purge, anything else to stop`)).trim();
  if (typed.toUpperCase() !== shown) throw new FailureError(`you typed "${typed}", not ${shown}: nothing was removed`);
}

export function registerRemove(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('remove')
      .description('decide to take the articles down: hidden from list, search and export; the record stays')
      .argument('<request>', 'the request id, e.g. R3')
      .option('--note <text>', 'a note for the decision record')
      .option('--purge', "also delete the articles' body and raw bytes for good (title, URLs and hashes stay)")
      .option('--yes', 'confirm --purge without being asked'),
    [
      'arca takedown remove R3',
      'arca takedown remove R3 --note "notice and evidence complete"',
      'arca takedown remove R3 --purge --yes',
    ],
  ).action(async (request: string, flags: RemoveFlags) => {
    await withArchive(env(), (deps) => runRemove(deps, request, flags));
  });
}
