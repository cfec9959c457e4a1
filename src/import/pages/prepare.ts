import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { articleTokens, encodeTokens, type SearchTokens } from '../../search/article-tokens.js';
import type { ParsedPage } from '../../types.js';
import { InputError, ParseFailure } from '../errors.js';
import { sizeProblem, type InputFormat } from '../formats.js';
import { detectFormat } from './detect.js';
import { encodingHint } from './encoding-hint.js';
import { parseItem, type ParsedItem } from './parse.js';
import { checkRanges } from './ranges.js';

/** One record of a source, parsed and hashed, ready for the writer. Plain data (crosses worker threads). */
export interface PreparedItem {
  line: number | null;
  page: ParsedPage | null;
  error: string | null;
  /** What the reader should know about the imported page (see ParsedItem), and what range checks changed. */
  warnings: string[];
  bodyHash: string | null;
  /** The search index's tokens, made here (as bytes) so the writer thread only inserts them. */
  tokens: SearchTokens<Uint8Array> | null;
}

/** One unit of raw bytes (a page file, a JSON file, one NDJSON line) and what it held. */
export interface PreparedSource {
  format: InputFormat;
  encoding: string | null;
  /** sha256 of the unit's raw bytes. */
  sha256: string;
  rawSize: number;
  /** The raw bytes, Brotli-compressed, kept as evidence; empty when nothing in the unit parsed. */
  raw: Uint8Array;
  items: PreparedItem[];
}

export interface PrepareOptions {
  path: string;
  /** Detected from the name and content when absent. */
  format?: InputFormat;
  encoding?: string;
  httpContentType?: string;
  maxBytes: number;
  /** For one NDJSON line streamed on its own: its line number in the file. */
  line?: number;
  /** The URL a page was fetched from; the operator's site; the address --base-url gives it (see parse.ts). */
  url?: string;
  siteUrl?: string;
  mirrorUrl?: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The body with layout and width differences folded away, so a re-saved copy hashes the same. */
export function normalisedBodyHash(body: string): string {
  return createHash('sha256').update(body.normalize('NFKC').replace(/\s+/gu, '')).digest('hex');
}

/** A unit that yielded nothing: one item carrying the reason. */
export function failedSource(
  bytes: Uint8Array,
  format: InputFormat,
  line: number | undefined,
  error: string,
): PreparedSource {
  return {
    format,
    encoding: null,
    sha256: sha256(bytes),
    rawSize: bytes.length,
    raw: new Uint8Array(),
    items: [{ line: line ?? null, page: null, error, warnings: [], bodyHash: null, tokens: null }],
  };
}

/** Brotli at quality 1: near the ratio of higher levels on news pages, at a fraction of deflate's cost. */
function compressEvidence(bytes: Uint8Array): Uint8Array {
  return brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Decodes, parses and hashes one unit of bytes. Never throws: failures become items with an error. */
export function prepareSource(bytes: Uint8Array, options: PrepareOptions): PreparedSource {
  const format = options.format ?? detectFormat(options.path, bytes);
  const failed = (error: string) => failedSource(bytes, format, options.line, error);
  const size = sizeProblem(bytes.length, format, options.maxBytes);
  if (size) return failed(size);
  let parsed;
  try {
    parsed = parseItem(bytes, { ...options, format });
  } catch (err) {
    if (err instanceof InputError) {
      const hint = options.encoding === undefined && err.message.startsWith('not text') ? encodingHint(bytes) : null;
      return failed(hint ? `${err.message}; ${hint}` : err.message);
    }
    return failed(`cannot parse: ${(err as Error).message}`);
  }
  const base = { format, sha256: sha256(bytes), rawSize: bytes.length };
  const items = parsed.items.map((item) => preparedItem(item, options.line ?? item.line, options.maxBytes));
  const anyParsed = items.some((i) => i.page);
  return { ...base, encoding: parsed.encoding, raw: anyParsed ? compressEvidence(bytes) : new Uint8Array(), items };
}

/**
 * One parsed record range-checked, hashed and tokenized; a value out of range fails it alone, and so does
 * an article larger than --max-size (a record of a big JSON file: its index tokens would not fit in a string).
 */
function preparedItem(item: ParsedItem, line: number | null, maxBytes: number): PreparedItem {
  const warnings = [...item.warnings];
  const failed = (error: string | null): PreparedItem => ({
    line,
    page: null,
    error,
    warnings,
    bodyHash: null,
    tokens: null,
  });
  if (!item.page) return failed(item.error);
  const size = Buffer.byteLength(item.page.body);
  if (size > maxBytes)
    return failed(`article too large (a body of ${size} bytes; the limit is ${maxBytes}, see --max-size)`);
  let page;
  try {
    page = checkRanges(item.page, warnings);
  } catch (err) {
    if (err instanceof ParseFailure) return failed(err.message);
    throw err;
  }
  try {
    return {
      line,
      page,
      error: null,
      warnings,
      bodyHash: normalisedBodyHash(page.body),
      tokens: encodeTokens(articleTokens(page)),
    };
  } catch (err) {
    // Past V8's longest string (about 2^29 characters) under a raised --max-size: this article alone fails.
    if (err instanceof RangeError) return failed(`article too large to index (${err.message})`);
    throw err;
  }
}

/** The buffers a prepared source can hand to another thread without copying them. */
export function transferables(prepared: PreparedSource): ArrayBuffer[] {
  return prepared.items.flatMap((item) =>
    item.tokens ? Object.values(item.tokens).map((bytes) => bytes.buffer as ArrayBuffer) : [],
  );
}
