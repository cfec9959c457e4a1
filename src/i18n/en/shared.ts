import type { Messages } from '../messages.js';

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
