import { articleUrlText } from '../search/url.js';
import type { Command } from 'commander';
import { countSearch, searchArticles, type SearchHit } from '../db/search-index.js';
import { UsageError } from '../errors.js';
import { info } from '../output/io.js';
import { renderRows, type Column, type OutputMode } from '../output/render.js';
import { parseArticleFilters, type RawFilterOptions } from '../query/filters.js';
import { compileQuery, SEARCH_FIELDS, type CompiledQuery, type SearchField } from '../search/query.js';
import { hitSnippet, type Snippet } from '../search/snippet.js';
import { ARTICLE_ID_COLUMNS, articleSummary } from './shared/articles.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { addFilterOptions } from './shared/options.js';
import { verb } from './shared/verb.js';
import { t } from '../i18n/index.js';

export interface SearchFlags extends RawFilterOptions {
  field?: string;
  count?: boolean;
  all?: boolean;
  exactScript?: boolean;
}

/** Without --limit or --all, search shows the best 20 hits: ranked results are read from the top. */
const DEFAULT_LIMIT = '20';

/** Hit markers: piped output shows them as brackets; the terminal table turns them into colour. */
const MARK = { tsv: ['[', ']'], table: ['\uE000', '\uE001'] } as const;

function marked(snippet: Snippet, mode: 'tsv' | 'table'): string {
  const [open, close] = MARK[mode];
  let out = '';
  let at = 0;
  for (const [from, to] of snippet.highlights) {
    out += `${snippet.text.slice(at, from)}${open}${snippet.text.slice(from, to)}${close}`;
    at = to;
  }
  return out + snippet.text.slice(at);
}

export interface SearchRow extends SearchHit {
  snippet: Snippet;
}

function columns(mode: OutputMode): Column<SearchRow>[] {
  return [
    ...ARTICLE_ID_COLUMNS.map((column): Column<SearchRow> => ({ ...column, value: (r) => column.value(r.article) })),
    {
      header: () => t('articles.column.snippet'),
      value: (r) => marked(r.snippet, mode === 'table' ? 'table' : 'tsv'),
      fill: true,
      style: 'highlight',
    },
  ];
}

function parseFields(text: string | undefined): SearchField[] | undefined {
  if (text === undefined) return undefined;
  const fields = text.split(',').map((f) => f.trim());
  const unknown = fields.find((f) => !(SEARCH_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined)
    throw new UsageError(t('articles.search.badField', { fields: SEARCH_FIELDS.join(', '), value: unknown }));
  return fields as SearchField[];
}

/** Piped and JSON snippets hold this many characters; a terminal's are cut to the column, around the hit. */
const SNIPPET_CHARACTERS = 80;

/**
 * The best hits of a compiled query with a snippet each, or with --count just their number;
 * resolves to the hits (an empty list for --count). When the page is not every hit, stderr says so.
 */
export async function runSearch(deps: Deps, query: CompiledQuery, flags: SearchFlags): Promise<SearchRow[]> {
  const { scope, io, mode } = deps;
  const filters = parseArticleFilters(
    { ...flags, limit: flags.all ? undefined : (flags.limit ?? DEFAULT_LIMIT) },
    scope.tz,
  );
  if (flags.count) {
    io.stdout.write(`${countSearch(scope.db, query, filters, scope)}\n`);
    return [];
  }
  // A terminal line may be wider than a piped snippet: the table then cuts the longer one around its hit.
  const width = mode === 'table' ? Math.max(SNIPPET_CHARACTERS, io.columns) : SNIPPET_CHARACTERS;
  // The total is for the stderr line alone: --quiet does not pay for counting.
  const page = searchArticles(scope.db, query, filters, scope, { total: !io.quiet });
  const rows: SearchRow[] = page.hits.map((hit) => {
    const { article } = hit;
    const searched = {
      title: article.title,
      body: hit.snippetSource.body,
      source: article.source,
      author: article.author,
      url: articleUrlText(article),
    };
    return { ...hit, snippet: hitSnippet(searched, query.hitsIn, width) };
  });
  await renderRows(io, mode, rows, columns(mode), (r) => ({
    ...articleSummary(r.article),
    score: r.score,
    snippet: r.snippet,
  }));
  if (page.total === 0) info(io, t('articles.noneMatch'));
  else if (page.total !== null && rows.length < page.total)
    info(io, t('articles.search.shown', { shown: rows.length, total: page.total }));
  return rows;
}

const EXAMPLES = `
  arca search 法院
  arca search '人民法院 判决 -撤销'
  arca search '"supreme court" OR 最高法'
  arca search GDP --field title --since 2024-01-01
  arca search 检察 --count
  arca search hljcourt.gov.cn
  arca search 檢察署 --exact-script
  arca search court* --json | jq ".[].snippet.text"
`;

export function registerSearch(program: Command, env: EnvSource): void {
  const command = verb(program, 'search', t('articles.search.description'), EXAMPLES)
    .argument('<query>', t('articles.search.query'))
    .option('--field <fields>', t('articles.search.field', { fields: SEARCH_FIELDS.join(',') }))
    .option('--exact-script', t('articles.search.exactScript'))
    .option('--count', t('articles.search.count'))
    .option('--all', t('articles.search.all', { limit: DEFAULT_LIMIT }));
  addFilterOptions(command, { paging: true, sorting: false }).action(async (query: string, flags: SearchFlags) => {
    // A malformed query is refused before the archive is opened (or created).
    const compiled = compileQuery(query, parseFields(flags.field), { exactScript: flags.exactScript });
    await withArchive(env(), (deps) => runSearch(deps, compiled, flags));
  });
}
