import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { FailureError, UsageError } from '../../errors.js';
import type { DecisionResult } from '../../takedown/requests.js';
import { namedArticles } from '../../db/takedowns.js';
import { escapeControls, info } from '../../output/io.js';
import { formatRequestId } from '../../takedown/ids.js';
import { oneLine } from '../../text.js';
import { requestIdArg, requestVerb } from './common.js';
import { decide, requireTransition } from './decide.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

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
    throw new UsageError(t('takedown.remove.needsYes'));
  }
  const doomed = namedArticles(deps.scope.db, id).filter((a) => a.status !== 'purged');
  const list = [
    t('takedown.remove.doomed', { count: doomed.length, id: shown }),
    ...doomed.map((a) => t('takedown.remove.doomedArticle', { id: a.id, title: oneLine(a.title) })),
  ];
  // Confirmed beforehand (--yes), it is information --quiet may hide; asked, it is the question itself.
  if (yes) {
    for (const line of list) info(deps.io, line);
    return;
  }
  deps.io.stderr.write(`${list.map(escapeControls).join('\n')}\n`);
  const typed = (await deps.prompter.input(t('takedown.remove.typeId', { id: shown }))).trim();
  if (typed.toUpperCase() !== shown) throw new FailureError(t('takedown.remove.mistyped', { typed, id: shown }));
}

const EXAMPLES = `
  arca takedown remove R3
  arca takedown remove R3 --note "notice and evidence complete"
  arca takedown remove R3 --purge --yes
`;

export function registerRemove(takedown: Command, env: EnvSource): void {
  requestVerb(takedown, 'remove', t('takedown.remove.description'), EXAMPLES)
    .option('--note <text>', t('takedown.remove.note'))
    .option('--purge', t('takedown.remove.purge'))
    .option('--yes', t('takedown.remove.yes'))
    .action(archiveAction(env, runRemove));
}
