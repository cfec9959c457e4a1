/**
 * The SQL of the article's fields, all derived from ARTICLE_FIELDS: the select lists, the insert and
 * update of a page's columns, SQLite's JSON record, and the conversion of a row into the article shape.
 */
import {
  ARTICLE_FIELDS,
  nestFields,
  PAGE_FIELDS,
  type ArticleField,
  type FlatField,
  type PageField,
} from '../article-fields.js';
import { formatInstant } from '../time.js';
import { urlKey } from '../urls/identity.js';
import type { Article, ParsedPage } from '../types.js';

/**
 * window_ends = published date + the article's window, or the archive default when it names none; a window
 * in working days counts them on the archive's calendar (arca_workdays_after, db/holidays.ts). A window
 * ending past 9999-12-31 (SQLite's last date: date() gives null) ends on that day, so it still counts as open.
 */
export const WINDOW_ENDS = `CASE WHEN a.published_date IS NOT NULL THEN coalesce(
  CASE WHEN a.window_unit = 'workdays' THEN arca_workdays_after(a.published_date, a.window_days)
  ELSE date(a.published_date, '+' || coalesce(a.window_days, @defaultWindow) || ' days') END, '9999-12-31') END`;

type DerivedField = Extract<(typeof ARTICLE_FIELDS)[number], { from: 'derived' }>['name'];

/** The fields kept outside the articles table or computed (alias a, d, p as in ARTICLE_JOINS). */
const DERIVED_SQL: Record<DerivedField, string> = {
  disclaimer: 'd.text',
  window_ends: WINDOW_ENDS,
  provenance_path: 'p.path',
  provenance_sha256: 'p.sha256',
  provenance_encoding: 'p.encoding',
};

export const ARTICLE_JOINS = `
  LEFT JOIN disclaimers d ON d.id = a.disclaimer_id
  JOIN provenance p ON p.id = a.provenance_id`;

const FIELDS: readonly ArticleField[] = ARTICLE_FIELDS;

function fieldSql(field: ArticleField): string {
  return field.from === 'derived' ? DERIVED_SQL[field.name as DerivedField] : `a.${field.name}`;
}

function selectList(withBody: boolean): string {
  const sql = (field: ArticleField) => (!withBody && field.kind === 'body' ? 'NULL' : fieldSql(field));
  return FIELDS.map((field) => `${sql(field)} AS ${field.name}`).join(', ');
}

/** Columns of the article shape, for every query that returns articles (alias a, d, p). */
export const ARTICLE_COLUMNS = selectList(true);

/** The same columns with the body left out (null): for lists of articles and search hits. */
export const ARTICLE_COLUMNS_WITHOUT_BODY = selectList(false);

/** A row of ARTICLE_COLUMNS: one column per flat field. */
export type ArticleRow = Record<FlatField, unknown>;

export function rowToArticle(row: ArticleRow, tz: string): Article {
  return nestFields((field) => {
    const value = row[field.name as FlatField];
    if (field.kind === 'instant') return formatInstant(new Date(value as string), tz);
    if (field.kind === 'body') return value ?? '';
    return value;
  }) as unknown as Article;
}

/** What SQLite writes for each field in the JSON record: the same normalisation as export's articleRecord. */
function jsonValueSql(field: ArticleField): string {
  const sql = fieldSql(field);
  switch (field.kind) {
    case 'text':
      return `NULLIF(${sql}, '')`;
    case 'body':
      return `CASE WHEN a.status = 'purged' THEN NULL ELSE NULLIF(${sql}, '') END`;
    // arca_instant: see iterateArticleJson.
    case 'instant':
      return `arca_instant(${sql})`;
    case 'required':
    case 'number':
      return sql;
  }
}

/** json_object(...) of a shape whose leaves are SQL expressions, keys in the shape's order. */
function jsonObjectSql(shape: Record<string, unknown>): string {
  const pairs = Object.entries(shape).map(
    ([key, value]) =>
      `'${key}', ${typeof value === 'string' ? value : jsonObjectSql(value as Record<string, unknown>)}`,
  );
  return `json_object(${pairs.join(', ')})`;
}

/** The article's JSON record as SQLite builds it, nested objects in place (alias a, d, p). */
export const ARTICLE_JSON = jsonObjectSql(nestFields(jsonValueSql));

/**
 * The columns written from a parsed page: its fields, and the matching keys of its two URLs
 * (urls/identity.ts; migration 009), which always change with them.
 */
const URL_KEY_COLUMNS = ['original_url_key', 'site_url_key'] as const;
const PAGE_COLUMNS = [...PAGE_FIELDS, ...URL_KEY_COLUMNS];

/** Column list and named placeholders of the columns written from a parsed page. */
export const PAGE_INSERT = {
  columns: PAGE_COLUMNS.join(', '),
  values: PAGE_COLUMNS.map((name) => `@${name}`).join(', '),
};

/** The named parameters of PAGE_INSERT and PAGE_UPDATE. */
export function pageParams(page: ParsedPage): Record<(typeof PAGE_COLUMNS)[number], unknown> {
  return {
    ...(Object.fromEntries(PAGE_FIELDS.map((name) => [name, page[name]])) as Record<PageField, unknown>),
    original_url_key: urlKey(page.original_url),
    site_url_key: urlKey(page.site_url),
  };
}

/** `column = @column` for each column written from a parsed page. */
export const PAGE_UPDATE = PAGE_COLUMNS.map((name) => `${name} = @${name}`).join(', ');
