import type { Command } from 'commander';
import { AttentionError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { renderRecord, renderRows, type Column } from '../../output/render.js';
import { checkRequests, type CheckResult } from '../../takedown/requests.js';
import type { TakedownRequest } from '../../types.js';
import { DEFAULT_WITHIN, parseWithin } from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';

interface CheckRow {
  kind: 'overdue' | 'due-soon' | 'restore-overdue' | 'restore-due';
  request: TakedownRequest;
}

const isRestore = (row: CheckRow) => row.kind === 'restore-overdue' || row.kind === 'restore-due';

const CHECK_COLUMNS: Column<CheckRow>[] = [
  { header: () => t('takedown.column.kind'), value: (r) => r.kind, style: 'status' },
  { header: () => t('shared.column.id'), value: (r) => r.request.id, align: 'right', style: 'id' },
  // A countered request's date is the day its content comes back.
  {
    header: () => t('takedown.column.due'),
    value: (r) => (isRestore(r) ? r.request.restore_due : r.request.due),
    style: 'date',
  },
  { header: () => t('takedown.column.claimant'), value: (r) => r.request.claimant, flex: true },
];

/**
 * The cron job's view: overdue requests, then those due soon, then countered requests past or near
 * their restore date, one line each; a summary on stderr. With --quiet only the overdue rows: cron
 * mails any output, and due-soon is no emergency. Throws AttentionError (exit 3) after printing when
 * a decision or a restore is overdue.
 */
export async function runCheck(deps: Deps, flags: { within: string }): Promise<CheckResult> {
  const withinDays = parseWithin(flags.within);
  const result = checkRequests(deps.scope, withinDays);
  if (deps.mode === 'json' || deps.mode === 'ndjson') {
    await renderRecord(deps.io, deps.mode, [], result);
  } else {
    const rows: CheckRow[] = [
      ...result.overdue.map((request) => ({ kind: 'overdue' as const, request })),
      ...(deps.io.quiet ? [] : result.due_soon.map((request) => ({ kind: 'due-soon' as const, request }))),
      ...result.restore_overdue.map((request) => ({ kind: 'restore-overdue' as const, request })),
      ...(deps.io.quiet ? [] : result.restore_due.map((request) => ({ kind: 'restore-due' as const, request }))),
    ];
    await renderRows(deps.io, deps.mode, rows, CHECK_COLUMNS, (r) => r);
  }
  const soon = t('takedown.check.soon', { count: result.due_soon.length, days: withinDays });
  const restores = restoreSummary(result, withinDays);
  if (result.overdue.length > 0) {
    throw new AttentionError(t('takedown.check.overdue', { count: result.overdue.length, soon, restores }));
  }
  if (result.restore_overdue.length > 0) throw new AttentionError(`${soon}${restores}`);
  info(deps.io, t('takedown.check.nothingOverdue', { soon, restores }));
  return result;
}

/** What the summary adds about countered requests: nothing when there are none. */
function restoreSummary(result: CheckResult, withinDays: number): string {
  const overdue = result.restore_overdue.length;
  const soon = result.restore_due.length;
  if (overdue === 0 && soon === 0) return '';
  return t('counter.checkSummary', { overdue, soon, withinDays });
}

const EXAMPLES = `
  arca takedown check
  arca takedown check --within 3d --json
  arca takedown check --quiet || echo "takedown requests overdue" | mail -s arca ops@example.org
`;

export function registerCheck(takedown: Command, env: EnvSource): void {
  verb(takedown, 'check', t('counter.checkDescription'), EXAMPLES)
    .option('--within <days>', t('takedown.check.within'), DEFAULT_WITHIN)
    .action(archiveAction(env, runCheck));
}
