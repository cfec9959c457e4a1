/**
 * Shell completion: `arca completion bash|zsh|fish` prints a script (from @bomb.sh/tab) that calls the
 * hidden `arca complete -- WORDS…` on every TAB. The tree of commands, options and enum values is read
 * from commander itself, so help, validation and completion share one list; open request ids come from
 * the archive, as `takedown list --status open` shows them.
 */
import type { Command, Option } from 'commander';
import type { RootCommand, Command as TabCommand, Complete } from '@bomb.sh/tab';
import { listRequests } from '../takedown/requests.js';
import { visibleCommands } from './help.js';
import { withArchive, type EnvSource } from './shared/env.js';
import { withExamples } from './shared/options.js';
import { DEFAULT_WITHIN, parseWithin, REQUEST_COLUMNS } from './takedown/common.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** A word TAB may offer, and what zsh and fish show beside it. */
type Candidate = [value: string, description: string];

/** A request's id exactly as `takedown list` shows it. */
const ID_COLUMN = REQUEST_COLUMNS[0];

/** The takedown verbs whose argument is a request id: TAB offers the open requests. */
const REQUEST_ID_COMMANDS = ['remove', 'reject', 'withdraw', 'counter', 'restore', 'show', 'notice'].map(
  (v) => `takedown ${v}`,
);

/** Values named like these are files or folders: the shell's own file completion applies. */
const PATH_VALUE = /^(path|file|dir|inputs)$/;

/** tab's directive "no file completion", which it gives every answer; "default" lets the shell complete paths. */
const NO_FILES = ':4';
const DEFAULT_DIRECTIVE = ':0';

/**
 * tab writes its scripts and answers with console.log: this runs one such synchronous call and
 * returns what it printed, so arca's output still goes through its own streams.
 */
function printedBy(call: () => void): string {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => {
    lines.push(parts.join(' '));
  };
  try {
    call();
  } finally {
    console.log = original;
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The script for one shell; bash falls back to file names where arca offers nothing (`-o default`). */
export async function completionScript(shell: (typeof SHELLS)[number]): Promise<string> {
  const { script } = await import('@bomb.sh/tab');
  const text = printedBy(() => script(shell, 'arca', 'arca'));
  return shell === 'bash' ? text.replace(/^complete -F /m, 'complete -o default -F ') : text;
}

interface TreeContext {
  /** Set when the word being completed is a path, so the shell may complete file names. */
  wantsFiles: boolean;
}

function valueName(option: Option): string | undefined {
  return /<([^>]+)>|\[([^\]]+)\]/.exec(option.flags)?.slice(1).find(Boolean);
}

function addOptions(target: TabCommand, options: readonly Option[], context: TreeContext): void {
  for (const option of options) {
    const name = option.long?.slice(2);
    if (name === undefined || option.hidden) continue;
    const alias = option.short?.slice(1);
    if (!option.required && !option.optional) {
      target.option(name, option.description, alias);
      continue;
    }
    const choices = option.argChoices ?? [];
    const isPath = PATH_VALUE.test(valueName(option) ?? '');
    target.option(
      name,
      option.description,
      (complete: Complete) => {
        for (const choice of choices) complete(choice, '');
        if (isPath) context.wantsFiles = true;
      },
      alias,
    );
  }
}

/** Every visible command under `command`, by its path ("takedown remove"). */
function commandPaths(command: Command, prefix = ''): Array<[string, Command]> {
  return visibleCommands(command).flatMap((child) => {
    const path = prefix ? `${prefix} ${child.name()}` : child.name();
    return [[path, child] as [string, Command], ...commandPaths(child, path)];
  });
}

function buildTree(root: RootCommand, program: Command, requests: Candidate[], context: TreeContext): void {
  addOptions(root, program.options, context);
  for (const [path, command] of commandPaths(program)) {
    const node = root.command(path, command.description());
    addOptions(node, [...command.options, ...program.options], context);
    for (const argument of command.registeredArguments) {
      const choices = REQUEST_ID_COMMANDS.includes(path)
        ? requests
        : (argument.argChoices ?? []).map((choice): Candidate => [choice, '']);
      const isPath = PATH_VALUE.test(argument.name());
      node.argument(
        argument.name(),
        (complete: Complete) => {
          for (const [value, description] of choices) complete(value, description);
          if (isPath) context.wantsFiles = true;
        },
        argument.variadic,
      );
    }
  }
}

/** `--db PATH` or `--db=PATH` among the words typed so far. */
function typedArchivePath(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--db') return words[i + 1];
    if (words[i].startsWith('--db=')) return words[i].slice('--db='.length);
  }
  return undefined;
}

/**
 * The answer to one TAB: candidate words, one a line (value TAB description), then tab's directive
 * line. Words are the command line after `arca`, the last one being the word under the cursor.
 */
export async function completeWords(
  program: Command,
  words: string[],
  openRequests: () => Promise<Candidate[]>,
): Promise<string> {
  const tab = await import('@bomb.sh/tab');
  const root = new tab.RootCommand();
  const context: TreeContext = { wantsFiles: false };
  const wantsIds = REQUEST_ID_COMMANDS.some((path) => words.join(' ').includes(path));
  buildTree(root, program, wantsIds ? await openRequests() : [], context);
  const answer = printedBy(() => root.parse([...words]));
  return context.wantsFiles ? answer.replace(new RegExp(`^${NO_FILES}$`, 'm'), DEFAULT_DIRECTIVE) : answer;
}

export function registerCompletion(program: Command, env: EnvSource): void {
  const command = program.command('completion');
  withExamples(
    command
      .description('print a shell completion script (commands, options, their values, open request ids)')
      .addArgument(command.createArgument('<shell>', 'the shell to complete in').choices(SHELLS))
      .addHelpText('after', '\nInstall: see "Shell integration" in the README, or the examples below.\n'),
    [
      'source <(arca completion bash)          # this shell only; add the line to ~/.bashrc to keep it',
      'arca completion zsh > "${fpath[1]}/_arca"',
      'arca completion fish > ~/.config/fish/completions/arca.fish',
    ],
  ).action(async (shell: string) => {
    env().io.stdout.write(await completionScript(shell as (typeof SHELLS)[number]));
  });
  program
    .command('complete', { hidden: true })
    .description('answer one completion request from the shell script')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const source = env();
      const openRequests = async () => {
        try {
          const dbPath = typedArchivePath(words) ?? source.dbPath;
          return await withArchive({ ...source, dbPath }, ({ scope }) =>
            listRequests(scope, { status: 'open', withinDays: parseWithin(DEFAULT_WITHIN) }).map((r): Candidate => [
              String(ID_COLUMN.value(r)),
              `due ${r.due}: ${r.claimant}`,
            ]),
          );
        } catch {
          return []; // no archive, or one that cannot be read: TAB offers nothing rather than an error
        }
      };
      source.io.stdout.write(await completeWords(program, words, openRequests));
    });
}
