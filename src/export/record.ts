/**
 * The article as export formats see it: the spec's JSON shape (fields in the documented order,
 * absent values null, never "") and its flat twin for CSV columns and Markdown front matter.
 * A purged article's body is never exported, whatever the row still holds.
 */
import { ARTICLE_FIELDS, fieldValue, nestFields, type ArticleField, type FlatField } from '../article-fields.js';
import type { Article } from '../types.js';
import { english, type Translate } from '../i18n/index.js';

/** The article shape, except that the body is null when it may not leave the archive (purged). */
export type ArticleRecord = Omit<Article, 'body'> & { body: string | null };

export type FlatRecord = Record<FlatField, string | number | null>;

/** Rows may come from queries that leave a column out or store "" — both export as null. */
function textOrNull(value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : (value as string);
}

function numberOrNull(value: unknown): number | null {
  return value === undefined || value === null || !Number.isFinite(value) ? null : (value as number);
}

/** The field's value as it may leave the archive: a purged article's body never does. */
function exportedValue(article: Article, field: ArticleField): unknown {
  const value = fieldValue(article, field);
  switch (field.kind) {
    case 'text':
      return textOrNull(value);
    case 'number':
      return numberOrNull(value);
    case 'body':
      return article.status === 'purged' ? null : textOrNull(value);
    case 'required':
    case 'instant':
      return value;
  }
}

export function articleRecord(article: Article): ArticleRecord {
  return nestFields((field) => exportedValue(article, field)) as unknown as ArticleRecord;
}

export function flatRecord(record: ArticleRecord): FlatRecord {
  const flat: Partial<FlatRecord> = {};
  for (const field of ARTICLE_FIELDS) flat[field.name] = fieldValue(record, field) as string | number | null;
  return flat as FlatRecord;
}

/** Non-empty, trimmed lines of a text: the body's and the disclaimer's paragraphs. */
export function paragraphs(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The only URLs that may become links: absolute http(s), normalised by the WHATWG parser. */
export function linkableUrl(raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** What the words of an export are written in: the archive's language, and the operator's site (HTML). */
export interface ExportText {
  say: Translate;
  /** The operator's own site (setting site-name); '' when not set. */
  siteName: string;
}

export const ENGLISH_TEXT: ExportText = { say: english, siteName: '' };

/** A field's label in the export's language ("Source", "来源"). */
export function fieldLabel(say: Translate, field: FlatField): string {
  return say(`export.field.${field}`);
}
