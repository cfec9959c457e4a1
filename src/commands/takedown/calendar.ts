import type { Command } from 'commander';
import { info } from '../../output/io.js';
import { deadlineCalendar } from '../../takedown/requests.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { addOutOptions, refuseToReplace, writeOut, type OutFlags } from '../shared/out-file.js';
import { archiveAction, verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';
import { archiveTranslator } from '../shared/language.js';

export type CalendarFlags = OutFlags;

/**
 * The due dates of open requests as an iCalendar file, or on stdout with `--out -`. An existing file
 * is replaced only with --force (as export and db backup do), and always whole: a calendar client
 * reading it meanwhile sees the old file or the new one.
 */
export async function runCalendar(deps: Deps, flags: CalendarFlags): Promise<number> {
  refuseToReplace(flags, t('export.outExists', { out: flags.out }));
  // The events are read by others (a shared calendar): they speak the archive's language.
  const say = await archiveTranslator(deps.scope.db);
  const { ics, count } = await deadlineCalendar(deps.scope, say);
  await writeOut(deps.io, flags, ics, (reason) => t('export.cannotWrite', { file: flags.out, reason }));
  info(deps.io, t('deadlines.written', { count, out: flags.out === '-' ? '' : flags.out }));
  return count;
}

const EXAMPLES = `
  arca takedown calendar --out ~/calendars/takedowns.ics
  arca takedown calendar --out ~/calendars/takedowns.ics --force   # from cron
  arca takedown calendar --out - > deadlines.ics
`;

export function registerCalendar(takedown: Command, env: EnvSource): void {
  const command = verb(takedown, 'calendar', t('deadlines.description'), EXAMPLES);
  addOutOptions(command, { out: t('deadlines.option.out'), force: t('deadlines.option.force') }, '-').action(
    archiveAction(env, runCalendar),
  );
}
