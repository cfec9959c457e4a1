/**
 * JSON and NDJSON records in the article shape of the spec (and of `arca export`): title, site,
 * category, published, source, author, editor, views, original_url, site_url, body, disclaimer, window_days,
 * window_unit.
 * Other fields (id, window_ends, imported_at, provenance …) are ignored. A record an export marks as taken
 * down (status removed or purged) is refused, so removed content never comes back to life through a copy.
 */
import { PARSED_TEXT_FIELDS, type ParsedTextFieldName } from '../../article-fields.js';
import type { ParsedPage } from '../../types.js';
import { ParseFailure } from '../errors.js';
import { cleanField, normalizeDate } from './normalize.js';
import type { ParsedItem } from './parse.js';
import { windowFields } from './window.js';

const TEXT_FIELDS = PARSED_TEXT_FIELDS;
type TextField = ParsedTextFieldName;

/** Half of a UTF-16 surrogate pair without its other half: JSON's \uD800 escapes allow it, UTF-8 cannot hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function textField(record: Record<string, unknown>, field: TextField, warnings: string[]): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ParseFailure(`field ${field} must be a string`);
  const wellFormed = value.replace(LONE_SURROGATE, '\uFFFD');
  if (wellFormed !== value) warnings.push(`field ${field} holds an unpaired surrogate: replaced by U+FFFD`);
  return cleanField(wellFormed);
}

function countField(record: Record<string, unknown>, field: 'views' | 'window_days'): number | null | undefined {
  const value = record[field];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ParseFailure(`field ${field} must be a number`);
  if (!Number.isInteger(value) || value < 0) throw new ParseFailure(`field ${field} must be a whole number, 0 or more`);
  return value;
}

/** One record as an item of its source: its page (with what was wrong but not fatal), or why it failed. */
export function recordItem(value: unknown, line: number | null): ParsedItem {
  const warnings: string[] = [];
  try {
    const page = parseRecord(value, warnings);
    return { line, page, error: null, warnings };
  } catch (err) {
    if (err instanceof ParseFailure) return { line, page: null, error: err.message, warnings };
    throw err;
  }
}

/**
 * One record to a page; throws ParseFailure naming what is wrong. What is wrong but not fatal (a date
 * that is not one, unpaired surrogates) goes to `warnings`.
 */
export function parseRecord(value: unknown, warnings: string[] = []): ParsedPage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParseFailure('a record must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  if (record.status === 'removed' || record.status === 'purged') {
    throw new ParseFailure(
      `taken-down article (status ${record.status}): not imported; move whole archives with arca db backup`,
    );
  }
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, textField(record, f, warnings)])) as Record<
    TextField,
    string | null
  >;
  if (text.title === null) throw new ParseFailure('no title');
  // Paragraphs are kept, each trimmed, as the page parsers keep them.
  const body =
    text.body === null
      ? ''
      : text.body
          .split(/\r\n|\r|\n/)
          .map((p) => p.trim())
          .filter((p) => p !== '')
          .join('\n');
  if (body === '') throw new ParseFailure('no body (the record holds no article text)');
  const views = countField(record, 'views') ?? null;
  const windowDays = countField(record, 'window_days');
  const published = normalizeDate(text.published);
  if (text.published !== null && published === null) {
    warnings.push(`field published "${text.published}" is not a calendar date arca can read: stored without a date`);
  }
  return {
    title: text.title,
    site: text.site,
    category: text.category,
    published,
    source: text.source,
    author: text.author,
    editor: text.editor,
    views,
    original_url: text.original_url,
    site_url: text.site_url,
    body,
    disclaimer: text.disclaimer,
    ...recordWindow(record, windowDays, text.disclaimer),
  };
}

/**
 * The record's window: its own window_days and window_unit, else what its disclaimer says. A record
 * without a unit (exported before there were working-day windows) takes its disclaimer's when the days agree.
 */
function recordWindow(
  record: Record<string, unknown>,
  windowDays: number | null | undefined,
  disclaimer: string | null,
): Pick<ParsedPage, 'window_days' | 'window_unit'> {
  const fromDisclaimer = windowFields(disclaimer);
  if (windowDays === undefined) return fromDisclaimer;
  if (windowDays === null) return { window_days: null, window_unit: null };
  const unit = record.window_unit;
  if (unit === 'days' || unit === 'workdays') return { window_days: windowDays, window_unit: unit };
  if (unit !== undefined && unit !== null) throw new ParseFailure('field window_unit must be "days" or "workdays"');
  const sameDays = fromDisclaimer.window_days === windowDays;
  return { window_days: windowDays, window_unit: sameDays ? fromDisclaimer.window_unit : 'days' };
}
