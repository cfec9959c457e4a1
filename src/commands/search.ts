import type { Command } from 'commander';
import { countSearch, searchArticles, type SearchHit } from '../db/search-index.js';
import { articleSummary } from '../output/article-summary.js';
import { UsageError } from '../output/errors.js';
import { info } from '../output/io.js';
import { outputMode, renderRows, type Column, type OutputMode } from '../output/render.js';
import type { RawFilterOptions } from '../query/filters.js';
import { compileQuery, SEARCH_FIELDS, type SearchField } from '../search/query.js';
import { hitSnippet, type Snippet } from '../search/snippet.js';
import type { Context } from './context.js';
import { addFilterOptions, filtersFrom, withExamples } from './options.js';

interface SearchFlags extends RawFilterOptions {
  field?: string;
  count?: boolean;
  all?: boolean;
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

interface Row extends SearchHit { snippet: Snippet }

function columns(mode: OutputMode): Column<Row>[] {
  return [
    { header: 'ID', value: (r) => r.article.id, align: 'right', style: 'id' },
    { header: 'PUBLISHED', value: (r) => r.article.published?.slice(0, 10) ?? null, style: 'date' },
    { header: 'SOURCE', value: (r) => r.article.source, flex: true, style: 'dim' },
    { header: 'TITLE', value: (r) => r.article.title, flex: true },
    { header: 'SNIPPET', value: (r) => marked(r.snippet, mode === 'table' ? 'table' : 'tsv'), flex: true, style: 'highlight' },
  ];
}

function parseFields(text: string | undefined): SearchField[] | undefined {
  if (text === undefined) return undefined;
  const fields = text.split(',').map((f) => f.trim());
  const unknown = fields.find((f) => !(SEARCH_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined) throw new UsageError(`--field must name ${SEARCH_FIELDS.join(', ')} (got "${unknown}")`);
  return fields as SearchField[];
}

export function registerSearch(program: Command, context: () => Context): void {
  const command = program.command('search')
    .description('full-text search over title, body, source and author, best matches first')
    .argument('<query>', 'words; "exact phrase"; a OR b; -exclude; prefix* (quote the whole query for your shell)')
    .option('--field <fields>', `search only these fields: ${SEARCH_FIELDS.join(',')}`)
    .option('--count', 'print only the number of matching articles')
    .option('--all', `every hit (default: the best ${DEFAULT_LIMIT})`);
  addFilterOptions(command, { paging: true, sorting: false });
  withExamples(command, [
    'arca search 法院',
    "arca search '人民法院 判决 -撤销'",
    "arca search '\"supreme court\" OR 最高法'",
    'arca search GDP --field title --since 2024-01-01',
    'arca search 检察 --count',
    'arca search court* --json | jq ".[].snippet.text"',
  ]).action(async (query: string, flags: SearchFlags) => {
    const ctx = context();
    const compiled = compileQuery(query, parseFields(flags.field));
    const session = await ctx.open();
    try {
      const filters = filtersFrom({ ...flags, limit: flags.all ? undefined : flags.limit ?? DEFAULT_LIMIT }, session.tz);
      if (flags.count) {
        ctx.io.stdout.write(`${countSearch(session.db, compiled.match, filters, session.view)}\n`);
        return;
      }
      const rows: Row[] = searchArticles(session.db, compiled.match, filters, session.view)
        .map((hit) => ({ ...hit, snippet: hitSnippet(hit.snippetSource, compiled.highlightTerms) }));
      const mode = outputMode(ctx.io, ctx.options);
      await renderRows(ctx.io, mode, rows, columns(mode), (r) => ({ ...articleSummary(r.article), score: r.score, snippet: r.snippet }));
      if (rows.length === 0) info(ctx.io, 'no articles match');
    } finally {
      session.db.close();
    }
  });
}
