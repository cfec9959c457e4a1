import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { createContext, type Context, type GlobalOptions } from './commands/context.js';
import { InvalidInputError } from './errors.js';
import { ArcaError, exitCodeOf, formatError, UsageError } from './output/errors.js';

// Required as CommonJS: an ES import makes Node scan the package for export names, a few ms of every command.
const commander = createRequire(import.meta.url)('commander') as typeof import('commander');

type Register = (program: Command, context: () => Context) => void;

/**
 * Each command's module, loaded only when that command runs: `arca list` never loads the import,
 * takedown or export machinery (start-up is part of the product). `--version` loads none; help and
 * unknown commands load all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  import: async () => (await import('./commands/import.js')).registerImport,
  list: async () => (await import('./commands/list.js')).registerList,
  show: async () => (await import('./commands/show.js')).registerShow,
  search: async () => (await import('./commands/search.js')).registerSearch,
  export: async () => (await import('./commands/export.js')).registerExport,
  takedown: async () => (await import('./commands/takedown/index.js')).registerTakedown,
  log: async () => (await import('./commands/log.js')).registerLog,
  db: async () => (await import('./commands/db.js')).registerDb,
  config: async () => (await import('./commands/config.js')).registerConfig,
};

/** Global options that take a value, so the command name is found after them. */
const VALUE_OPTIONS = new Set(['--db', '--tz', '--actor']);

function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

const VERSION = '0.1.0';

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new commander.Command('arca');
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
    .addOption(new commander.Option('--actor <name>', 'who is acting, for the audit log (default: $ARCA_ACTOR, else the OS user)'))
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
  // Subcommands inherit exitOverride and the silenced output: every usage error reaches main().
  const name = commandName(argv);
  const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const wanted = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]]
    : versionOnly ? [] : Object.values(COMMANDS);
  for (const register of await Promise.all(wanted.map((load) => load()))) register(program, getContext);
  return program;
}

/** Core modules throw their own error types; here they get their exit codes. */
function classify(err: unknown): unknown {
  if (err instanceof ArcaError) return err;
  if (err instanceof InvalidInputError) return new UsageError(err.message, { cause: err });
  return err;
}

/** Runs arca with the given arguments; resolves to the process exit code. Never calls process.exit. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (raw) {
    if (raw instanceof commander.CommanderError && raw.exitCode === 0) return 0;
    // A command group run without its subcommand: commander has printed the group's help to stderr.
    if (raw instanceof commander.CommanderError && raw.code === 'commander.help') return 2;
    const err = classify(raw);
    const verbose = argv.includes('--verbose');
    process.stderr.write(`${formatError(err, verbose)}\n`);
    if (raw instanceof commander.CommanderError && raw.code !== 'commander.help') {
      const sub = program.commands.find((c) => argv.includes(c.name()));
      process.stderr.write(`(see arca ${sub ? `${sub.name()} ` : ''}--help)\n`);
    }
    return exitCodeOf(err);
  }
}
