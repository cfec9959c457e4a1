import type { Command } from 'commander';
import { iterateArticles } from '../db/articles.js';
import { info } from '../output/io.js';
import { renderRows, type Column } from '../output/render.js';
import { parseArticleFilters, type RawFilterOptions } from '../query/filters.js';
import type { Article } from '../types.js';
import { ARTICLE_ID_COLUMNS, articleSummary } from './shared/articles.js';
import type { Deps, EnvSource } from './shared/env.js';
import { archiveAction, verb } from './shared/verb.js';
import { addFilterOptions } from './shared/options.js';
import { t } from '../i18n/index.js';

const LIST_COLUMNS: Column<Article>[] = [
  ...ARTICLE_ID_COLUMNS,
  { header: () => t('articles.column.windowEnds'), value: (a) => a.window_ends, style: 'date' },
  { header: () => t('shared.column.status'), value: (a) => a.status, style: 'status' },
];

/** The articles the filters select, streamed to stdout; resolves to how many there were. */
export async function runList(deps: Deps, flags: RawFilterOptions): Promise<number> {
  const { scope } = deps;
  const filters = parseArticleFilters(flags, scope.tz);
  let count = 0;
  const rows = (function* () {
    for (const a of iterateArticles(scope.db, filters, scope, false)) {
      count++;
      yield a;
    }
  })();
  await renderRows(deps.io, deps.mode, rows, LIST_COLUMNS, articleSummary);
  if (count === 0) info(deps.io, t('articles.noneMatch'));
  return count;
}

const EXAMPLES = `
  arca list --limit 20
  arca list --source 人民法院 --since 2024-01-01
  arca list --window open --sort views
  arca list --status removed --json
  arca list | cut -f1,4
`;

export function registerList(program: Command, env: EnvSource): void {
  const command = verb(program, 'list', t('articles.list.description'), EXAMPLES);
  addFilterOptions(command, { paging: true, sorting: true }).action(archiveAction(env, runList));
}
