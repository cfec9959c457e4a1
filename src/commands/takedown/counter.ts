import type { Command } from 'commander';
import { t } from '../../i18n/index.js';
import { info } from '../../output/io.js';
import { ensureCanAsk } from '../../output/prompts.js';
import { formatRequestId } from '../../takedown/ids.js';
import { counterRequest } from '../../takedown/requests.js';
import { isoFromTypedDate, parseDateTimeOption } from '../../time.js';
import type { TakedownRequest } from '../../types.js';
import { askFor, renderRequest, requestIdArg } from './common.js';
import { requireTransition } from './decide.js';
import { attachOption, readAttachments, requestVerb } from './common.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction } from '../shared/verb.js';

export interface CounterFlags {
  received?: string;
  from?: string;
  contact?: string;
  reason?: string;
  attach?: string[];
}

/**
 * Records a counter-notice (不侵权声明) on a removed request: it becomes countered, its content due back
 * after the archive's counter-days. The sender and the received date are asked on a terminal; without
 * one, leaving them out is a usage error. A request that is not removed is refused before anything is asked.
 */
export async function runCounter(deps: Deps, idText: string, flags: CounterFlags): Promise<TakedownRequest> {
  const { scope } = deps;
  const id = requestIdArg(deps, idText);
  requireTransition(deps, id, 'counter');
  if (flags.received !== undefined) parseDateTimeOption('--received', flags.received, scope.tz);
  const attachments = readAttachments(flags.attach ?? []);
  const from = flags.from ?? (await askFor(deps, '--from', t('counter.askFrom')));
  const received = flags.received ?? (await askReceived(deps));
  const request = counterRequest(scope, id, {
    from,
    contact: flags.contact,
    reason: flags.reason,
    received: parseDateTimeOption('--received', received, scope.tz),
    attachments,
  });
  await renderRequest(deps, request);
  info(
    deps.io,
    t('counter.recorded', {
      id: formatRequestId(id),
      from: request.counter_notice?.from ?? from,
      restoreDue: request.restore_due ?? '',
    }),
  );
  return request;
}

/** The counter-notice's received date, today by default. */
async function askReceived(deps: Deps): Promise<string> {
  const { scope } = deps;
  ensureCanAsk(deps.io, '--received');
  return deps.prompter.input(t('counter.askReceived'), {
    default: scope.today,
    validate: (s) =>
      isoFromTypedDate(s) !== null || t('dates.invalidDateTime', { flag: t('dates.receivedLabel'), text: s }),
  });
}

const EXAMPLES = `
  arca takedown counter R3 --received 2026-03-02 --from "Qinghe Daily" --reason "licence of 2025-06-01"
  arca takedown counter R3 --received 2026-03-02 --from 青禾日报社 --attach statement.pdf --attach licence.pdf
  arca takedown notice R3 > forward-to-claimant.txt   # the counter-notice, forwarded
`;

export function registerCounter(takedown: Command, env: EnvSource): void {
  const command = requestVerb(takedown, 'counter', t('counter.description'), EXAMPLES, t('counter.requestArgument'));
  command
    .option('--received <date>', t('counter.receivedOption'))
    .option('--from <name>', t('counter.fromOption'))
    .option('--contact <text>', t('counter.contactOption'))
    .option('--reason <text>', t('counter.reasonOption'))
    .addOption(attachOption(command, t('counter.attachOption')))
    .action(archiveAction(env, runCounter));
}
