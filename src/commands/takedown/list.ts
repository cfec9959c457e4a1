import type { Command } from 'commander';
import { UsageError } from '../../output/errors.js';
import { info } from '../../output/io.js';
import { renderRows } from '../../output/render.js';
import { LIST_STATUSES, listRequests, type RequestListStatus } from '../../takedown/requests.js';
import type { TakedownRequest } from '../../types.js';
import type { Context } from '../context.js';
import { withExamples } from '../options.js';
import { DEFAULT_WITHIN, parseWithin, REQUEST_COLUMNS, withTakedownDeps, type TakedownDeps } from './common.js';

export interface ListFlags { status: string; within: string }

export async function runList(deps: TakedownDeps, flags: ListFlags): Promise<TakedownRequest[]> {
  if (!(LIST_STATUSES as readonly string[]).includes(flags.status)) {
    throw new UsageError(`--status must be one of ${LIST_STATUSES.join(', ')} (got "${flags.status}")`);
  }
  const requests = listRequests(deps.scope, { status: flags.status as RequestListStatus, withinDays: parseWithin(flags.within) });
  await renderRows(deps.io, deps.mode, requests, REQUEST_COLUMNS, (r) => r);
  if (requests.length === 0) info(deps.io, `no ${flags.status === 'all' ? '' : `${flags.status} `}takedown requests`);
  return requests;
}

export function registerList(takedown: Command, context: () => Context): void {
  withExamples(
    takedown.command('list')
      .description('list takedown requests, earliest due date first')
      .option('--status <status>', LIST_STATUSES.join('|'), 'open')
      .option('--within <days>', 'for due-soon: due within this many days (7d, 2w)', DEFAULT_WITHIN),
    [
      'arca takedown list',
      'arca takedown list --status overdue',
      'arca takedown list --status due-soon --within 3d',
      'arca takedown list --status all --json',
    ],
  ).action(async (flags: ListFlags) => {
    await withTakedownDeps(context(), (deps) => runList(deps, flags));
  });
}
