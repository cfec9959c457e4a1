/**
 * The article as export formats see it: the spec's JSON shape (fields in the documented order,
 * absent values null, never "") and its flat twin for CSV columns and Markdown front matter.
 * A purged article's body is never exported, whatever the row still holds.
 */
import type { Article } from '../types.js';

/** The article shape, except that the body is null when it may not leave the archive (purged). */
export type ArticleRecord = Omit<Article, 'body'> & { body: string | null };

export const FLAT_FIELDS = [
  'id', 'title', 'site', 'category', 'published', 'source', 'author', 'editor', 'views',
  'original_url', 'body', 'disclaimer', 'window_days', 'window_ends', 'status', 'imported_at',
  'provenance_path', 'provenance_sha256', 'provenance_encoding',
] as const;

export type FlatField = (typeof FLAT_FIELDS)[number];
export type FlatRecord = Record<FlatField, string | number | null>;

/** Rows may come from queries that leave a column out or store "" — both export as null. */
function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

function numberOrNull(value: number | null | undefined): number | null {
  return value === undefined || value === null || !Number.isFinite(value) ? null : value;
}

/** The body that may leave the archive: none for a purged article. */
function exportedBody(article: Article): string | null {
  return article.status === 'purged' ? null : textOrNull(article.body);
}

export function articleRecord(article: Article): ArticleRecord {
  return {
    id: article.id,
    title: article.title,
    site: textOrNull(article.site),
    category: textOrNull(article.category),
    published: textOrNull(article.published),
    source: textOrNull(article.source),
    author: textOrNull(article.author),
    editor: textOrNull(article.editor),
    views: numberOrNull(article.views),
    original_url: textOrNull(article.original_url),
    body: exportedBody(article),
    disclaimer: textOrNull(article.disclaimer),
    window_days: numberOrNull(article.window_days),
    window_ends: textOrNull(article.window_ends),
    status: article.status,
    imported_at: article.imported_at,
    provenance: {
      path: article.provenance.path,
      sha256: article.provenance.sha256,
      encoding: textOrNull(article.provenance.encoding),
    },
  };
}

export function flatRecord(record: ArticleRecord): FlatRecord {
  const { provenance, ...fields } = record;
  return {
    ...fields,
    provenance_path: provenance.path,
    provenance_sha256: provenance.sha256,
    provenance_encoding: provenance.encoding,
  };
}

/** Non-empty, trimmed lines of a text: the body's and the disclaimer's paragraphs. */
export function paragraphs(text: string | null): string[] {
  if (text === null) return [];
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
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

/** Words that md and html pages print around article fields. */
export const LABELS = {
  source: 'Source',
  originalLink: 'Original link',
  purged: 'The body of this article was purged after a takedown request.',
  index: 'All articles',
  untitled: '(untitled)',
} as const;
