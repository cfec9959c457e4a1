import fs from 'node:fs';
import type { Command } from 'commander';
import { errnoReason, FailureError, UsageError } from '../../errors.js';
import { writeAtomically } from '../../files.js';
import { info } from '../../output/io.js';
import { deadlineCalendar } from '../../takedown/requests.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';
import { archiveTranslator } from '../shared/language.js';

export interface CalendarFlags {
  out: string;
  force?: boolean;
}

/**
 * The due dates of open requests as an iCalendar file, or on stdout with `--out -`. An existing file
 * is replaced only with --force (as export and db backup do), and always whole: a calendar client
 * reading it meanwhile sees the old file or the new one.
 */
export async function runCalendar(deps: Deps, flags: CalendarFlags): Promise<number> {
  if (flags.out !== '-' && !flags.force && fs.existsSync(flags.out)) {
    throw new UsageError(t('export.outExists', { out: flags.out }));
  }
  // The events are read by others (a shared calendar): they speak the archive's language.
  const say = await archiveTranslator(deps.scope.db);
  const { ics, count } = await deadlineCalendar(deps.scope, say);
  if (flags.out === '-') {
    deps.io.stdout.write(ics);
  } else {
    try {
      await writeAtomically(flags.out, (temp) => fs.writeFileSync(temp, ics), { replace: Boolean(flags.force) });
    } catch (err) {
      throw new FailureError(t('export.cannotWrite', { file: flags.out, reason: errnoReason(err) }));
    }
  }
  info(deps.io, t('deadlines.written', { count, out: flags.out === '-' ? '' : flags.out }));
  return count;
}

const EXAMPLES = `
  arca takedown calendar --out ~/calendars/takedowns.ics
  arca takedown calendar --out ~/calendars/takedowns.ics --force   # from cron
  arca takedown calendar --out - > deadlines.ics
`;

export function registerCalendar(takedown: Command, env: EnvSource): void {
  verb(takedown, 'calendar', t('deadlines.description'), EXAMPLES)
    .option('--out <file>', t('deadlines.option.out'), '-')
    .option('--force', t('deadlines.option.force'))
    .action(archiveAction(env, runCalendar));
}
