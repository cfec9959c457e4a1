import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { renderRows } from '../../output/render.js';
import { LIST_STATUSES, listRequests, type RequestListStatus } from '../../takedown/requests.js';
import type { TakedownRequest } from '../../types.js';
import { choiceOption } from '../shared/options.js';
import { DEFAULT_WITHIN, parseWithin, REQUEST_COLUMNS } from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';

export interface ListFlags {
  status: RequestListStatus;
  within: string;
}

export async function runList(deps: Deps, flags: ListFlags): Promise<TakedownRequest[]> {
  const requests = listRequests(deps.scope, { status: flags.status, withinDays: parseWithin(flags.within) });
  await renderRows(deps.io, deps.mode, requests, REQUEST_COLUMNS, (r) => r);
  if (requests.length === 0) info(deps.io, t('takedown.list.none', { status: flags.status }));
  return requests;
}

const EXAMPLES = `
  arca takedown list
  arca takedown list --status overdue
  arca takedown list --status due-soon --within 3d
  arca takedown list --status all --json
`;

export function registerList(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'list', t('takedown.list.description'), EXAMPLES);
  command
    .addOption(choiceOption(command, '--status <status>', t('takedown.list.status'), LIST_STATUSES, 'open'))
    .option('--within <days>', t('takedown.list.within'), DEFAULT_WITHIN)
    .action(archiveAction(env, runList));
}
