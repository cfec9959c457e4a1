import type { Messages } from '../messages.js';

/** What the program frame itself says: the error line, the pointer to help, global options, commander's words. */
export const cli = {
  'cli.error': (p: { message: string }) => `arca: error: ${p.message}`,
  'cli.seeHelp': (p: { command: string }) => `(see arca ${p.command}--help)`,
  'cli.databaseError': (p: { sentence: string }) => `database error: ${p.sentence}`,
  'cli.cancelled': 'cancelled',
  'cli.causedBy': (p: { detail: string }) => `caused by: ${p.detail}`,
  'cli.description':
    'arca keeps a local archive of reposted news articles and the copyright takedown requests made against them.',
  'cli.option.version': "print the version, with SQLite's and the archive schema's",
  'cli.option.help': 'display help for command',
  'cli.option.db': 'archive file (default: $ARCA_DB, else $XDG_DATA_HOME/arca/archive.db)',
  'cli.option.json': 'machine output: JSON on stdout; with a list (id,title) only those fields',
  'cli.option.jq': 'filter the JSON output through a jq expression (implies --json)',
  'cli.option.ndjson': 'machine output: one JSON object per line, where results stream',
  'cli.option.noColor': 'no ANSI colours (also NO_COLOR, TERM=dumb, or output not a terminal)',
  'cli.option.noPager': 'write long terminal output straight out, not through $ARCA_PAGER, $PAGER or less -FRX',
  'cli.option.quiet': 'no progress or info messages',
  'cli.option.verbose': 'full error details (stack traces, SQLite messages)',
  'cli.option.tz': "time zone for dates without one (default: $ARCA_TZ, else the archive's)",
  'cli.option.actor': 'who is acting, for the audit log (default: $ARCA_ACTOR, else the OS user)',
  'cli.exitCodes': 'Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 takedown check found overdue requests.',
  'cli.version': (p: { version: string; sqlite: string; schema: number }) =>
    `arca ${p.version}\nSQLite ${p.sqlite}\narchive schema ${p.schema}`,
  // Commander's headings and the extra words of an option's description.
  'cli.heading.usage': 'Usage:',
  'cli.heading.options': 'Options:',
  'cli.heading.globalOptions': 'Global Options:',
  'cli.heading.commands': 'Commands:',
  'cli.heading.arguments': 'Arguments:',
  'cli.heading.examples': 'Examples:',
  'cli.help.withExtra': (p: { description: string; extra: string }) => `${p.description} (${p.extra})`,
  'cli.help.and': ', ',
  'cli.help.choices': (p: { choices: string }) => `choices: ${p.choices}`,
  'cli.help.default': (p: { value: string }) => `default: ${p.value}`,
  // Commander's own errors, rewritten from its codes.
  'cli.commander.unknownOption': (p: { option: string }) => `unknown option '${p.option}'`,
  'cli.commander.unknownCommand': (p: { command: string }) => `unknown command '${p.command}'`,
  'cli.commander.didYouMean': (p: { suggestion: string }) => `(Did you mean ${p.suggestion}?)`,
  'cli.commander.missingArgument': (p: { name: string }) => `missing required argument '${p.name}'`,
  'cli.commander.optionMissingArgument': (p: { option: string }) => `option '${p.option}' argument missing`,
  'cli.commander.missingMandatoryOptionValue': (p: { option: string }) => `required option '${p.option}' not specified`,
  'cli.commander.excessArguments': (p: { command: string; expected: number; got: number }) =>
    `too many arguments${p.command ? ` for '${p.command}'` : ''}. ` +
    `Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
  'cli.commander.conflictingOption': (p: { option: string; other: string }) =>
    `option '${p.option}' cannot be used with option '${p.other}'`,
  'cli.commander.invalidArgument': (p: { option: string; value: string; reason: string }) =>
    `option '${p.option}' argument '${p.value}' is invalid. ${p.reason}`,
} satisfies Messages;
