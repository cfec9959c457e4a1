/**
 * `arca help TOPIC`: what is true of every command rather than of one. The same texts make the
 * man page's ENVIRONMENT, EXIT STATUS, FORMATS and DATES sections (see manual.ts).
 */

export interface HelpTopic {
  /** One line, shown in `arca help` and as the man page's section summary. */
  summary: string;
  /** The man page section this topic becomes. */
  section: string;
  /** Lines of `name  meaning` pairs (two spaces or more between them) or plain paragraphs. */
  body: string;
}

export const HELP_TOPICS: Record<string, HelpTopic> = {
  environment: {
    summary: 'environment variables arca reads',
    section: 'ENVIRONMENT',
    body: `
ARCA_DB         the archive file, when --db is not given
XDG_DATA_HOME   else the archive is $XDG_DATA_HOME/arca/archive.db (~/.local/share/arca/archive.db)
ARCA_TZ         time zone for dates without one, when --tz is not given (an IANA name: Asia/Shanghai)
ARCA_NOW        an ISO-8601 timestamp that replaces the clock everywhere (tests, back-filling)
ARCA_ACTOR      who is acting, for the audit log, when --actor is not given (else the OS user)
ARCA_PAGER      the pager for long terminal output; an empty value turns paging off
PAGER           the pager when ARCA_PAGER is unset (default: less -FRX)
NO_COLOR        any value: no ANSI colours
TERM            "dumb": no colours
COLUMNS         terminal width when the terminal does not report one
TZ, LANG, LC_ALL  the system time zone and locale, as cron sees them: check with arca doctor`,
  },
  'exit-codes': {
    summary: 'what each exit status means',
    section: 'EXIT STATUS',
    body: `
0    success (also: nothing matched)
1    runtime failure: a bad file, a failed item in a batch, a database error, arca doctor found a problem
2    usage error: unknown option, missing argument, invalid query syntax, bad date, unknown field
3    attention needed: takedown check found overdue requests
130  interrupted at a prompt (Ctrl-C)`,
  },
  formats: {
    summary: 'output on a terminal, in a pipe, as JSON; import and export formats',
    section: 'FORMATS',
    body: `
terminal      aligned tables with a header and colour; taller than the screen: through the pager
pipe          tab-separated rows, one record a line, no header, no colour, nothing truncated
--json        JSON on stdout: an array for lists, an object for one record
--json F,G    only these fields (an unknown name is refused with the list of valid ones)
--jq EXPR     filter the JSON through a jq expression (the system jq when installed, else a built-in one)
--ndjson      one JSON object per line, where results stream
--no-pager    write straight to the terminal
import        txt, html, json, ndjson (by extension and content; --format overrides)
export        ndjson (default), json, csv, md, html`,
  },
  dates: {
    summary: 'how dates, times, zones and periods are written',
    section: 'DATES',
    body: `
date          YYYY-MM-DD, a calendar date in the archive's time zone (--since, --until: both inclusive)
date-time     YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM; without one it is read in the archive's zone
zone          --tz or ARCA_TZ (IANA names such as Asia/Shanghai, UTC), else the archive's timezone setting
period        7 or 7d (days), 2w (weeks): takedown list --within, takedown check --within
overdue       today, in the archive's zone, is later than the due date
output        JSON carries YYYY-MM-DD dates and YYYY-MM-DDTHH:MM:SS±HH:MM instants`,
  },
};

/** The topic's text as `arca help TOPIC` prints it. */
export function topicText(name: string): string {
  const topic = HELP_TOPICS[name];
  return `${topic.section.toLowerCase().replace(/^./, (c) => c.toUpperCase())}: ${topic.summary}\n${topic.body}\n`;
}
