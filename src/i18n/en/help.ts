import type { Messages } from '../messages.js';

/** `arca help`, its topics (also the man page's sections: built in English), and shell completion. */
export const help = {
  'help.description': (p: { topics: string }) => `help on a command (arca help takedown open) or a topic: ${p.topics}`,
  'help.topicArgument': 'a topic, or a command and its subcommand',
  'help.topics': (p: { topics: string }) => `Help topics: ${p.topics}`,
  'help.unknown': (p: { path: string; topics: string; commands: string }) =>
    `no help for "${p.path}": topics are ${p.topics}; commands are ${p.commands}`,
  'help.helpCommand': 'display help for command',
  'help.topicHeading': (p: { title: string; summary: string }) => `${p.title}: ${p.summary}`,
  'help.topic.environment.title': 'Environment',
  'help.topic.exit-codes.title': 'Exit status',
  'help.topic.formats.title': 'Formats',
  'help.topic.dates.title': 'Dates',
  'help.topic.environment.summary': 'environment variables arca reads',
  'help.topic.environment.body': `
ARCA_DB         the archive file, when --db is not given
XDG_DATA_HOME   else the archive is $XDG_DATA_HOME/arca/archive.db (~/.local/share/arca/archive.db)
ARCA_TZ         time zone for dates without one, when --tz is not given (an IANA name: Asia/Shanghai)
ARCA_NOW        an ISO-8601 timestamp that replaces the clock everywhere (tests, back-filling)
ARCA_ACTOR      who is acting, for the audit log, when --actor is not given (else the OS user)
ARCA_LANG       the interface language: zh (Chinese) or en; else LC_ALL, LC_MESSAGES, LANG (zh* is Chinese)
ARCA_PAGER      the pager for long terminal output; an empty value turns paging off
PAGER           the pager when ARCA_PAGER is unset (default: less -FRX)
NO_COLOR        any value: no ANSI colours
TERM            "dumb": no colours
COLUMNS         terminal width when the terminal does not report one
TZ, LANG, LC_ALL  the system time zone and locale, as cron sees them: check with arca doctor`,
  'help.topic.exit-codes.summary': 'what each exit status means',
  'help.topic.exit-codes.body': `
0    success (also: nothing matched)
1    runtime failure: a bad file, a failed item in a batch, a database error, arca doctor found a problem
2    usage error: unknown option, missing argument, invalid query syntax, bad date, unknown field
3    attention needed: takedown check found overdue requests
130  interrupted at a prompt (Ctrl-C)`,
  'help.topic.formats.summary': 'output on a terminal, in a pipe, as JSON; import and export formats',
  'help.topic.formats.body': `
terminal      aligned tables with a header and colour; taller than the screen: through the pager
pipe          tab-separated rows, one record a line, no header, no colour, nothing truncated
--json        JSON on stdout: an array for lists, an object for one record
--json F,G    only these fields (an unknown name is refused with the list of valid ones)
--jq EXPR     filter the JSON through a jq expression (the system jq when installed, else a built-in one)
--ndjson      one JSON object per line, where results stream
--no-pager    write straight to the terminal
import        txt, html, json, ndjson (by extension and content; --format overrides)
export        ndjson (default), json, csv, md, html`,
  'help.topic.dates.summary': 'how dates, times, zones and periods are written',
  'help.topic.dates.body': `
date          YYYY-MM-DD, a calendar date in the archive's time zone (--since, --until: both inclusive)
date-time     YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM; without one it is read in the archive's zone
zone          --tz or ARCA_TZ (IANA names such as Asia/Shanghai, UTC), else the archive's timezone setting
period        7 or 7d (days), 2w (weeks): takedown list --within, takedown check --within
overdue       today, in the archive's zone, is later than the due date
output        JSON carries YYYY-MM-DD dates and YYYY-MM-DDTHH:MM:SS±HH:MM instants`,
  'help.completion.description': 'print a shell completion script (commands, options, their values, open request ids)',
  'help.completion.shell': 'the shell to complete in',
  'help.completion.install': 'Install: see "Shell integration" in the README, or the examples below.',
  'help.completion.due': (p: { due: string; claimant: string }) => `due ${p.due}: ${p.claimant}`,
} satisfies Messages;
