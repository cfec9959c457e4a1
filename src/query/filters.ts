import { parseDateOption, parseDateTimeOption } from '../time.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Filters shared by list, search and export, validated and normalised. */
export interface ArticleFilters {
  source?: string;
  author?: string;
  site?: string;
  category?: string;
  /** Calendar dates, inclusive, on the published date. */
  since?: string;
  until?: string;
  /** UTC instant (ISO) from which imported_at must be. */
  importedSince?: string;
  status: FilterStatus;
  window?: WindowState;
  hasRequest?: boolean;
  sort: SortKey;
  order: 'asc' | 'desc';
  limit?: number;
  offset: number;
}

export const FILTER_STATUSES = ['active', 'removed', 'all'] as const;
export type FilterStatus = (typeof FILTER_STATUSES)[number];

export const WINDOW_STATES = ['open', 'closed'] as const;
export type WindowState = (typeof WINDOW_STATES)[number];

export const SORT_KEYS = ['published', 'imported', 'title', 'views', 'id'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The filter flags as commander hands them over (strings, booleans). */
export interface RawFilterOptions extends Pick<
  ArticleFilters,
  'source' | 'author' | 'site' | 'category' | 'since' | 'until' | 'importedSince' | 'hasRequest'
> {
  status?: string;
  window?: string;
  sort?: string;
  asc?: boolean;
  desc?: boolean;
  limit?: string;
  offset?: string;
}

/** A flag has a value arca cannot use: a usage error (exit 2). */
export class FilterError extends UsageError {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new FilterError(t('articles.filter.choice', { flag, choices: allowed.join(', '), value }));
}

function calendarDateFlag(flag: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseDateOption(`--${flag}`, value);
}

function count(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new FilterError(t('articles.filter.number', { flag, min, value }));
  }
  // Past 2^53 the number is no longer exact, and SQLite refuses it as a LIMIT.
  if (!Number.isSafeInteger(Number(value))) throw new FilterError(t('articles.filter.tooLarge', { flag, value }));
  return Number(value);
}

export function parseArticleFilters(
  raw: RawFilterOptions,
  tz: string,
  defaultSort: SortKey = 'published',
): ArticleFilters {
  const since = calendarDateFlag('since', raw.since);
  const until = calendarDateFlag('until', raw.until);
  if (since && until && since > until) throw new FilterError(t('articles.filter.sinceAfterUntil', { since, until }));
  let importedSince: string | undefined;
  if (raw.importedSince !== undefined) {
    importedSince = parseDateTimeOption('--imported-since', raw.importedSince, tz).toISOString();
  }
  if (raw.asc && raw.desc) throw new FilterError(t('articles.filter.ascDesc'));
  const sort = oneOf('sort', raw.sort, SORT_KEYS, defaultSort);
  return {
    source: raw.source,
    author: raw.author,
    site: raw.site,
    category: raw.category,
    since,
    until,
    importedSince,
    status: oneOf('status', raw.status, FILTER_STATUSES, 'active'),
    window: raw.window === undefined ? undefined : oneOf('window', raw.window, WINDOW_STATES, 'open'),
    hasRequest: raw.hasRequest,
    sort,
    // Titles and ids read naturally ascending; dates and views newest/biggest first.
    order: raw.asc ? 'asc' : raw.desc ? 'desc' : sort === 'title' || sort === 'id' ? 'asc' : 'desc',
    limit: count('limit', raw.limit, 1),
    offset: count('offset', raw.offset, 0) ?? 0,
  };
}
