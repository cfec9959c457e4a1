/**
 * The English catalogue: every area's messages, one area after another (one file: each module a run
 * loads costs start-up time). English is the key source; zh-CN.ts mirrors it area by area.
 */
import type { Messages } from './messages.js';

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

/** Counter-notices (不侵权声明): recording one, restoring after it, and what check and show say of them. */
export const counter = {
  'counter.description':
    'record a counter-notice on a removed request: it becomes countered, its content due back after counter-days',
  'counter.requestArgument': 'the removed request, e.g. R3',
  'counter.receivedOption': 'when the counter-notice arrived: YYYY-MM-DD or a date-time (asked on a terminal)',
  'counter.fromOption': 'who sent it: the publisher of the removed content, or who acts for them',
  'counter.contactOption': 'how to reach the sender (email, phone, address)',
  'counter.reasonOption': 'why the sender says the content does not infringe',
  'counter.attachOption': 'a file that came with it (the statement, a licence); repeat for more',
  'counter.askFrom': 'Counter-notice from: who says the content does not infringe',
  'counter.askReceived': 'Counter-notice received on (YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
  'counter.needsSender': 'a counter-notice needs its sender (--from): who says the content does not infringe',
  'counter.beforeRemoval': (p: { id: string; received: string; removed: string }) =>
    `the counter-notice is dated ${p.received}, before request ${p.id} was removed on ${p.removed}: check --received`,
  'counter.recorded': (p: { id: string; from: string; restoreDue: string }) =>
    `request ${p.id} countered by ${p.from}; restore due ${p.restoreDue}. ` +
    `Next: arca takedown notice ${p.id} (the letter forwarding it to the claimant), ` +
    `then arca takedown restore ${p.id} on ${p.restoreDue}`,
  'counter.restoreDescription':
    'bring removed articles back: a countered request on its restore date, a removed one with a reason',
  'counter.restoreReasonOption': 'why the content comes back (required unless the request is countered)',
  'counter.restoredEarly': (p: { id: string; restoreDue: string }) =>
    `request ${p.id} was restored before its restore date ${p.restoreDue}: the claimant had until then to act`,
  'counter.checkDescription':
    'overdue and due-soon requests, and restores due after counter-notices, for cron: exit 3 when any is overdue',
  'counter.checkSummary': (p: { overdue: number; soon: number; withinDays: number }) =>
    `; ${p.overdue} ${p.overdue === 1 ? 'counter-notice' : 'counter-notices'} past the restore date, ` +
    `${p.soon} to restore within ${p.withinDays} ${p.withinDays === 1 ? 'day' : 'days'} ` +
    '(see arca takedown list --status countered)',
  'counter.noticeDescription':
    'print the letter to the claimant: the decision, the articles and the dates, or the counter-notice forwarded',
  'counter.attachmentRole': 'with the counter-notice',
} satisfies Messages;

/** The operator's identity: the settings that sign arca's letters, and what is said when they are missing. */
export const identity = {
  'identity.unsigned':
    'no site name is set: the letter has a line to fill in where it is signed (arca config set site-name NAME)',
  'identity.contactSetting': 'how claimants reach you (email, phone), under the letters\' signature ("" to unset)',
  'identity.addressSetting': 'your postal address, under the letters\' signature (optional; "" to unset)',
  'identity.counterDaysSetting': (p: { max: number }) =>
    `calendar days from a counter-notice to restoring the content (whole number, 1 to ${p.max}; default 15)`,
} satisfies Messages;

/** Dates as operators type them, the working-day calendar, and the channels complaints arrive by. */
export const workdays = {
  'dates.invalidDate': (p: { flag: string; text: string }) =>
    `${p.flag} needs a date such as 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日 (got "${p.text}")`,
  'dates.invalidDateTime': (p: { flag: string; text: string }) =>
    `${p.flag} needs a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, ` +
    `with a time if you like: 2026-11-20 14:30, 2026年11月20日 14:30 (got "${p.text}")`,
  'dates.timeNotAllowed': (p: { flag: string; text: string }) =>
    `${p.flag} takes a date without a time, such as 2026-11-20 (got "${p.text}")`,
  'channel.unknown': (p: { flag: string; text: string; choices: string }) =>
    `${p.flag} must be one of ${p.choices}, or a Chinese name such as 微信, QQ, 平台, 邮件 (got "${p.text}")`,
  'workdays.daysAndWorkdays': 'give --days or --workdays, not both',
  'channel.option': 'how the notice arrived; Chinese names too (微信, 公众号, QQ, 平台, 邮件 …)',
  'channel.noteOption': 'a note on the channel: which platform or app, or what "other" was (alone: --channel other)',
  'channel.label.email': 'email',
  'channel.label.phone': 'phone',
  'channel.label.letter': 'letter',
  'channel.label.form': 'form (on our site)',
  'channel.label.wechat': 'wechat (WeChat, an official account)',
  'channel.label.qq': 'qq',
  'channel.label.platform': "platform (a platform's complaint form)",
  'channel.label.other': 'other',
  'workdays.option': 'working days to decide in (weekends and holidays skipped), instead of the window',
  'workdays.pastHorizon': (p: { id: string; years: string; last: number | null }) =>
    `${p.id}: the holiday schedule of ${p.years} is not known ` +
    `(${p.last === null ? 'no year is' : `the last year known is ${p.last}`}): ` +
    'its working days were counted by weekends alone; see arca holidays import',
  'dates.receivedPrompt': 'Received on (2026-11-20, 2026/11/20, 2026年11月20日, a time may follow)',
  'dates.receivedLabel': 'the date',
  'holidays.description': 'the working-day calendar: mainland holidays and 调休 make-up working days',
  'holidays.importDescription':
    'add or replace years of the calendar from a file of "YYYY-MM-DD holiday|workday [name]" lines',
  'holidays.listDescription': 'show the holidays and make-up working days the calendar knows',
  'holidays.fileArgument': 'the file, one day a line ("-" reads stdin)',
  'holidays.yearArgument': 'only this year (e.g. 2026)',
  'holidays.imported': (p: { years: string; holidays: number; workdays: number }) =>
    `imported ${p.years}: ${p.holidays} ${p.holidays === 1 ? 'holiday' : 'holidays'}, ` +
    `${p.workdays} make-up working ${p.workdays === 1 ? 'day' : 'days'}; next: arca holidays list`,
  'holidays.unreadable': (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  'holidays.badYear': (p: { text: string }) => `YEAR must be a year such as 2026 (got "${p.text}")`,
  'holidays.known': (p: { years: string; last: number | null }) =>
    p.last === null ? 'the calendar knows no year: weekends alone' : `the calendar knows ${p.years}; horizon ${p.last}`,
  'holidays.unknownYear': (p: { year: string; last: number | null }) =>
    `the calendar does not know ${p.year}: its working days are counted by weekends alone ` +
    `(last year known: ${p.last ?? 'none'}; arca holidays import FILE adds one)`,
  'holidays.header.date': 'DATE',
  'holidays.header.kind': 'KIND',
  'holidays.header.name': 'NAME',
  'holidays.header.source': 'SOURCE',
  'holidays.file.malformed': (p: { at: string }) =>
    `${p.at}: expected "YYYY-MM-DD holiday|workday [name]", e.g. "2027-02-06 holiday 春节"`,
  'holidays.file.badDate': (p: { at: string; date: string }) =>
    `${p.at}: "${p.date}" is not a date as YYYY-MM-DD, e.g. "2027-02-06 holiday 春节"`,
  'holidays.file.badKind': (p: { at: string; kind: string }) =>
    `${p.at}: "${p.kind}" must be holiday or workday, e.g. "2027-02-20 workday 春节"`,
  'holidays.file.repeated': (p: { at: string; date: string; line: number }) =>
    `${p.at}: ${p.date} is already listed on line ${p.line}`,
  'holidays.file.empty': (p: { file: string }) => `${p.file}: no days listed, e.g. "2027-02-06 holiday 春节"`,
} satisfies Messages;

/** What every command shares: the option helpers, the filters, article references, output flags, the article table. */
export const shared = {
  'shared.option.source': 'source (来源) contains text',
  'shared.option.author': 'author contains text',
  'shared.option.site': 'site contains text',
  'shared.option.category': 'category (breadcrumb) contains text',
  'shared.option.since': 'published on or after YYYY-MM-DD',
  'shared.option.until': 'published on or before YYYY-MM-DD',
  'shared.option.importedSince': 'imported on or after this date or date-time',
  'shared.option.status': 'articles in this state',
  'shared.option.window': 'is the article still inside its disclaimer window',
  'shared.option.hasRequest': 'only articles named in a takedown request',
  'shared.option.sort': 'order by (default: published; export: id)',
  'shared.option.asc': 'ascending order',
  'shared.option.desc': 'descending order',
  'shared.option.limit': 'at most n results',
  'shared.option.offset': 'skip the first n results',
  'shared.choice': (p: { flag: string; choices: string; value: string }) =>
    `${p.flag} must be one of ${p.choices} (got "${p.value}")`,
  'shared.byteSize': (p: { flag: string; value: string }) =>
    `${p.flag} needs a size such as 10MB or 500k (got "${p.value}")`,
  'shared.positiveInt': (p: { flag: string; value: string }) =>
    `${p.flag} needs a whole number of at least 1 (got "${p.value}")`,
  'shared.tooLarge': (p: { flag: string; max: number; value: string }) =>
    `${p.flag} is too large: at most ${p.max} (got "${p.value}")`,
  'shared.emptyActor': '--actor needs a name (got an empty one)',
  'shared.unknownZone': (p: { zone: string }) =>
    `unknown time zone "${p.zone}" (use an IANA name such as Asia/Shanghai or UTC)`,
  'shared.defaultArchive': (p: { base: string }) => `the default under ${p.base}; no --db or $ARCA_DB`,
  'shared.noArticle': (p: { ref: string }) => `no article ${p.ref} (see arca list)`,
  'shared.notARef': (p: { ref: string }) => `"${p.ref}" is neither an article id nor an http(s) URL`,
  'shared.noArticleWithUrl': (p: { url: string }) => `no article with original URL ${p.url}`,
  'shared.fieldsNotHere': (p: { flag: string; commands: string }) =>
    `${p.flag} applies to ${p.commands}; here use plain --json`,
  'shared.unknownFields': (p: { count: number; named: string; command: string; valid: string }) =>
    `--json: unknown field${p.count > 1 ? 's' : ''} ${p.named} for ${p.command}; valid: ${p.valid}`,
  'shared.column.id': 'ID',
  'shared.column.published': 'PUBLISHED',
  'shared.column.source': 'SOURCE',
  'shared.column.title': 'TITLE',
  'shared.column.status': 'STATUS',
} satisfies Messages;

/** The terminal layer: warning and error prefixes, prompts' own words, progress labels. */
export const output = {
  'output.warning': (p: { message: string }) => `arca: warning: ${p.message}`,
  'output.cannotAsk': (p: { missing: string }) => `missing ${p.missing} (stdin is not a terminal, so arca cannot ask)`,
  'output.prompt.navigate': 'navigate',
  'output.prompt.select': 'select',
  'output.prompt.yes': 'Yes',
  'output.prompt.no': 'No',
  'output.jqFailed': (p: { expression: string; message: string }) => `--jq ${p.expression}: ${p.message}`,
} satisfies Messages;

/** `arca config`: the settings, their descriptions and checks. */
export const config = {
  'config.description': (p: { keys: string }) => `archive settings: ${p.keys}`,
  'config.heading.settings': 'Settings:',
  'config.get.description': 'print one setting, or all of them',
  'config.set.description': 'change a setting (recorded in the audit log)',
  'config.set.value': 'the new value',
  'config.setting.windowDays': (p: { max: number }) =>
    `days to decide a takedown request when an article's disclaimer names no window (whole number, 1 to ${p.max})`,
  'config.setting.timezone':
    "the archive's time zone: calendar dates (received, due, today) are taken in it (an IANA name)",
  'config.setting.tsa':
    "the RFC 3161 timestamp authority arca log stamp sends the log's newest hash to (an http(s) URL)",
  'config.setting.language':
    'the language of what arca writes for others: exports, calendars, letters ' +
    '(zh or en; a new archive takes the interface language)',
  'config.setting.siteName': 'your own site\'s name: it signs letters and heads HTML exports ("" to unset)',
  'config.unknownSetting': (p: { key: string; known: string }) => `unknown setting "${p.key}" (known: ${p.known})`,
  'config.windowDaysNumber': (p: { key: string; value: string }) =>
    `${p.key} needs a whole number of at least 1 (got "${p.value}")`,
  'config.windowDaysTooLong': (p: { key: string; max: number; value: string }) =>
    `${p.key} is too long: at most ${p.max} days (got "${p.value}")`,
  'config.tsaUrl': (p: { name: string; value: string }) =>
    `${p.name} needs the http(s) URL of a timestamp authority (got "${p.value}")`,
  'config.unchanged': (p: { key: string; value: string }) => `${p.key} is already ${p.value}`,
  'config.changed': (p: { key: string; before: string; value: string }) => `${p.key}: ${p.before} → ${p.value}`,
} satisfies Messages;

/**
 * `arca export`, and the words its files carry: those follow the archive's language (exports are
 * read by others), the command's messages the interface's. The English labels are today's, byte for byte.
 */
export const exportArea = {
  'export.description':
    'export articles as ndjson, json, csv, Markdown files or a static HTML site (taken-down articles left out)',
  'export.option.format': 'the format to write',
  'export.option.out': 'file (ndjson/json/csv; default: stdout) or folder (md/html, required)',
  'export.option.force': 'write into an existing file or non-empty folder',
  'export.option.bom': 'csv: start with a UTF-8 byte-order mark, for Excel',
  'export.option.fields': 'csv: comma-separated columns, in order',
  'export.option.headers': 'csv: the header row: field names (keys), or labels in Chinese (zh) or English (en)',
  'export.option.includeRemoved': 'also export removed articles (purged bodies are never exported)',
  'export.needsIncludeRemoved': (p: { status: string }) => `exporting ${p.status} articles needs --include-removed`,
  'export.done': (p: { count: number; out: string }) =>
    `exported ${p.count} ${p.count === 1 ? 'article' : 'articles'}${p.out ? ` to ${p.out}` : ''}`,
  'export.cannotWrite': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'export.csvOnly': (p: { flag: string }) => `${p.flag} applies to --format csv only`,
  'export.needsOut': (p: { format: string }) => `--format ${p.format} writes a folder: name it with --out DIR`,
  'export.outIsFolder': (p: { out: string; format: string }) =>
    `--out ${p.out} is a folder; --format ${p.format} writes one file`,
  'export.outExists': (p: { out: string }) => `${p.out} already exists: choose another --out or pass --force`,
  'export.outIsFile': (p: { out: string; format: string }) =>
    `--out ${p.out} is a file; --format ${p.format} writes a folder`,
  'export.outNotEmpty': (p: { out: string }) =>
    `${p.out} already exists and is not empty: choose another --out or pass --force`,
  'export.outForeign': (p: { out: string; file: string; format: string }) =>
    `${p.out} holds ${p.file}, which is not part of an arca ${p.format} export: choose an empty or new folder`,
  'export.csv.unknownField': (p: { name: string; valid: string }) =>
    `unknown CSV field "${p.name}"; valid fields: ${p.valid}`,
  'export.csv.twice': (p: { name: string }) => `CSV field "${p.name}" is listed twice; name each field once`,
  'export.csv.none': (p: { valid: string }) => `no CSV fields chosen; valid fields: ${p.valid}`,
  // The words in the exported files (the archive's language).
  'export.label.articles': 'Articles',
  'export.label.date': 'Date',
  'export.line.source': (p: { value: string }) => `Source: ${p.value}`,
  'export.line.originalLink': (p: { value: string }) => `Original link: ${p.value}`,
  'export.label.purged': 'The body of this article was purged after a takedown request.',
  'export.label.index': 'All articles',
  'export.label.untitled': '(untitled)',
  'export.label.count': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'article' : 'articles'}`,
  'export.field.id': 'ID',
  'export.field.title': 'Title',
  'export.field.site': 'Site',
  'export.field.category': 'Category',
  'export.field.published': 'Published',
  'export.field.source': 'Source',
  'export.field.author': 'Author',
  'export.field.editor': 'Editor',
  'export.field.views': 'Views',
  'export.field.original_url': 'Original URL',
  'export.field.body': 'Body',
  'export.field.disclaimer': 'Disclaimer',
  'export.field.window_days': 'Window days',
  'export.field.site_url': 'Site URL',
  'export.field.window_unit': 'Window unit',
  'export.field.window_ends': 'Window ends',
  'export.field.status': 'Status',
  'export.field.imported_at': 'Imported at',
  'export.field.provenance_path': 'Imported from',
  'export.field.provenance_sha256': 'SHA-256',
  'export.field.provenance_encoding': 'Encoding',
} satisfies Messages;

/** The deadline calendar's events (in the archive's language) and the reply letter's language flag. */
export const deadlines = {
  'deadlines.calendarName': 'arca takedown deadlines',
  'deadlines.event.summary': (p: { id: string; claimant: string }) => `Takedown request ${p.id} due: ${p.claimant}`,
  'deadlines.event.claimant': (p: { claimant: string }) => `Claimant: ${p.claimant}`,
  'deadlines.event.work': (p: { work: string }) => `Work: ${p.work}`,
  'deadlines.event.received': (p: { date: string }) => `Received: ${p.date}`,
  'deadlines.event.due': (p: { date: string }) => `Due: ${p.date}`,
  'deadlines.event.counterNotice': (p: { from: string; date: string }) =>
    `Counter-notice: ${p.from}, received ${p.date}`,
  'deadlines.event.restoreDue': (p: { date: string }) => `Restore due: ${p.date}`,
  'deadlines.event.restoreSummary': (p: { id: string; from: string }) =>
    `Restore takedown request ${p.id}: counter-notice from ${p.from}`,
  'deadlines.event.articles': 'Articles:',
  'deadlines.description':
    'the due dates of open requests as an iCalendar file (one all-day event each, with a reminder)',
  'deadlines.option.out': 'the .ics file to write, or - for stdout',
  'deadlines.option.force': 'replace the file if it exists',
  'deadlines.written': (p: { count: number; out: string }) =>
    `${p.count} ${p.count === 1 ? 'due date' : 'due dates'}${p.out ? ` written to ${p.out}` : ''}`,
  'deadlines.noticeLang': "the language of the letter (default: the archive's language setting)",
} satisfies Messages;

/** Reading the archive: list, show, search, their filters and the search query language. */
export const articles = {
  'articles.list.description': 'list archived articles, newest first',
  'articles.noneMatch': 'no articles match',
  'articles.column.windowEnds': 'WINDOW ENDS',
  'articles.column.snippet': 'SNIPPET',
  'articles.show.description':
    'show one article: every field, the body, the disclaimer, its window and takedown history',
  'articles.show.ref': 'article id, or its original URL',
  'articles.show.raw': 'write the page exactly as it was imported (the evidence bytes) to stdout',
  'articles.show.purgedRaw': (p: { id: number }) =>
    `article ${p.id} was purged: its imported bytes are gone (its sha256 remains in arca show ${p.id})`,
  'articles.show.purgedBody': '(body purged after a takedown)',
  'articles.show.request': (p: { id: string; status: string; received: string; due: string }) =>
    `${p.id} ${p.status} (received ${p.received}, due ${p.due})`,
  'articles.search.description': 'full-text search over title, body, source, author and URL, best matches first',
  'articles.search.query': 'words; "exact phrase"; a OR b; -exclude; prefix* (quote the whole query for your shell)',
  'articles.search.field': (p: { fields: string }) =>
    `search only these fields: ${p.fields} (default: the text, or the URL for a URL or host)`,
  'articles.search.exactScript':
    'match traditional and simplified characters as written (default: 檢察 finds 检察 and back)',
  'articles.search.count': 'print only the number of matching articles',
  'articles.search.all': (p: { limit: string }) => `every hit (default: the best ${p.limit})`,
  'articles.search.badField': (p: { fields: string; value: string }) =>
    `--field must name ${p.fields} (got "${p.value}")`,
  'articles.search.shown': (p: { shown: number; total: number }) =>
    `${p.shown} of ${p.total} ${p.total === 1 ? 'hit' : 'hits'} (--limit, --offset, --all)`,
  'articles.filter.choice': (p: { flag: string; choices: string; value: string }) =>
    `--${p.flag} must be one of ${p.choices} (got "${p.value}")`,
  'articles.filter.date': (p: { flag: string; value: string }) =>
    `--${p.flag} needs a date as YYYY-MM-DD (got "${p.value}")`,
  'articles.filter.number': (p: { flag: string; min: number; value: string }) =>
    `--${p.flag} needs a whole number${p.min > 0 ? ` of at least ${p.min}` : ''} (got "${p.value}")`,
  'articles.filter.tooLarge': (p: { flag: string; value: string }) => `--${p.flag} ${p.value} is too large`,
  'articles.filter.sinceAfterUntil': (p: { since: string; until: string }) =>
    `--since ${p.since} is after --until ${p.until}`,
  'articles.filter.importedSince': (p: { value: string }) =>
    `--imported-since needs a date or date-time in ISO 8601 (got "${p.value}")`,
  'articles.filter.ascDesc': '--asc and --desc cannot be used together',
  'articles.query.tooLong': (p: { length: number; max: number }) =>
    `the query is ${p.length} characters long; search for a passage of at most ${p.max}`,
  'articles.query.noField': 'no field to search: use title, body, source, author or url',
  'articles.query.tooManyTerms': (p: { terms: number; max: number }) =>
    `the query has ${p.terms} terms; at most ${p.max} are searched at once`,
  'articles.query.empty': 'empty query: give a word or phrase to search for',
  'articles.query.onlyExcludes': (p: { query: string }) =>
    `${p.query} only excludes: add a term to search for, e.g. 判决 -法院`,
  'articles.query.nothing': (p: { query: string }) =>
    `nothing to search for in ${p.query}: use words, numbers or CJK characters`,
  'articles.query.lonelyMinus': (p: { query: string }) =>
    `"-" must be followed by a word or phrase to exclude in ${p.query}: write -word or -"phrase"`,
  'articles.query.unbalancedQuote': (p: { query: string }) => `unbalanced quote in ${p.query}: close the phrase with "`,
  'articles.query.exclusionInOr': (p: { query: string }) =>
    `an exclusion cannot be an alternative of OR in ${p.query}: put exclusions outside OR, e.g. a OR b -c`,
  'articles.query.loneOr': (p: { query: string }) =>
    `"OR" needs a term on both sides in ${p.query}: write it as a OR b`,
  'articles.date.arcaNow': (p: { value: string }) => `ARCA_NOW is not an ISO-8601 timestamp: "${p.value}"`,
  'articles.date.notCalendar': (p: { value: string }) => `not a calendar date: "${p.value}"`,
} satisfies Messages;

/** `arca log`: the audit trail, and its trusted timestamps. */
export const log = {
  'log.description': 'the audit trail: every change of an article, a request or a setting, oldest first',
  'log.option.request': 'only entries about this takedown request',
  'log.option.article': 'only entries about this article (id or original URL)',
  'log.option.limit': 'only the newest n entries',
  'log.noneMatch': 'no audit log entries match',
  'log.column.seq': 'SEQ',
  'log.column.at': 'AT',
  'log.column.actor': 'ACTOR',
  'log.column.action': 'ACTION',
  'log.column.subject': 'SUBJECT',
  'log.column.details': 'DETAILS',
  'log.column.time': 'TIME',
  'log.column.tsa': 'TSA',
  'log.column.hash': 'HASH',
  'log.column.token': 'TOKEN',
  'log.stamp.description':
    "have the newest audit entry's hash signed by an RFC 3161 timestamp authority, and keep the token",
  'log.stamp.tsa': 'the timestamp authority (default: arca config get tsa)',
  'log.stamp.noTsa': 'no timestamp authority: pass --tsa URL, or keep one with arca config set tsa URL',
  'log.stamp.done': (p: { seq: number; hash: string; tsa: string; time: string }) =>
    `audit entry ${p.seq} (${p.hash}…) stamped by ${p.tsa} at ${p.time}; see arca log stamps`,
  'log.stamps.description': 'list the trusted timestamps of the audit log (token: base64 DER)',
  'log.stamps.none': 'no timestamps yet (arca log stamp --tsa URL makes one)',
} satisfies Messages;

/** `arca evidence` and the timestamp authority's answers. */
export const evidence = {
  'evidence.description':
    'write a WACZ evidence package of an article or a takedown request: raw pages, hashes, audit log',
  'evidence.ref': 'an article id or original URL, or a takedown request R<n>',
  'evidence.option.out': 'the .wacz file to write',
  'evidence.option.force': 'replace an existing file',
  'evidence.wrote': (p: {
    out: string;
    articles: number;
    purged: number;
    attachments: number;
    entries: number;
    digest: string;
  }) =>
    `wrote ${p.out}: ${p.articles} ${p.articles === 1 ? 'article' : 'articles'}` +
    `${p.purged ? ` (${p.purged} purged: metadata and hashes only)` : ''}, ` +
    `${p.attachments} ${p.attachments === 1 ? 'attachment' : 'attachments'}, ` +
    `${p.entries} log ${p.entries === 1 ? 'entry' : 'entries'}; package digest ${p.digest}`,
  'evidence.tsaUnreachable': (p: { url: string; why: string }) =>
    `cannot reach the timestamp authority ${p.url}: ${p.why}`,
  'evidence.tsaHttp': (p: { url: string; status: string }) =>
    `the timestamp authority ${p.url} answered HTTP ${p.status}`,
  'evidence.emptyLog': 'the audit log is empty: there is nothing to stamp yet',
} satisfies Messages;

/** `arca db …`: looking after the archive file, and what opening it can say. */
export const db = {
  'db.description': 'look after the archive file: info, check, reindex, reextract, backup',
  'db.backup.description': 'copy the archive to FILE while it stays in use (SQLite online backup)',
  'db.backup.file': 'the backup file to write',
  'db.backup.force': 'replace FILE if it exists',
  'db.backup.done': (p: { from: string; to: string; size: string }) => `backed up ${p.from} to ${p.to} (${p.size})`,
  'db.check.description':
    "verify the file (SQLite integrity, references) and the audit log's hash chain; exit 1 on any problem",
  'db.check.expect': 'the log head you kept from an earlier check: fail unless the log still holds that entry',
  'db.check.badExpect': (p: { value: string }) =>
    `--expect needs the hash of an audit log entry (at least 12 hex digits, as db check prints it); got "${p.value}"`,
  'db.check.ok': 'archive OK',
  'db.check.more': (p: { first: string; more: number }) =>
    `${p.first} (and ${p.more} more ${p.more === 1 ? 'problem' : 'problems'} above)`,
  'db.info.description': "the archive's path, schema version, counts, size, time zone and default window",
  'db.reextract.description':
    'read the archived raw bytes again with the current extractor and update the fields that change',
  'db.reextract.dryRun': 'report what would change, write nothing',
  'db.reextract.column.changed': 'CHANGED',
  'db.reextract.kept': (p: { id: number; error: string }) => `article ${p.id}: ${p.error} (kept as it was)`,
  'db.reextract.wouldChange': (p: { changed: number; checked: number }) =>
    `would change ${p.changed} of ${p.checked} ${p.checked === 1 ? 'article' : 'articles'} ` +
    '(dry run: nothing was written)',
  'db.reextract.done': (p: { checked: number; changed: number; unchanged: number }) =>
    `re-extracted ${p.checked} ${p.checked === 1 ? 'article' : 'articles'}: ` +
    `${p.changed} changed, ${p.unchanged} unchanged`,
  'db.reextract.failed': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'article' : 'articles'} could not be re-extracted (named above)`,
  'db.reindex.description':
    'rebuild the search index from the articles (after a crash, or if db check finds it out of step)',
  'db.reindex.progress': 'indexing',
  'db.reindex.done': (p: { count: number }) => `indexed ${p.count} ${p.count === 1 ? 'article' : 'articles'}`,
  'db.backup.itself': (p: { target: string }) => `${p.target} is the archive itself; name another file`,
  'db.backup.folder': (p: { target: string }) => `${p.target} is a folder; name the backup file`,
  'db.backup.exists': (p: { target: string }) => `${p.target} already exists (pass --force to replace it)`,
  'db.backup.noFolder': (p: { target: string; folder: string }) =>
    `cannot write ${p.target}: the folder ${p.folder} does not exist`,
  'db.file.directory': (p: { file: string }) => `${p.file} is a directory, not an arca archive`,
  'db.file.empty': (p: { file: string }) =>
    `${p.file} is an empty file, not an arca archive (remove it to start a new archive there)`,
  'db.file.notSqlite': (p: { file: string }) => `${p.file} is not an arca archive (not an SQLite database)`,
  'db.file.missing': (p: { file: string }) => `no archive at ${p.file} (import something first, or pass --db)`,
  'db.file.cannotOpen': (p: { file: string; reason: string }) => `cannot open archive ${p.file}: ${p.reason}`,
  'db.file.foreign': (p: { file: string }) => `${p.file} is an SQLite database but not an arca archive`,
  'db.file.newerSchema': (p: { current: number; known: number }) =>
    `this archive has schema version ${p.current}, newer than this arca understands (${p.known}): upgrade arca`,
  'db.sqlite.busy': 'the archive is busy (another arca process is writing); try again in a moment',
  'db.sqlite.full': 'the disk is full',
  'db.sqlite.fullFile': (p: { file: string }) =>
    `the disk holding ${p.file} is full: free some space and run the command again`,
  'db.sqlite.readonly': 'the archive is read-only; check the permissions of the file and its folder',
  'db.sqlite.readonlyFile': (p: { file: string }) => `cannot write to archive ${p.file} (read-only file or folder)`,
  'db.sqlite.corrupt': 'the archive file is damaged; run `arca db check` and restore a backup',
  'db.sqlite.corruptFile': (p: { file: string; code: string }) => `${p.file} is damaged (${p.code}): restore a backup`,
  'db.sqlite.notadb': 'the file is not an arca archive (not a SQLite database); check --db or ARCA_DB',
  'db.sqlite.notadbFile': (p: { file: string; code: string }) =>
    `${p.file} is damaged or not an arca archive (${p.code})`,
  'db.sqlite.cantopen': 'cannot open the archive file; check --db or ARCA_DB and that its folder exists',
  'db.sqlite.cantopenFile': (p: { file: string; name: string }) =>
    `cannot open archive ${p.file}: check that you may read it and write to its folder ` +
    `(SQLite keeps ${p.name}-wal and -shm beside it)`,
  'db.sqlite.ioerr': 'the archive file could not be read or written (I/O error)',
  'db.sqlite.ioerrFile': (p: { file: string; code: string }) =>
    `cannot read or write archive ${p.file} (I/O error ${p.code})`,
  'db.sqlite.other': (p: { code: string }) => `${p.code}; rerun with --verbose for details`,
  'db.file.needsUpgrade': (p: { current: number; known: number }) =>
    `this archive has schema version ${p.current} and needs upgrading to ${p.known}: ` +
    'run a command that writes to it (e.g. arca list) first',
} satisfies Messages;

/** `arca doctor`: what a cron job sees. */
export const doctor = {
  'doctor.description':
    'check what a cron job sees: archive path and why, time zone, locale, folder, disk space (exit 1 on a problem)',
  'doctor.column.check': 'CHECK',
  'doctor.column.detail': 'DETAIL',
  'doctor.check.archive': 'archive',
  'doctor.check.folder': 'folder',
  'doctor.check.disk': 'disk space',
  'doctor.check.zone': 'time zone',
  'doctor.check.locale': 'locale',
  'doctor.check.node': 'node',
  'doctor.status.ok': 'ok',
  'doctor.status.note': 'note',
  'doctor.status.problem': 'problem',
  'doctor.archive.none': (p: { where: string }) => `${p.where}: no archive there yet (arca import creates it)`,
  'doctor.zone.unknown': (p: { tz: string }) => `TZ=${p.tz} is not a zone this system knows`,
  'doctor.zone.system': (p: { zone: string; tz: string }) => `system ${p.zone} (${p.tz || 'TZ unset'})`,
  'doctor.zone.fromFlag': (p: { zone: string }) => `${p.zone} from --tz or $ARCA_TZ`,
  'doctor.zone.archive': (p: { zone: string }) => `${p.zone}, the archive's`,
  'doctor.zone.used': (p: { used: string; system: string }) => `dates in ${p.used}; ${p.system}`,
  'doctor.language.en': 'English',
  'doctor.language.zh': 'Chinese',
  'doctor.locale.none': (p: { language: string }) =>
    `no LC_ALL, LC_MESSAGES or LANG (cron sets none): messages in ${p.language}`,
  'doctor.locale.arcaLang': (p: { value: string; language: string }) =>
    `ARCA_LANG=${p.value}: messages in ${p.language}`,
  'doctor.locale.notUtf8': ': not UTF-8, other tools may garble Chinese text',
  'doctor.folder.notWritable': 'not writable by this user',
  'doctor.folder.isFile': 'a file, not a folder',
  'doctor.folder.created': (p: { folder: string; existing: string }) =>
    `${p.folder} (created on first import under ${p.existing})`,
  'doctor.folder.writable': (p: { folder: string }) => `${p.folder} is writable`,
  'doctor.disk.free': (p: { free: string }) => `${p.free} free`,
  'doctor.disk.short': (p: { free: string; needed: string }) =>
    `${p.free} free; at least ${p.needed} needed (a backup needs as much as the archive)`,
  'doctor.node': (p: { version: string; path: string }) => `${p.version} at ${p.path}`,
  'doctor.problems': (p: { count: number }) =>
    `doctor found ${p.count} ${p.count === 1 ? 'problem' : 'problems'} (named above)`,
} satisfies Messages;

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

/**
 * `arca import`. An item's own error and warnings are data (its --json record, made in worker threads)
 * and stay English there; on stderr the common warnings are said in the interface language.
 */
export const importArea = {
  'import.description': 'import saved pages (text, HTML), JSON/NDJSON records or URLs into the archive',
  'import.inputs': 'files, folders (recursive), http(s) URLs, or - for standard input',
  'import.option.format': 'read every input as this format (default: by extension and content)',
  'import.option.encoding':
    'decode with this encoding ' +
    '(default: detected from BOM, valid UTF-8, meta charset, HTTP header, else GB18030 or Big5)',
  'import.option.onDuplicate': 'what to do with a page already archived',
  'import.option.dryRun': 'parse and report, write nothing',
  'import.option.strict': 'stop at the first failure and roll back the whole run',
  'import.option.maxSize': 'largest page, record or download to accept (e.g. 10MB)',
  'import.option.timeout': 'give up on a URL after this many seconds',
  'import.progress.checking': 'checking',
  'import.progress.importing': 'importing',
  'import.warning.no-date': 'no publication date found',
  'import.warning.date-from-url': "date taken from the page's address",
  'import.warning.title-fallback': "title taken from the page's <title> or metadata: no headline found",
  'import.warning.short-body': (p: { count: number }) => `short body (${p.count} characters)`,
  'import.warning.replacement-characters': (p: { count: number }) =>
    `${p.count} replacement ${p.count === 1 ? 'character' : 'characters'} (U+FFFD) in the page's text`,
  'import.pages.no-date': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported without a date (--json lists them)`,
  'import.pages.date-from-url': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} dated from their address only ` +
    '(no date on the page) (--json lists them)',
  'import.pages.title-fallback': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} titled from <title> or metadata ` +
    '(no headline found) (--json lists them)',
  'import.pages.short-body': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported with a short body (--json lists them)`,
  'import.pages.replacement-characters': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported with replacement characters (U+FFFD) (--json lists them)`,
  'import.duplicateOf': (p: { where: string; id: number }) => `${p.where}: duplicate of article ${p.id}, skipped`,
  'import.skippedFiles': (p: { count: number }) =>
    p.count === 1 ? 'skipped 1 file that is not a page' : `skipped ${p.count} files that are not pages`,
  'import.duplicatesSkipped': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'duplicate' : 'duplicates'} skipped (--verbose lists them)`,
  'import.summary': (p: {
    dryRun: boolean;
    imported: number;
    updated: number;
    duplicates: number;
    failed: number;
    links: number;
  }) =>
    `${p.dryRun ? 'would import' : 'imported'} ${p.imported}, updated ${p.updated}, ` +
    `duplicates ${p.duplicates}, failed ${p.failed}` +
    (p.dryRun ? ' (dry run: nothing was written)' : '') +
    (p.links > 0
      ? `; skipped ${p.links} ${p.links === 1 ? 'symbolic link' : 'symbolic links'} in folders (not followed)`
      : ''),
  'import.failed': (p: { failed: number; total: number }) => `${p.failed} of ${p.total} items failed (named above)`,
  'import.interruptedNothing': 'interrupted: nothing was written (a dry or --strict run keeps nothing)',
  'import.interrupted': (p: { imported: number; duplicates: number; updated: number; failed: number }) =>
    `interrupted: ${p.imported} imported, ${p.duplicates} ${p.duplicates === 1 ? 'duplicate' : 'duplicates'}` +
    `${p.updated ? `, ${p.updated} updated` : ''}${p.failed ? `, ${p.failed} failed` : ''}` +
    '; run the same command again to continue',
  'import.newArchive': (p: { file: string; zone: string; example: string }) =>
    `new archive ${p.file} counts due dates in time zone ${p.zone} (this machine's zone); ` +
    `to change it: arca config set timezone ${p.example}`,
  'import.nothing': 'nothing to import: name files, folders, URLs, or - for standard input',
  'import.badTimeout': (p: { value: string }) => `--timeout needs a number of seconds (got "${p.value}")`,
  'import.stdinTwice': 'standard input (-) can be named only once',
  'import.unknownEncoding': (p: { value: string }) =>
    `--encoding: unknown encoding "${p.value}" (try utf-8, gb18030, big5 or utf-16le)`,
  'import.onlyHttp': (p: { input: string }) => `${p.input}: only http and https URLs can be imported`,
  'import.noSuchFile': (p: { input: string }) => `${p.input}: no such file or folder`,
} satisfies Messages;

/** `arca takedown report`'s own words (the report's text is the takedown area's). */
export const report = {
  'report.description':
    'a transparency report of the requests received: outcomes, articles and sites, days to decide, claimants',
  'report.option.since': 'requests received on or after YYYY-MM-DD',
  'report.option.until': 'requests received on or before YYYY-MM-DD',
  'report.option.format': 'the report as Markdown (default), JSON (also --json) or CSV figures',
  'report.option.includeContacts': "add the claimants' contacts (personal data: left out unless asked for)",
  'report.option.notices': 'add one Lumen-shaped record per request (json, md)',
  'report.noticesNotCsv': '--notices adds records, not figures: use --format json or md with it',
} satisfies Messages;

/** Complaints in: URL matching, the e-mail intake, corrections of a request, attachments out. */
export const intake = {
  'intake.ref.neither': (p: { ref: string }) => `"${p.ref}" is neither an article id nor a URL`,
  'intake.ref.noUrl': (p: { ref: string }) => `no article with the URL ${p.ref} (as its own address or its source's)`,

  'intake.finder.prompt': 'Find the article: its id, a URL of it, or words of its title',
  'intake.finder.none': (p: { text: string }) => `no article has the id, URL or title words "${p.text}"`,

  'intake.config.siteUrl':
    "your own site's address (e.g. https://www.example.org/): a page's canonical link there is its site_url, " +
    "one elsewhere is its source's",
  'intake.import.baseUrl':
    "the address of a mirror folder on your site: each page's site_url is it plus the file's path (index.html: the folder)",

  'intake.open.fromEmail': 'read the complaint from an e-mail (.eml file, or - for standard input)',
  'intake.open.dryRun': 'with --from-email: show what the mail says and which articles it names; record nothing',
  'intake.mail.cannotRead': (p: { file: string; reason: string }) => `cannot read the e-mail ${p.file}: ${p.reason}`,
  'intake.mail.notAMail': (p: { file: string; reason: string }) =>
    `${p.file} is not an e-mail arca can read: ${p.reason}`,
  'intake.mail.onlyWithMail': '--dry-run needs --from-email (it shows what a mail would record)',
  'intake.mail.noUrls': (p: { file: string }) =>
    `${p.file} names no web address: pass the article ids or URLs (arca takedown open REF --from-email …)`,
  'intake.mail.noMatch': (p: { urls: string }) =>
    `the mail names no archived article; these URLs matched nothing: ${p.urls} ` +
    '(import the pages first, or pass the article ids); nothing was recorded',
  'intake.mail.unmatched': (p: { urls: string }) => `these URLs in the mail match no article: ${p.urls}`,
  'intake.mail.url': (p: { url: string; article: string }) => `${p.url} → ${p.article}`,
  'intake.mail.noArticle': 'no article',
  'intake.mail.confirm': 'Record this request?',
  'intake.mail.declined': 'not recorded',
  'intake.mail.dryRun': (p: { articles: number }) =>
    `dry run: the mail names ${p.articles === 1 ? '1 article' : `${p.articles} articles`}; nothing was recorded`,

  'intake.edit.description': 'correct an open request: dates, claimant, details, articles, attachments',
  'intake.edit.argument': 'the request id, e.g. R3',
  'intake.edit.received': 'when the notice really arrived: YYYY-MM-DD or a date-time (the due date follows)',
  'intake.edit.claimant': 'who holds the rights',
  'intake.edit.contact': 'how to reach the claimant ("" clears it)',
  'intake.edit.work': 'the work the claimant owns ("" clears it)',
  'intake.edit.reason': 'the reason the claimant gives ("" clears it)',
  'intake.edit.channel': 'how the notice arrived',
  'intake.edit.days': "days to decide in, instead of the articles' disclaimer window",
  'intake.edit.addArticle': 'an article the request also names (id or URL); repeat for more',
  'intake.edit.removeArticle': 'an article named by mistake (id or URL); repeat for more',
  'intake.edit.attach': 'a file that came later (evidence, authorisation); repeat for more',
  'intake.edit.nothing':
    'nothing to change: pass --received, --claimant, --contact, --work, --reason, --channel, --days, ' +
    '--add-article, --remove-article or --attach',
  'intake.edit.noRequest': (p: { id: string }) => `no takedown request ${p.id} (see arca takedown list --status all)`,
  'intake.edit.notOpen': (p: { id: string; status: string }) =>
    `request ${p.id} is ${p.status}; only an open request can be corrected (its decision is on record)`,
  'intake.edit.notNamed': (p: { id: string; article: number }) => `request ${p.id} does not name article ${p.article}`,
  'intake.edit.noArticleLeft': 'a takedown request must name at least one article: add the right one in the same edit',
  'intake.edit.noClaimant': 'a takedown request needs a claimant: who holds the rights',
  'intake.edit.unchanged': (p: { id: string }) => `request ${p.id} already says so: nothing changed`,
  'intake.edit.change': (p: { field: string; from: string; to: string }) => `${p.field}: ${p.from} → ${p.to}`,
  'intake.edit.attached': (p: { name: string; sha256: string }) => `attached ${p.name} (sha256 ${p.sha256})`,
  'intake.edit.done': (p: { id: string; due: string }) =>
    `corrected request ${p.id}, due ${p.due}; arca log shows the old and new values`,

  'intake.attachment.description': 'write an attachment of a request back to a file, its sha256 checked',
  'intake.attachment.argument': 'the request id, e.g. R3',
  'intake.attachment.name': 'the attachment’s name (needed when the request has several)',
  'intake.attachment.out': 'the file to write (- for standard output)',
  'intake.attachment.force': 'replace the file if it exists',
  'intake.attachment.none': (p: { id: string }) => `request ${p.id} has no attachments`,
  'intake.attachment.which': (p: { id: string; names: string }) =>
    `request ${p.id} has several attachments: name one of ${p.names}`,
  'intake.attachment.unknown': (p: { id: string; name: string; names: string }) =>
    `request ${p.id} has no attachment "${p.name}" (it has ${p.names})`,
  'intake.attachment.redacted': (p: { name: string }) =>
    `the bytes of ${p.name} were erased (takedown redact): only its name, size and sha256 remain`,
  'intake.attachment.corrupt': (p: { name: string; sha256: string }) =>
    `the bytes of ${p.name} no longer match the sha256 recorded when it arrived (${p.sha256}): not written; run arca db check`,
  'intake.attachment.exists': (p: { file: string }) => `${p.file} exists: pass --force to replace it`,
  'intake.attachment.written': (p: { name: string; file: string; size: number; sha256: string }) =>
    `wrote ${p.name} to ${p.file} (${p.size} bytes, sha256 ${p.sha256}, as received)`,
} satisfies Messages;

/** --template: its option text and what it says about a template it cannot read or apply. */
export const template = {
  'template.option':
    'format the JSON output with a Go-style template: {{range .}}{{.id}} {{.title}}{{"\\n"}}{{end}} (implies --json)',
  'template.error': (p: { message: string }) => `--template: ${p.message}`,
  'template.emptyPipeline': (p: { action: string }) => `empty pipeline in {{${p.action}}}`,
  'template.emptyAction': (p: { action: string }) => `empty action {{${p.action}}}`,
  'template.unknownFunction': (p: { name: string; known: string }) =>
    `unknown function "${p.name}" (known: ${p.known})`,
  'template.unreadable': (p: { action: string }) => `cannot read {{${p.action}}}`,
  'template.unreadableToken': (p: { token: string; action: string }) => `cannot read "${p.token}" in {{${p.action}}}`,
  'template.strayEnd': '{{end}} without {{range}}, {{if}} or {{with}}',
  'template.strayElse': '{{else}} outside {{range}}, {{if}} or {{with}}',
  'template.elseIf': (p: { action: string }) => `{{${p.action}}}: only a plain {{else}} (nest an {{if}} inside it)`,
  'template.unclosedAction': 'an action is not closed with }}',
  'template.unclosedBlock': (p: { block: string }) => `{{${p.block}}} is not closed with {{end}}`,
  'template.rangeValue': (p: { value: string }) => `range needs a list or an object, not ${p.value}`,
  'template.manyArguments': 'only a function takes several arguments',
  'template.listHasNoFields': (p: { key: string }) => `.${p.key}: a list has no fields`,
  'template.valueHasNoFields': (p: { key: string; value: string }) => `.${p.key}: ${p.value} has no fields`,
  'template.unknownField': (p: { key: string; fields: string }) => `no field "${p.key}" here; fields: ${p.fields}`,
  'template.argumentCount': (p: { name: string; count: number; got: number }) =>
    `${p.name} takes ${p.count} argument${p.count === 1 ? '' : 's'}, got ${p.got}`,
  'template.truncateWidth': 'truncate needs a width of at least 1',
  'template.lenValue': (p: { value: string }) => `len needs text, a list or an object, not ${p.value}`,
  'template.tablerowEmpty': 'tablerow needs at least one cell',
  'template.listValue': (p: { name: string; value: string }) => `${p.name} needs a list, not ${p.value}`,
} satisfies Messages;

/** The takedown verbs: their help, questions, summaries, warnings and refusals. */
export const takedown = {
  'takedown.description': 'record takedown requests, decide them in time, and prove what was done',
  'takedown.requestArgument': 'the request id, e.g. R3',
  /** Between the items of a list of ids, and between the clauses of a sentence. */
  'takedown.listJoin': ', ',
  'takedown.clauseJoin': '; ',
  'takedown.or': (p: { first: string; last: string }) => `${p.first} or ${p.last}`,
  'takedown.articles': (p: { count: number; ids: string }) => `${p.count === 1 ? 'article' : 'articles'} ${p.ids}`,
  'takedown.column.due': 'DUE',
  'takedown.column.received': 'RECEIVED',
  'takedown.column.claimant': 'CLAIMANT',
  'takedown.column.work': 'WORK',
  'takedown.column.articles': 'ARTICLES',
  'takedown.column.kind': 'KIND',
  'takedown.countdown.today': (p: { date: string }) => `${p.date} (today)`,
  'takedown.countdown.ahead': (p: { date: string; days: number }) =>
    `${p.date} (in ${p.days} ${p.days === 1 ? 'day' : 'days'})`,
  'takedown.countdown.overdue': (p: { date: string; days: number }) =>
    `${p.date} (overdue by ${p.days} ${p.days === 1 ? 'day' : 'days'})`,
  'takedown.cannotReadAttachment': (p: { file: string; reason: string }) =>
    `cannot read attachment ${p.file}: ${p.reason}`,
  'takedown.cannotWrite': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'takedown.within': (p: { text: string }) => `--within needs a number of days such as 7d or 2w (got "${p.text}")`,
  'takedown.enterValue': 'please enter a value',
  'takedown.attachmentLine': (p: { name: string; size: number; sha256: string }) =>
    `${p.name} ${p.size} bytes sha256:${p.sha256}`,
  'takedown.noticeLacks': (p: { missing: string }) => `the notice lacks: ${p.missing}`,

  'takedown.open.description': 'record a takedown request against one or more articles',
  'takedown.open.refs': 'article ids or URLs the request names (asked on a terminal when left out)',
  'takedown.open.claimant': 'who holds the rights and asks for removal',
  'takedown.open.contact': 'how to reach the claimant (email, phone, address)',
  'takedown.open.received': 'when the notice arrived: YYYY-MM-DD or a date-time (default: now)',
  'takedown.open.work': 'the work the claimant owns (title, URL)',
  'takedown.open.reason': 'the reason the claimant gives',
  'takedown.open.attach': 'a file to keep with the request (the notice, evidence, authorisation); repeat for more',
  'takedown.open.missingRef': 'REF (an article id or URL)',
  'takedown.open.whichArticle': 'Which article?',
  'takedown.open.anotherArticle': 'Does the request name another article?',
  'takedown.open.askClaimant': 'Claimant: who holds the rights',
  'takedown.open.claimantNeeded': 'a request needs a claimant',
  'takedown.open.askContact': 'Contact (email, phone or address; Enter to skip)',
  'takedown.open.askWork': 'Work claimed (title, its URL; Enter to skip)',
  'takedown.open.askReason': 'Reason given (Enter to skip)',
  'takedown.open.askChannel': 'How did the notice arrive?',
  'takedown.open.late': (p: { id: string }) =>
    `request ${p.id} is late: it arrived after the disclaimer window of an article it names had closed`,
  'takedown.open.opened': (p: { id: string; articles: string; due: string }) =>
    `opened request ${p.id} on ${p.articles}, due ${p.due}; ` +
    `next: arca takedown remove ${p.id}, or reject ${p.id} --reason …`,
  'takedown.open.sameClaimant': (p: { id: string; claimant: string; count: number; others: string; article: number }) =>
    `${p.id}: ${p.claimant} already has open ${p.count === 1 ? 'request' : 'requests'} ` +
    `${p.others} for article ${p.article}`,
  'takedown.open.alreadyPurged': (p: { id: string; article: number; by: string | null; on: string | null }) =>
    `${p.id}: article ${p.article} was already purged${p.by === null ? '' : ` by request ${p.by}`}` +
    `${p.on === null ? '' : ` on ${p.on}`}: its text is gone, only its title, URLs and hashes remain`,

  'takedown.list.description': 'list takedown requests, earliest due date first',
  'takedown.list.status': 'requests in this state',
  'takedown.list.within': 'for due-soon: due within this many days (7d, 2w)',
  'takedown.list.none': (p: { status: string }) => `no ${p.status === 'all' ? '' : `${p.status} `}takedown requests`,

  'takedown.show.description': 'show a request: every field, the articles it names, its attachments and decision',
  'takedown.show.step': (p: { at: string; status: string; actor: string; note: string }) =>
    `${p.at} ${p.status} by ${p.actor}${p.note === '' ? '' : `: ${p.note}`}`,
  'takedown.show.lacks': (p: { id: string; missing: string }) => `request ${p.id}: the notice lacks ${p.missing}`,

  'takedown.check.within': 'due-soon horizon (7d, 2w)',
  'takedown.check.soon': (p: { count: number; days: number }) =>
    `${p.count} ${p.count === 1 ? 'request' : 'requests'} due within ${p.days} ${p.days === 1 ? 'day' : 'days'}`,
  'takedown.check.overdue': (p: { count: number; soon: string; restores: string }) =>
    `${p.count} ${p.count === 1 ? 'request' : 'requests'} overdue, ${p.soon} ` +
    `(see arca takedown list --status overdue)${p.restores}`,
  'takedown.check.nothingOverdue': (p: { soon: string; restores: string }) => `nothing overdue; ${p.soon}${p.restores}`,

  'takedown.decide.done': (p: { id: string; status: string; effect: string }) =>
    `request ${p.id} ${p.status}${p.effect === '' ? '' : `; ${p.effect}`}`,
  'takedown.decide.takenDown': (p: { articles: string }) => `${p.articles} taken down`,
  'takedown.decide.purged': (p: { articles: string }) => `${p.articles} taken down and purged`,
  'takedown.decide.restored': (p: { articles: string }) => `${p.articles} back in the archive`,
  'takedown.decide.staysDown': (p: { article: number; why: string }) => `article ${p.article} stays down: ${p.why}`,
  'takedown.decide.keptPurged': 'it was purged: its text is gone for good',
  'takedown.decide.keptByRequest': (p: { id: string }) => `request ${p.id} still keeps it removed`,
  'takedown.decide.rawShared': (p: { article: number; with: number }) =>
    `article ${p.article} came from the same file as article ${p.with}: its raw bytes were purged too (its text stays)`,
  'takedown.decide.walPurge':
    'another arca process holds the archive open: the purged text may remain in its write-ahead log until that process ends',
  'takedown.decide.onlyRemovalPurges': 'only a removal can purge articles',
  'takedown.decide.needsReason': (p: { id: string; status: string }) =>
    `to mark request ${p.id} ${p.status}, give the reason`,

  'takedown.reject.description': 'decide not to remove the articles (a reason is required)',
  'takedown.reject.reason': 'why the request is rejected',
  'takedown.reject.ask': (p: { id: string }) => `Why is request ${p.id} rejected?`,
  'takedown.withdraw.description': 'record that the claimant withdrew the request',
  'takedown.restore.ask': (p: { id: string }) => `Why is request ${p.id} restored (the counter-notice)?`,

  'takedown.remove.description':
    'decide to take the articles down: hidden from list, search and export; the record stays',
  'takedown.remove.note': 'a note for the decision record',
  'takedown.remove.purge': "also delete the articles' body and raw bytes for good (title, URLs and hashes stay)",
  'takedown.remove.yes': 'confirm --purge without being asked',
  'takedown.remove.needsYes':
    '--purge deletes article text for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
  'takedown.remove.doomed': (p: { count: number; id: string }) =>
    `--purge deletes for good the text of ${p.count} ${p.count === 1 ? 'article' : 'articles'} named by request ${p.id}:`,
  'takedown.remove.doomedArticle': (p: { id: number; title: string }) => `  article ${p.id}  ${p.title}`,
  'takedown.remove.typeId': (p: { id: string }) => `Type ${p.id} to purge, anything else to stop`,
  'takedown.remove.mistyped': (p: { typed: string; id: string }) =>
    `you typed "${p.typed}", not ${p.id}: nothing was removed`,

  'takedown.redact.description':
    "erase the claimant's personal data: contact details and attachments' bytes (hashes stay)",
  'takedown.redact.yes': 'confirm without being asked',
  'takedown.redact.needsYes':
    'redact erases contact details and attachments for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
  'takedown.redact.typeId': (p: { id: string }) => `Type ${p.id} to erase its contact details and attachments`,
  'takedown.redact.mistyped': (p: { typed: string; id: string }) =>
    `you typed "${p.typed}", not ${p.id}: nothing was erased`,
  'takedown.redact.done': (p: { id: string; contact: boolean; attachments: number }) =>
    `request ${p.id}: ${p.contact ? 'contact details erased' : 'no contact details to erase'}; ` +
    `${p.attachments} ${p.attachments === 1 ? 'attachment' : 'attachments'} erased ` +
    '(names, sizes and sha256 kept; the decision record stays)',
  'takedown.redact.wal':
    'another arca process holds the archive open: the erased bytes may remain in its write-ahead log until it ends',

  'takedown.ref.aRequest': 'a request',
  'takedown.ref.aRequestForFlag': (p: { flag: string }) => `a request for ${p.flag}`,
  'takedown.ref.invalid': (p: { text: string; what: string }) =>
    `"${p.text}" is not ${p.what} (request ids look like R12)`,
  'takedown.ref.bare': (p: { n: number; meant: string }) => `${p.n} is not a request; ${p.meant}`,
  'takedown.ref.openNaming': (p: { n: number; count: number; ids: string }) =>
    `article ${p.n} has open ${p.count === 1 ? 'request' : 'requests'} ${p.ids}`,
  'takedown.ref.naming': (p: { n: number; count: number; ids: string }) =>
    `article ${p.n} has ${p.count === 1 ? 'request' : 'requests'} ${p.ids}`,
  'takedown.ref.didYouMean': (p: { id: string }) => `did you mean ${p.id}?`,
  'takedown.ref.noSuch': (p: { n: number }) => `request ids look like R${p.n}, and there is no request R${p.n}`,
  'takedown.receivedInFuture': (p: { time: string }) => `the received time ${p.time} is in the future`,
  'takedown.transition': (p: { id: string; current: string; from: string; to: string; next: string }) =>
    `request ${p.id} is ${p.current}; only ${p.from} requests can be ${p.to} ` +
    `(${p.current === 'open' ? 'an' : 'a'} ${p.current} request ${p.next === '' ? 'is final' : `can be ${p.next}`})`,
  'takedown.notADate': (p: { what: string; date: string }) =>
    `${p.what} is not a calendar date (YYYY-MM-DD): "${p.date}"`,
  'takedown.notADayCount': (p: { what: string; days: number }) =>
    `${p.what} must be a whole number of days, 0 or more: ${p.days}`,
  'takedown.tooManyDays': (p: { what: string; days: number; max: number }) =>
    `${p.what} is too long: ${p.days} days (at most ${p.max})`,
  'takedown.notAnInstant': (p: { instant: string }) => `not an ISO-8601 date-time: "${p.instant}"`,
  'takedown.what.receivedDate': 'the received date',
  'takedown.what.defaultWindow': 'the default window',
  'takedown.what.override': (p: { flag: string }) => `the ${p.flag} override`,
  'takedown.what.articleWindow': 'an article window',
  'takedown.what.dueDate': 'the due date',
  'takedown.what.today': 'today',
  'takedown.what.reminder': 'the reminder',
  'takedown.what.within': 'the --within period',
  'takedown.report.title': '# Transparency report: copyright takedown requests',
  'takedown.report.span': (p: { since: string; until: string; asOf: string }) =>
    `Requests received from ${p.since} to ${p.until}, as they stood on ${p.asOf}.`,
  'takedown.report.firstRequest': 'the first request',
  'takedown.report.received': (p: { count: number }) => `**Requests received: ${p.count}**`,
  'takedown.report.outcomes': '## Outcomes',
  'takedown.report.outcome.removed': 'Removed',
  'takedown.report.outcome.rejected': 'Rejected',
  'takedown.report.outcome.withdrawn': 'Withdrawn',
  'takedown.report.outcome.restored': 'Restored after removal',
  'takedown.report.outcome.countered': 'Counter-notice received, restore pending',
  'takedown.report.outcome.open': 'Still open',
  'takedown.report.outcome.overdue': 'of which overdue',
  'takedown.report.articlesAndSites': '## Articles and sites',
  'takedown.report.articles': (p: { named: number; takenDown: number; purged: number }) =>
    `Articles named: ${p.named}; taken down: ${p.takenDown}; deleted for good: ${p.purged}.`,
  'takedown.report.channels': '## Channels',
  'takedown.report.timeToDecision': '## Time to decision',
  'takedown.report.days': (p: { days: number }) => `${p.days} ${p.days === 1 ? 'day' : 'days'}`,
  'takedown.report.decision': (p: {
    decided: number;
    median: string;
    longest: string;
    late: number;
    lateIds: string;
  }) =>
    `Decided: ${p.decided}; median ${p.median}; longest ${p.longest}, ` +
    `from receipt to the first decision. Decided after the due date: ${p.late}${p.lateIds ? ` (${p.lateIds})` : ''}.`,
  'takedown.report.topClaimants': '## Top claimants',
  'takedown.report.notices': '## Notices',
  'takedown.report.column.outcome': 'Outcome',
  'takedown.report.column.requests': 'Requests',
  'takedown.report.column.site': 'Site',
  'takedown.report.column.articles': 'Articles',
  'takedown.report.column.channel': 'Channel',
  'takedown.report.column.claimant': 'Claimant',
  'takedown.report.column.contacts': 'Contacts',
  'takedown.report.column.request': 'Request',
  'takedown.report.column.received': 'Received',
  'takedown.report.column.work': 'Work',
  'takedown.report.column.urls': 'URLs',
  'takedown.report.column.action': 'Action taken',
  'takedown.noArticles': 'a takedown request must name at least one article',
} satisfies Messages;
