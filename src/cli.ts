import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { createEnv, type CommandEnv, type EnvSource, type GlobalOptions } from './commands/shared/env.js';
import {
  checkedFields,
  JSON_FIELDS,
  jsonSelection,
  settleJsonFlags,
  wordAfterBareJson,
  type JsonSelection,
} from './commands/shared/output-flags.js';
import { sqliteCode, sqliteSentence } from './db/sqlite-errors.js';
import { AttentionError, CancelledError, UsageError } from './errors.js';
import { languageFromEnv, t, useLanguage } from './i18n/index.js';
import { escapeControls, type StdStreams } from './output/io.js';
import { choosePager, pagedOutput, type PagerSpawner } from './output/pager.js';

// Required as CommonJS: an ES import makes Node scan the package for export names, a few ms of every command.
const commander = createRequire(import.meta.url)('commander') as typeof import('commander');

type Register = (program: Command, env: EnvSource) => void;

/**
 * Each command's module, loaded only when that command runs: `arca list` never loads the import,
 * takedown or export machinery (start-up is part of the product). `--version` loads none; help,
 * `complete` (a TAB in the shell: it completes any command) and unknown commands load all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  import: async () => (await import('./commands/import.js')).registerImport,
  list: async () => (await import('./commands/list.js')).registerList,
  show: async () => (await import('./commands/show.js')).registerShow,
  search: async () => (await import('./commands/search.js')).registerSearch,
  export: async () => (await import('./commands/export.js')).registerExport,
  evidence: async () => (await import('./commands/evidence.js')).registerEvidence,
  takedown: async () => (await import('./commands/takedown/index.js')).registerTakedown,
  log: async () => (await import('./commands/log.js')).registerLog,
  db: async () => (await import('./commands/db/index.js')).registerDb,
  config: async () => (await import('./commands/config/index.js')).registerConfig,
  holidays: async () => (await import('./commands/holidays/index.js')).registerHolidays,
  completion: async () => (await import('./commands/completion.js')).registerCompletion,
  help: async () => (await import('./commands/help.js')).registerHelp,
  doctor: async () => (await import('./commands/doctor.js')).registerDoctor,
};

/** Words that name a command, never a --json field list. */
const COMMAND_NAMES = new Set([...Object.keys(COMMANDS), 'complete']);

/** Commands that read the whole program: help shows any command, and a TAB may complete any. */
const WHOLE_PROGRAM = new Set(['help', 'complete']);

/** Global options that take a value, so the command name is found after them. */
const VALUE_OPTIONS = new Set(['--db', '--tz', '--actor', '--jq', '--template']);

function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

export const VERSION = '0.1.0';

/** `arca --version`: arca's own version, the SQLite it runs on and the archive schema it writes. */
async function versionText(): Promise<string> {
  const [{ sqliteVersion }, { SCHEMA_VERSION }] = await Promise.all([
    import('./db/connection.js'),
    import('./db/schema.js'),
  ]);
  return t('cli.version', { version: VERSION, sqlite: sqliteVersion(), schema: SCHEMA_VERSION });
}

/** The program with the commands `argv` needs (all of them for help, the man page and completion). */
export async function buildProgram(
  argv: string[],
  streams: StdStreams,
  vars: NodeJS.ProcessEnv,
  hooks: MainHooks = {},
): Promise<Command> {
  const program = new commander.Command('arca');
  let env: CommandEnv | undefined;
  let json: JsonSelection = {};
  const getEnv = () =>
    (env ??= createEnv(program.opts<GlobalOptions>(), streams, vars, json, {
      useLocalZone: hooks.useLocalZone,
      onInterrupt: hooks.onInterrupt,
    }));
  const versionAsked = argv.includes('--version') || argv.includes('-V');
  program
    .version(versionAsked ? await versionText() : VERSION, '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .configureHelp(localHelp)
    .description(t('cli.description'))
    .option('--db <path>', t('cli.option.db'))
    .addOption(
      new commander.Option('--json [fields]', t('cli.option.json')).argParser((value: string) =>
        value === '' ? true : value,
      ),
    )
    .option('--jq <expression>', t('cli.option.jq'))
    .addOption(new commander.Option('--template <text>', t('template.option')).conflicts('jq'))
    .addOption(new commander.Option('--ndjson', t('cli.option.ndjson')).conflicts(['json', 'jq', 'template']))
    .option('--no-color', t('cli.option.noColor'))
    .option('--no-pager', t('cli.option.noPager'))
    .option('-q, --quiet', t('cli.option.quiet'))
    .option('--verbose', t('cli.option.verbose'))
    .option('--tz <zone>', t('cli.option.tz'))
    .addOption(new commander.Option('--actor <name>', t('cli.option.actor')))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      outputError: () => {},
    });
  // --json FIELDS and --jq are checked against the command about to run, before it opens the archive.
  program.hook('preAction', async (_program, action) => {
    json = await jsonSelection(commandPath(action), program.opts<GlobalOptions>());
  });
  program.addHelpText(
    'after',
    `
${t('cli.heading.examples')}
  $ arca import ~/saved-pages/
  $ arca list --since 2024-01-01 --limit 20
  $ arca show 12
  $ arca --db /srv/site/archive.db list --json

${t('cli.exitCodes')}
`,
  );
  // Subcommands inherit exitOverride and the silenced output: every usage error reaches main().
  const name = commandName(argv);
  const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const wanted =
    name !== undefined && Object.hasOwn(COMMANDS, name) && !WHOLE_PROGRAM.has(name)
      ? [COMMANDS[name]]
      : versionOnly
        ? []
        : Object.values(COMMANDS);
  for (const register of await Promise.all(wanted.map((load) => load()))) register(program, getEnv);
  return program;
}

const HEADINGS: Record<string, () => string> = {
  'Usage:': () => t('cli.heading.usage'),
  'Options:': () => t('cli.heading.options'),
  'Global Options:': () => t('cli.heading.globalOptions'),
  'Commands:': () => t('cli.heading.commands'),
  'Arguments:': () => t('cli.heading.arguments'),
};

/**
 * Commander's help in the interface language: its headings, and an option's choices and default
 * (as commander writes them, so the English help and the man page stay as they were).
 */
const localHelp: Partial<import('commander').Help> = {
  styleTitle: (title) => HEADINGS[title]?.() ?? title,
  // A group's own `help` subcommand, which commander adds (with no parent) and describes itself.
  subcommandDescription: (command) =>
    command.name() === 'help' && command.parent === null ? t('help.helpCommand') : command.description(),
  optionDescription(option) {
    const extra: string[] = [];
    if (option.argChoices) extra.push(t('cli.help.choices', { choices: option.argChoices.map(quoted).join(', ') }));
    const shown =
      option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (option.defaultValue !== undefined && shown) {
      extra.push(t('cli.help.default', { value: option.defaultValueDescription || quoted(option.defaultValue) }));
    }
    if (extra.length === 0) return option.description;
    const described = t('cli.help.withExtra', {
      description: option.description,
      extra: extra.join(t('cli.help.and')),
    });
    return described.trimStart();
  },
};

const quoted = (value: unknown) => JSON.stringify(value);

/** "takedown list": the command the words of ARGV name, below the program. */
function commandPathIn(program: Command, argv: string[]): string {
  const names: string[] = [];
  let command = program;
  for (let i = 0; i < argv.length; i++) {
    if (VALUE_OPTIONS.has(argv[i])) i++;
    else if (!argv[i].startsWith('-')) {
      const sub = command.commands.find((c) => c.name() === argv[i]);
      if (sub === undefined) break;
      names.push(argv[i]);
      command = sub;
    }
  }
  return names.join(' ');
}

/**
 * `arca list --json titel`: commander finds one argument too many, but the word was a field list that names
 * no field; the error says so and lists the valid fields.
 */
function misreadFieldList(err: unknown, program: Command, argv: string[]): unknown {
  const word = isCommanderError(err) && err.code === 'commander.excessArguments' ? wordAfterBareJson(argv) : undefined;
  const path = word === undefined ? undefined : commandPathIn(program, argv);
  if (word === undefined || path === undefined || !Object.hasOwn(JSON_FIELDS, path)) return err;
  try {
    checkedFields(path, word);
  } catch (fieldError) {
    return fieldError;
  }
  return err;
}

/** "takedown list": the words that name a command below the program. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** `takedown check` found overdue requests. */
  attention: 3,
  /** The user pressed Ctrl-C at a prompt (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const;

/** Commander's errors, recognised by shape (as any thrown object carrying commander's code). */
interface CommanderLikeError {
  code: string;
  exitCode: number;
  message: string;
}

function isCommanderError(err: unknown): err is CommanderLikeError {
  const e = err as Partial<CommanderLikeError> | null;
  return typeof e?.code === 'string' && e.code.startsWith('commander.') && typeof e.exitCode === 'number';
}

/** The exit code of whatever a command threw: its root decides (errors.ts); anything unforeseen is a failure. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError) return ExitCode.usage;
  if (err instanceof AttentionError) return ExitCode.attention;
  if (err instanceof CancelledError) return ExitCode.cancelled;
  // Commander reports bad usage with exit code 1; the spec wants 2. --help and --version exit 0.
  if (isCommanderError(err)) return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  return ExitCode.failure;
}

/**
 * `arca: error: <one line>`. With verbose, the original message, stack trace and causes follow;
 * without it, raw SQLite messages are replaced by what the user can do about them.
 */
export function formatError(err: unknown, verbose: boolean): string {
  if (!(err instanceof Error)) return t('cli.error', { message: oneLine(String(err)) });
  const code = sqliteCode(err);
  let message = isCommanderError(err) ? commanderMessage(err) : err.message;
  if (code !== undefined) {
    message = verbose ? `${message} (${code})` : t('cli.databaseError', { sentence: sqliteSentence(code) });
  }
  const head = t('cli.error', { message: oneLine(message) });
  if (!verbose) return head;
  const details: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    details.push(e === err ? (e.stack ?? '') : t('cli.causedBy', { detail: e.stack ?? e.message }));
  }
  return [head, ...details.filter(Boolean).flatMap((d) => d.split('\n').map(escapeControls))].join('\n');
}

/** Commander's own messages, read back by their code, in the interface language; any other as commander wrote it. */
const COMMANDER_MESSAGES: Record<string, [RegExp, (m: string[]) => string]> = {
  'commander.unknownOption': [/unknown option '(.*?)'/, (m) => t('cli.commander.unknownOption', { option: m[1] })],
  'commander.unknownCommand': [/unknown command '(.*?)'/, (m) => t('cli.commander.unknownCommand', { command: m[1] })],
  'commander.missingArgument': [
    /missing required argument '(.*?)'/,
    (m) => t('cli.commander.missingArgument', { name: m[1] }),
  ],
  'commander.optionMissingArgument': [
    /option '(.*?)' argument missing/,
    (m) => t('cli.commander.optionMissingArgument', { option: m[1] }),
  ],
  'commander.missingMandatoryOptionValue': [
    /required option '(.*?)' not specified/,
    (m) => t('cli.commander.missingMandatoryOptionValue', { option: m[1] }),
  ],
  'commander.excessArguments': [
    /too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => t('cli.commander.excessArguments', { command: m[1] ?? '', expected: Number(m[2]), got: Number(m[3]) }),
  ],
  'commander.conflictingOption': [
    /option '(.*?)' cannot be used with option '(.*?)'/,
    (m) => t('cli.commander.conflictingOption', { option: m[1], other: m[2] }),
  ],
  'commander.invalidArgument': [
    /option '(.*?)' argument '(.*?)' is invalid\. ([^]*)/,
    (m) => t('cli.commander.invalidArgument', { option: m[1], value: m[2], reason: m[3] }),
  ],
};

function commanderMessage(err: CommanderLikeError): string {
  const message = err.message.replace(/^error: /, '');
  const [pattern, translate] = COMMANDER_MESSAGES[err.code] ?? [];
  const match = pattern?.exec(message);
  if (!match || !translate) return message;
  const suggestion = /\(Did you mean (.*?)\?\)/.exec(message);
  return [translate(match), suggestion ? t('cli.commander.didYouMean', { suggestion: suggestion[1] }) : '']
    .filter(Boolean)
    .join('\n');
}

/** The message on one line, with any control character left in it escaped (see escapeControls). */
function oneLine(s: string): string {
  return escapeControls(
    s
      .split(/\r?\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' '),
  );
}

/** What main() takes from the outside besides streams and variables; tests replace the pager's start. */
export interface MainHooks {
  spawnPager?: PagerSpawner;
  /** Makes a zone the process's local one (bin/arca: TZ), so dates in the archive's zone skip Intl's start-up. */
  useLocalZone?: (tz: string) => void;
  /** Calls `stop` on the first Ctrl-C (bin/arca: SIGINT) and returns the way to stop listening; import uses it. */
  onInterrupt?: (stop: () => void) => () => void;
}

/** `import` reports progress on stderr while it works: its output is never held back for a pager. */
const NEVER_PAGED = new Set(['import', 'complete']);

/**
 * Runs arca with the given arguments, streams and environment variables; resolves to the exit
 * code. Never touches the process itself (bin/arca does), so the whole program runs in tests.
 */
export async function main(
  givenArgv: string[],
  streams: StdStreams,
  vars: NodeJS.ProcessEnv,
  hooks: MainHooks = {},
): Promise<number> {
  await useLanguage(languageFromEnv(vars));
  const argv = settleJsonFlags(givenArgv, COMMAND_NAMES);
  const name = commandName(argv);
  const pager = NEVER_PAGED.has(name ?? '')
    ? undefined
    : choosePager(streams.stdout, vars, argv.includes('--no-pager'));
  const paged = pager === undefined ? undefined : pagedOutput(streams.stdout, pager, vars, hooks.spawnPager);
  const program = await buildProgram(argv, paged ? { ...streams, stdout: paged.stream } : streams, vars, hooks);
  let failure: { err: unknown } | undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    failure = { err: misreadFieldList(err, program, argv) };
  }
  // The pager is done (the user has quit it) before an error line is written below it.
  await paged?.finish();
  return failure === undefined ? 0 : reportFailure(failure.err, argv, program, streams);
}

/** The exit code of a failed run, after its one line on stderr (and a pointer to the help for bad usage). */
function reportFailure(err: unknown, argv: string[], program: Command, streams: StdStreams): number {
  if (err instanceof commander.CommanderError && err.exitCode === 0) return 0;
  // A command group run without its subcommand: commander has printed the group's help to stderr.
  if (err instanceof commander.CommanderError && err.code === 'commander.help') return 2;
  const verbose = argv.includes('--verbose');
  streams.stderr.write(`${formatError(err, verbose)}\n`);
  if (err instanceof commander.CommanderError) {
    const sub = program.commands.find((c) => argv.includes(c.name()));
    streams.stderr.write(`${t('cli.seeHelp', { command: sub ? `${sub.name()} ` : '' })}\n`);
  }
  return exitCodeOf(err);
}
