/**
 * The man page arca(1), written at build time (scripts/build-man.mjs) from the program's own help:
 * descriptions, usage lines, options and examples of every command, and the help topics.
 */
import type { Command, Option } from 'commander';
import { TOPIC_NAMES, helpTopic } from './help-topics.js';
import { visibleCommands } from './help.js';
import { examplesOf } from './shared/options.js';

/**
 * Text safe in roff: backslashes and hyphens escaped, no line starting with a control character, and
 * characters beyond ASCII (来源) as groff's \[uXXXX] so the page renders without a UTF-8 preprocessor.
 */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1')
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Each option as its help shows it: flags, then the description with its choices and default. */
function optionEntries(command: Command): string[] {
  const help = command.createHelp();
  return help
    .visibleOptions(command)
    .filter((o: Option) => o.long !== '--help')
    .flatMap((o) => ['.TP', `.B ${roff(o.flags)}`, roff(help.optionDescription(o))]);
}

function examples(command: Command): string[] {
  const list = examplesOf(command);
  if (list.length === 0) return [];
  return ['.PP', 'Examples:', '.RS', '.nf', ...list.map((e) => roff(`$ ${e}`)), '.fi', '.RE'];
}

/** Every command below `command`, depth first, with the words that name it ("takedown open"). */
function commandsUnder(command: Command, prefix: string): Array<[string, Command]> {
  return visibleCommands(command).flatMap((child) => {
    const name = `${prefix} ${child.name()}`;
    return [[name, child] as [string, Command], ...commandsUnder(child, name)];
  });
}

function commandSection(name: string, command: Command): string[] {
  const usage = command.usage();
  return [
    `.SS "${roff(`${name} ${usage}`)}"`,
    roff(command.description()),
    ...optionEntries(command),
    ...examples(command),
  ];
}

function topicSections(): string[] {
  return TOPIC_NAMES.map(helpTopic).flatMap((topic) => [
    `.SH ${topic.section}`,
    ...topic.body
      .trim()
      .split('\n')
      .flatMap((line) => {
        const [term, meaning] = line.split(/\s{2,}/, 2);
        return ['.TP', `.B ${roff(term)}`, roff(meaning ?? '')];
      }),
  ]);
}

export function manPage(program: Command, version: string): string {
  const lines = [
    `.TH ARCA 1 "" "arca ${version}" "User Commands"`,
    '.SH NAME',
    `arca \\- ${roff(program.description().replace(/^arca /, ''))}`,
    '.SH SYNOPSIS',
    '.B arca',
    '[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    roff(program.description()),
    'Data goes to stdout, messages to stderr. On a terminal output is an aligned table, paged when taller',
    'than the screen; piped, it is tab\\-separated text. Run \\fBarca help\\fR \\fIcommand\\fR for one command.',
    '.SH GLOBAL OPTIONS',
    ...optionEntries(program),
    '.SH COMMANDS',
    ...commandsUnder(program, 'arca').flatMap(([name, command]) => commandSection(name, command)),
    ...topicSections(),
    '.SH FILES',
    '.TP',
    '.I ~/.local/share/arca/archive.db',
    'the default archive (see ENVIRONMENT)',
    '.SH SEE ALSO',
    '.BR sqlite3 (1),',
    '.BR jq (1),',
    '.BR less (1)',
  ];
  return `${lines.join('\n')}\n`;
}
