import fs from 'node:fs';
import type { Command } from 'commander';
import { RuntimeError } from '../../output/errors.js';
import { info } from '../../output/io.js';
import { deadlineCalendar } from '../../takedown/requests.js';
import type { Context } from '../context.js';
import { withExamples } from '../options.js';
import { withTakedownDeps, type TakedownDeps } from './common.js';

/** The due dates of open requests as an iCalendar file, or on stdout with `--out -`. */
export async function runCalendar(deps: TakedownDeps, flags: { out: string }): Promise<number> {
  const { ics, count } = await deadlineCalendar(deps.scope);
  if (flags.out === '-') {
    deps.io.stdout.write(ics);
  } else {
    try {
      fs.writeFileSync(flags.out, ics);
    } catch (err) {
      throw new RuntimeError(`cannot write ${flags.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  info(deps.io, `${count} due date${count === 1 ? '' : 's'}${flags.out === '-' ? '' : ` written to ${flags.out}`}`);
  return count;
}

export function registerCalendar(takedown: Command, context: () => Context): void {
  withExamples(
    takedown.command('calendar')
      .description('the due dates of open requests as an iCalendar file (one all-day event each, with a reminder)')
      .option('--out <file>', 'the .ics file to write, or - for stdout', '-'),
    ['arca takedown calendar --out ~/calendars/takedowns.ics', 'arca takedown calendar --out - > deadlines.ics'],
  ).action(async (flags: { out: string }) => {
    await withTakedownDeps(context(), (deps) => runCalendar(deps, flags));
  });
}
