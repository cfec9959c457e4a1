import { getSetting } from '../../db/settings.js';
import type { Command } from 'commander';
import { extractableArticleIds } from '../../db/articles.js';
import { FailureError } from '../../errors.js';
import type { ReextractedArticle, ReextractResult } from '../../import/reextract.js';
import { info, warn } from '../../output/io.js';
import { renderRows, type Column } from '../../output/render.js';
import { parseArticleFilters, type RawFilterOptions } from '../../query/filters.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { addFilterOptions } from '../shared/options.js';
import { t } from '../../i18n/index.js';

interface ReextractFlags extends RawFilterOptions {
  dryRun?: boolean;
}

const COLUMNS: Column<ReextractedArticle>[] = [
  { header: () => t('shared.column.id'), value: (a) => a.id, style: 'id', align: 'right' },
  { header: () => t('db.reextract.column.changed'), value: (a) => Object.keys(a.changed).join(', '), flex: true },
];

/**
 * Runs the current extractor over the raw bytes of the articles the filters select (active and
 * removed alike unless --status says otherwise; purged ones never), prints which fields changed per
 * article, and fails when some article's bytes no longer give an article (those are kept as they were).
 */
export async function runReextract(deps: Deps, flags: ReextractFlags): Promise<ReextractResult> {
  const { scope, io } = deps;
  const filters = parseArticleFilters({ ...flags, status: flags.status ?? 'all' }, scope.tz, 'id');
  const { reextractArticles } = await import('../../import/reextract.js');
  const result = reextractArticles(scope.db, extractableArticleIds(scope.db, filters, scope), {
    view: scope,
    audit: scope.audit,
    dryRun: Boolean(flags.dryRun),
    siteUrl: getSetting(scope.db, 'site-url') || undefined,
  });
  await renderRows(io, deps.mode, result.changed, COLUMNS, (a) => a);
  for (const failure of result.failed) warn(io, t('db.reextract.kept', { id: failure.id, error: failure.error }));
  const changed = result.changed.length;
  const unchanged = result.checked - changed - result.failed.length;
  info(
    io,
    flags.dryRun
      ? t('db.reextract.wouldChange', { changed, checked: result.checked })
      : t('db.reextract.done', { checked: result.checked, changed, unchanged }),
  );
  if (result.failed.length > 0) {
    throw new FailureError(t('db.reextract.failed', { count: result.failed.length }));
  }
  return result;
}

const EXAMPLES = `
  arca db reextract --dry-run
  arca db reextract --imported-since 2024-01-01 --json
  arca db reextract --source 新华社
`;

export function registerReextract(db: Command, env: EnvSource): void {
  const command = verb(db, 'reextract', t('db.reextract.description'), EXAMPLES);
  command.option('--dry-run', t('db.reextract.dryRun'));
  // Removed articles keep their text for the record: it is re-extracted too (their status never changes).
  addFilterOptions(command, { paging: false, sorting: false, defaultStatus: 'all' }).action(
    archiveAction(env, runReextract),
  );
}
