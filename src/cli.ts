import { Command, CommanderError, Option } from 'commander';
import { createContext, type Context, type GlobalOptions } from './commands/context.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerList } from './commands/list.js';
import { registerShow } from './commands/show.js';
import { registerConfig } from './commands/config.js';
import { registerDb } from './commands/db.js';
import { registerLog } from './commands/log.js';
import { registerTakedown } from './commands/takedown/index.js';
import { InvalidDayCountError } from './takedown/deadline.js';
import { TransitionError } from './takedown/lifecycle.js';
import { RequestInputError } from './takedown/requests.js';
import { ArchiveError, NotFoundError } from './db/errors.js';
import { ArcaError, exitCodeOf, formatError, RuntimeError, UsageError } from './output/errors.js';
import { InvalidDateError } from './time.js';

const VERSION = '0.1.0';

function buildProgram(): { program: Command; context: () => Context } {
  const program = new Command('arca');
  let context: Context | undefined;
  const getContext = () => (context ??= createContext(program.opts<GlobalOptions>(), process.env));
  program
    .version(VERSION, '-V, --version')
    .description('arca keeps a local archive of reposted news articles and the copyright takedown requests made against them.')
    .option('--db <path>', 'archive file (default: $ARCA_DB, else $XDG_DATA_HOME/arca/archive.db)')
    .option('--json', 'machine output: JSON on stdout')
    .option('--ndjson', 'machine output: one JSON object per line, where results stream')
    .option('--no-color', 'no ANSI colours (also NO_COLOR, TERM=dumb, or output not a terminal)')
    .option('-q, --quiet', 'no progress or info messages')
    .option('--verbose', 'full error details (stack traces, SQLite messages)')
    .option('--tz <zone>', 'time zone for dates without one (default: $ARCA_TZ, else the archive\'s)')
    .addOption(new Option('--actor <name>', 'who is acting, for the audit log (default: $ARCA_ACTOR, else the OS user)'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  program.addHelpText('after', `
Examples:
  $ arca import ~/saved-pages/
  $ arca list --since 2024-01-01 --limit 20
  $ arca show 12
  $ arca --db /srv/site/archive.db list --json

Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 takedown check found overdue requests.
`);
  registerImport(program, getContext);
  registerList(program, getContext);
  registerShow(program, getContext);
  registerExport(program, getContext);
  registerTakedown(program, getContext);
  registerLog(program, getContext);
  registerConfig(program, getContext);
  registerDb(program, getContext);
  // Subcommands report usage errors through the same single place.
  for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => {} });
  return { program, context: getContext };
}

/** Core modules throw their own error types; here they get their exit codes. */
function classify(err: unknown): unknown {
  if (err instanceof ArcaError) return err;
  if (err instanceof InvalidDateError || err instanceof InvalidDayCountError || err instanceof RequestInputError) {
    return new UsageError(err.message);
  }
  if (err instanceof TransitionError) return new RuntimeError(err.message, { cause: err });
  if (err instanceof ArchiveError || err instanceof NotFoundError) return new RuntimeError(err.message, { cause: err });
  return err;
}

/** Runs arca with the given arguments; resolves to the process exit code. Never calls process.exit. */
export async function main(argv: string[]): Promise<number> {
  const { program } = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (raw) {
    if (raw instanceof CommanderError && raw.exitCode === 0) return 0;
    const err = classify(raw);
    const verbose = argv.includes('--verbose');
    process.stderr.write(`${formatError(err, verbose)}\n`);
    if (raw instanceof CommanderError && raw.code !== 'commander.help') {
      const sub = program.commands.find((c) => argv.includes(c.name()));
      process.stderr.write(`(see arca ${sub ? `${sub.name()} ` : ''}--help)\n`);
    }
    return exitCodeOf(err);
  }
}
