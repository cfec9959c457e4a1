import type { Messages } from '../messages.js';

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
