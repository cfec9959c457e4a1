import type { Command } from 'commander';
import { UsageError } from '../output/errors.js';
import { FilterError, parseArticleFilters, SORT_KEYS, type ArticleFilters, type RawFilterOptions, type SortKey } from '../query/filters.js';

/** Help leads with examples (clig.dev): every command lists a few after its options. */
export function withExamples(command: Command, examples: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

/** The filters shared by list, search and export, added the same way everywhere. */
export function addFilterOptions(command: Command, options: { paging: boolean; sorting: boolean }): Command {
  command
    .option('--source <text>', 'source (来源) contains text')
    .option('--author <text>', 'author contains text')
    .option('--site <text>', 'site contains text')
    .option('--category <text>', 'category (breadcrumb) contains text')
    .option('--since <date>', 'published on or after YYYY-MM-DD')
    .option('--until <date>', 'published on or before YYYY-MM-DD')
    .option('--imported-since <date>', 'imported on or after this date or date-time')
    .option('--status <status>', 'active|removed|all', 'active')
    .option('--window <state>', 'open|closed: is the article still inside its disclaimer window')
    .option('--has-request', 'only articles named in a takedown request');
  if (options.sorting) {
    command
      .option('--sort <key>', `${SORT_KEYS.join('|')} (default: published; export: id)`)
      .option('--asc', 'ascending order')
      .option('--desc', 'descending order');
  }
  if (options.paging) {
    command
      .option('--limit <n>', 'at most n results')
      .option('--offset <n>', 'skip the first n results');
  }
  return command;
}

export function filtersFrom(raw: RawFilterOptions, tz: string, defaultSort?: SortKey): ArticleFilters {
  try {
    return parseArticleFilters(raw, tz, defaultSort);
  } catch (err) {
    if (err instanceof FilterError) throw new UsageError(err.message);
    throw err;
  }
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "10MB", "512k", "2000000" → bytes. */
export function parseByteSize(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`${flag} needs a size such as 10MB or 500k (got "${text}")`);
  return Math.floor(Number(m[1]) * unit);
}

/** A positive whole number flag (ids, days). */
export function parsePositiveInt(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} needs a whole number of at least 1 (got "${text}")`);
  return Number(text);
}
