/**
 * JSON and NDJSON records in the article shape of the spec (and of `arca export`): title, site,
 * category, published, source, author, editor, views, original_url, body, disclaimer, window_days.
 * Other fields (id, window_ends, imported_at, provenance …) are ignored. A record an export marks as taken
 * down (status removed or purged) is refused, so removed content never comes back to life through a copy.
 */
import type { ParsedPage } from '../../types.js';
import { ParseFailure } from '../errors.js';
import { cleanField, normalizeDate } from './normalize.js';
import { windowDaysFromDisclaimer } from './window.js';

const TEXT_FIELDS = ['title', 'site', 'category', 'published', 'source', 'author', 'editor', 'original_url', 'body', 'disclaimer'] as const;
type TextField = typeof TEXT_FIELDS[number];

function textField(record: Record<string, unknown>, field: TextField): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ParseFailure(`field ${field} must be a string`);
  return cleanField(value);
}

function countField(record: Record<string, unknown>, field: 'views' | 'window_days'): number | null | undefined {
  const value = record[field];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ParseFailure(`field ${field} must be a number`);
  if (!Number.isInteger(value) || value < 0) throw new ParseFailure(`field ${field} must be a whole number, 0 or more`);
  return value;
}

/** One record to a page; throws ParseFailure naming what is wrong. */
export function parseRecord(value: unknown): ParsedPage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParseFailure('a record must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  if (record.status === 'removed' || record.status === 'purged') {
    throw new ParseFailure(`taken-down article (status ${record.status}): not imported; move whole archives with arca db backup`);
  }
  const text = Object.fromEntries(TEXT_FIELDS.map(f => [f, textField(record, f)])) as Record<TextField, string | null>;
  if (text.title === null) throw new ParseFailure('no title');
  // Paragraphs are kept, each trimmed, as the page parsers keep them.
  const body = text.body === null ? '' : text.body.split(/\r\n|\r|\n/).map(p => p.trim()).filter(p => p !== '').join('\n');
  if (body === '') throw new ParseFailure('no body (the record holds no article text)');
  const views = countField(record, 'views') ?? null;
  const windowDays = countField(record, 'window_days');
  return {
    title: text.title,
    site: text.site,
    category: text.category,
    published: normalizeDate(text.published),
    source: text.source,
    author: text.author,
    editor: text.editor,
    views,
    original_url: text.original_url,
    body,
    disclaimer: text.disclaimer,
    window_days: windowDays !== undefined ? windowDays : text.disclaimer === null ? null : windowDaysFromDisclaimer(text.disclaimer),
  };
}
