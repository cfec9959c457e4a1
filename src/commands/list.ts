import type { Command } from 'commander';
import { iterateArticles } from '../db/articles.js';
import { articleSummary } from '../output/article-summary.js';
import { info } from '../output/io.js';
import { outputMode, renderRows, type Column } from '../output/render.js';
import type { RawFilterOptions } from '../query/filters.js';
import type { Article } from '../types.js';
import type { Context } from './context.js';
import { addFilterOptions, filtersFrom, withExamples } from './options.js';

/** The columns of a list of articles, shared by list and search. */
export const ARTICLE_COLUMNS: Column<Article>[] = [
  { header: 'ID', value: (a) => a.id, align: 'right', style: 'id' },
  { header: 'PUBLISHED', value: (a) => a.published?.slice(0, 10) ?? null, style: 'date' },
  { header: 'SOURCE', value: (a) => a.source, flex: true, style: 'dim' },
  { header: 'TITLE', value: (a) => a.title, flex: true },
  { header: 'WINDOW ENDS', value: (a) => a.window_ends, style: 'date' },
  { header: 'STATUS', value: (a) => a.status, style: 'status' },
];

export function registerList(program: Command, context: () => Context): void {
  const command = program.command('list')
    .description('list archived articles, newest first');
  addFilterOptions(command, { paging: true, sorting: true });
  withExamples(command, [
    'arca list --limit 20',
    'arca list --source 人民法院 --since 2024-01-01',
    'arca list --window open --sort views',
    'arca list --status removed --json',
    "arca list | cut -f1,4",
  ]).action(async (flags: RawFilterOptions) => {
    const ctx = context();
    const session = await ctx.open();
    try {
      const filters = filtersFrom(flags, session.tz);
      let count = 0;
      const rows = (function* () {
        for (const a of iterateArticles(session.db, filters, session.view, false)) { count++; yield a; }
      })();
      await renderRows(ctx.io, outputMode(ctx.io, ctx.options), rows, ARTICLE_COLUMNS, articleSummary);
      if (count === 0) info(ctx.io, 'no articles match');
    } finally {
      session.db.close();
    }
  });
}
