import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { editRequest, type EditResult } from '../../takedown/edit.js';
import { parseDateTimeOption } from '../../time.js';
import type { TakedownChannel } from '../../types.js';
import { parsePositiveInt } from '../shared/options.js';
import { resolveArticleRef } from '../shared/refs.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import {
  addDeadlineOptions,
  addRequestFieldOptions,
  attachOption,
  channelOption,
  readAttachments,
  renderRequest,
  repeatable,
  requestIdArg,
} from './common.js';

export interface EditFlags {
  received?: string;
  claimant?: string;
  contact?: string;
  work?: string;
  reason?: string;
  channel?: string;
  days?: string;
  workdays?: string;
  addArticle?: string[];
  removeArticle?: string[];
  attach?: string[];
}

const shown = (value: unknown): string => (value === null || value === undefined ? '—' : String(value));

/**
 * Corrects an open request. Each changed field is said on stderr with its old and new value, as the
 * audit log records it; the request is shown as it now stands.
 */
export async function runEdit(deps: Deps, idText: string, flags: EditFlags): Promise<EditResult> {
  const { scope, io } = deps;
  const id = requestIdArg(deps, idText);
  const given = Object.values(flags).some((value) => value !== undefined);
  if (!given) throw new UsageError(t('intake.edit.nothing'));
  const result = editRequest(scope, id, {
    received: flags.received === undefined ? undefined : parseDateTimeOption('--received', flags.received, scope.tz),
    claimant: flags.claimant,
    contact: flags.contact,
    work: flags.work,
    reason: flags.reason,
    channel: flags.channel as TakedownChannel | undefined,
    days: flags.days === undefined ? undefined : parsePositiveInt('--days', flags.days),
    workdays: flags.workdays === undefined ? undefined : parsePositiveInt('--workdays', flags.workdays),
    addArticles: (flags.addArticle ?? []).map((ref) => resolveArticleRef(scope.db, ref)),
    removeArticles: (flags.removeArticle ?? []).map((ref) => resolveArticleRef(scope.db, ref)),
    attachments: readAttachments(flags.attach ?? []),
  });
  await renderRequest(deps, result.request);
  const { request, changes, attached } = result;
  if (Object.keys(changes).length === 0 && attached.length === 0) {
    info(io, t('intake.edit.unchanged', { id: request.id }));
    return result;
  }
  for (const [field, { from, to }] of Object.entries(changes)) {
    const text = (v: unknown) => (Array.isArray(v) ? v.join(',') : shown(v));
    info(io, t('intake.edit.change', { field, from: text(from), to: text(to) }));
  }
  for (const a of attached) info(io, t('intake.edit.attached', a));
  info(io, t('intake.edit.done', { id: request.id, due: request.due }));
  return result;
}

const EXAMPLES = `
  arca takedown edit R3 --received 2026-11-20T09:30
  arca takedown edit R3 --claimant "澄湖传媒有限公司" --contact legal@chenghu.example
  arca takedown edit R3 --add-article 15 --remove-article 12
  arca takedown edit R3 --workdays 15        # the disclaimer promised 15个工作日
  arca takedown edit R3 --attach authorisation.pdf
`;

export function registerEdit(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'edit', t('intake.edit.description'), EXAMPLES);
  command.argument('<request>', t('intake.edit.argument'));
  addRequestFieldOptions(command, 'edit', ['received', 'claimant', 'contact', 'work', 'reason']);
  command.addOption(channelOption(command, t('intake.edit.channel')));
  addDeadlineOptions(command)
    .option('--add-article <ref>', t('intake.edit.addArticle'), repeatable)
    .option('--remove-article <ref>', t('intake.edit.removeArticle'), repeatable)
    .addOption(attachOption(command, t('intake.edit.attach')))
    .action(archiveAction(env, runEdit));
}
