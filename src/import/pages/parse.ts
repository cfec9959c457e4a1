/**
 * The single entry point of parsing: one item of raw bytes (a page file, a JSON file, NDJSON
 * lines) in, its decoded records out. Plain data both ways, so it can run in a worker thread.
 */
import type { ParsedPage } from '../../types.js';
import type { InputFormat } from '../formats.js';
import { placeAddresses } from './addresses.js';
import { decodeBytes, replacementCount } from './decode.js';
import { detectFormat } from './detect.js';
import { InputError, ParseFailure } from '../errors.js';
import { requireShallowHtml } from './depth.js';
import { extractHtmlPage } from './extract/extract.js';
import { arrayElementLines, jsonErrorOffset, jsonErrorReason, lineAndColumn } from './json-text.js';
import { recordItem } from './records.js';
import { parseTextPage } from './text-page.js';
import { pageWarnings } from './warnings.js';

const HTTP_URL = /^https?:\/\//i;

export interface ParseOptions {
  /** Used to pick the format by extension when `format` is absent. */
  path: string;
  format?: InputFormat;
  /** Encoding override (any label iconv-lite knows). */
  encoding?: string;
  /** The HTTP Content-Type the bytes came with, for its charset. */
  httpContentType?: string;
  /** The page's address, for a date in the URL when the page shows none; default: `path` when it is a URL. */
  url?: string;
  /** The operator's site (`config set site-url`), to tell the page's own address from its source's. */
  siteUrl?: string;
  /** The address --base-url gives a file of a mirror folder. */
  mirrorUrl?: string;
}

/** One record of an item: a page, or why it failed. `line` is 1-based, for NDJSON and JSON arrays. */
export interface ParsedItem {
  line: number | null;
  page: ParsedPage | null;
  error: string | null;
  /**
   * What the reader should know about an imported page or record: no date found, a fallback title, a
   * short body, an impossible date, an unpaired surrogate, a view count out of range.
   */
  warnings: string[];
}

export interface ParseResult {
  /** The encoding the bytes were decoded with. */
  encoding: string | null;
  items: ParsedItem[];
}

function pageItem(parse: () => ParsedPage & { warnings?: string[] }, line: number | null): ParsedItem {
  try {
    const { warnings = [], ...page } = parse();
    return { line, page, error: null, warnings };
  } catch (err) {
    if (err instanceof ParseFailure) return { line, page: null, error: err.message, warnings: [] };
    throw err;
  }
}

/** A text page has no metadata to fall back on: its only warning is a missing date. */
function textPage(text: string): ParsedPage & { warnings: string[] } {
  const page = parseTextPage(text);
  return { ...page, warnings: page.published === null ? [pageWarnings.noDate] : [] };
}

function parseJsonDocument(text: string): ParsedItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const offset = jsonErrorOffset(text);
    const where = offset === null ? '' : ` at line ${lineAndColumn(text, offset).line}`;
    return [{ line: null, page: null, error: `invalid JSON: ${jsonErrorReason(err)}${where}`, warnings: [] }];
  }
  if (!Array.isArray(value)) return [recordItem(value, lineAndColumn(text, text.search(/\S/)).line)];
  const lines = arrayElementLines(text);
  return value.map((record, i) => recordItem(record, lines[i] ?? null));
}

function parseNdjson(text: string): ParsedItem[] {
  const items: ParsedItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i].trim();
    if (source === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      const offset = jsonErrorOffset(source);
      const where = offset === null ? '' : ` at column ${offset + 1}`;
      items.push({ line: i + 1, page: null, error: `invalid JSON: ${jsonErrorReason(err)}${where}`, warnings: [] });
      continue;
    }
    items.push(recordItem(value, i + 1));
  }
  return items;
}

/**
 * Decodes and parses one item. Records that fail carry their reason in `error`; the whole item
 * fails with InputError when it is empty, not text, or names an unknown encoding.
 */
export function parseItem(bytes: Uint8Array, options: ParseOptions): ParseResult {
  if (bytes.length === 0) throw new InputError('empty file');
  const format = options.format ?? detectFormat(options.path, bytes);
  const { text, encoding } = decodeBytes(bytes, {
    html: format === 'html',
    encoding: options.encoding,
    httpContentType: options.httpContentType,
  });
  if (text.trim() === '') throw new InputError('empty file');
  const replacements = replacementCount(text);
  const items = parseText(text, format, options);
  if (replacements > 0) {
    for (const item of items) if (item.page) item.warnings.push(pageWarnings.replacementCharacters(replacements));
  }
  return { encoding, items };
}

function parseText(text: string, format: InputFormat, options: ParseOptions): ParsedItem[] {
  const fetchedFrom = options.url ?? (HTTP_URL.test(options.path) ? options.path : undefined);
  const addresses = { siteUrl: options.siteUrl, mirrorUrl: options.mirrorUrl, fetchedFrom };
  const placed = (page: ParsedPage & { warnings?: string[] }) => ({ ...page, ...placeAddresses(page, addresses) });
  switch (format) {
    case 'txt':
      return [pageItem(() => placed(textPage(text)), null)];
    case 'html': {
      const url = fetchedFrom ?? options.mirrorUrl;
      return [pageItem(() => (requireShallowHtml(text), placed(extractHtmlPage(text, { url }))), null)];
    }
    case 'json':
      return parseJsonDocument(text);
    case 'ndjson':
      return parseNdjson(text);
  }
}
