import fs from 'node:fs';
import type { Command } from 'commander';
import { errnoReason, FailureError, UsageError } from '../../errors.js';
import { writeAtomically } from '../../files.js';
import { info } from '../../output/io.js';
import { plural } from '../../output/text.js';
import { deadlineCalendar } from '../../takedown/requests.js';
import { withExamples } from '../shared/options.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';

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
    throw new UsageError(`${flags.out} already exists: choose another --out or pass --force`);
  }
  const { ics, count } = await deadlineCalendar(deps.scope);
  if (flags.out === '-') {
    deps.io.stdout.write(ics);
  } else {
    try {
      await writeAtomically(flags.out, (temp) => fs.writeFileSync(temp, ics), { replace: Boolean(flags.force) });
    } catch (err) {
      throw new FailureError(`cannot write ${flags.out}: ${errnoReason(err)}`);
    }
  }
  info(deps.io, `${plural(count, 'due date')}${flags.out === '-' ? '' : ` written to ${flags.out}`}`);
  return count;
}

export function registerCalendar(takedown: Command, env: EnvSource): void {
  withExamples(
    takedown
      .command('calendar')
      .description('the due dates of open requests as an iCalendar file (one all-day event each, with a reminder)')
      .option('--out <file>', 'the .ics file to write, or - for stdout', '-')
      .option('--force', 'replace the file if it exists'),
    [
      'arca takedown calendar --out ~/calendars/takedowns.ics',
      'arca takedown calendar --out ~/calendars/takedowns.ics --force   # from cron',
      'arca takedown calendar --out - > deadlines.ics',
    ],
  ).action(async (flags: CalendarFlags) => {
    await withArchive(env(), (deps) => runCalendar(deps, flags));
  });
}
