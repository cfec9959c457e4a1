import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { articleTokens, encodeTokens, type SearchTokens } from '../search/article-tokens.js';
import type { ParsedPage } from '../types.js';
import { detectFormat, InputError, parseItem, type InputFormat } from './parse.js';
import type { Unit } from './units.js';

/** One record of a source, parsed and hashed, ready for the writer. Plain data (crosses worker threads). */
export interface PreparedItem {
  line: number | null;
  page: ParsedPage | null;
  error: string | null;
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
}

/**
 * A JSON document must be parsed whole, so a CMS export of thousands of records is one large unit:
 * --max-size (meant for a page or one record) does not apply to it, this does. NDJSON is streamed instead.
 */
const JSON_FILE_LIMIT = 1024 * 1024 * 1024;

/** "too large (…)" when a unit of this format and size is over its limit, else null. */
export function sizeProblem(size: number, format: InputFormat | undefined, maxBytes: number): string | null {
  if (format === 'json') return size > JSON_FILE_LIMIT ? `too large (${size} bytes; the limit for a JSON file is ${JSON_FILE_LIMIT})` : null;
  return size > maxBytes ? `too large (${size} bytes; the limit is ${maxBytes}, see --max-size)` : null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The body with layout and width differences folded away, so a re-saved copy hashes the same. */
export function normalisedBodyHash(body: string): string {
  return createHash('sha256').update(body.normalize('NFKC').replace(/\s+/gu, '')).digest('hex');
}

function failedSource(bytes: Uint8Array, options: PrepareOptions, error: string): Omit<PreparedSource, 'format'> {
  return {
    encoding: null, sha256: sha256(bytes), rawSize: bytes.length, raw: new Uint8Array(),
    items: [{ line: options.line ?? null, page: null, error, bodyHash: null, tokens: null }],
  };
}

/** Brotli at quality 1: near the ratio of higher levels on news pages, at a fraction of deflate's cost. */
function compressEvidence(bytes: Uint8Array): Uint8Array {
  return brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

/** Decodes, parses and hashes one unit of bytes. Never throws: failures become items with an error. */
export function prepareSource(bytes: Uint8Array, options: PrepareOptions): PreparedSource {
  const format = options.format ?? detectFormat(options.path, bytes);
  const failed = (error: string) => ({ ...failedSource(bytes, options, error), format });
  const size = sizeProblem(bytes.length, format, options.maxBytes);
  if (size) return failed(size);
  let parsed;
  try {
    parsed = parseItem(bytes, { ...options, format });
  } catch (err) {
    if (err instanceof InputError) return failed(err.message);
    return failed(`cannot parse: ${(err as Error).message}`);
  }
  const base = { format, sha256: sha256(bytes), rawSize: bytes.length };
  const items = parsed.items.map((item): PreparedItem => ({
    line: options.line ?? item.line,
    page: item.page,
    error: item.error,
    bodyHash: item.page ? normalisedBodyHash(item.page.body) : null,
    tokens: item.page ? encodeTokens(articleTokens(item.page)) : null,
  }));
  const anyParsed = items.some((i) => i.page);
  return { ...base, encoding: parsed.encoding, raw: anyParsed ? compressEvidence(bytes) : new Uint8Array(), items };
}

/** Reads the unit's file when its bytes are not in memory yet (so worker threads do the reading), then prepares it. */
export function prepareUnit(unit: Unit, options: { encoding?: string; maxBytes: number }): PreparedSource {
  let bytes = unit.bytes;
  const prepareOptions: PrepareOptions = {
    path: unit.path, format: unit.format, encoding: options.encoding, httpContentType: unit.httpContentType,
    maxBytes: options.maxBytes, line: unit.line,
  };
  if (!bytes) {
    try {
      bytes = fs.readFileSync(unit.path);
    } catch (err) {
      const reason = `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
      return { ...failedSource(new Uint8Array(), prepareOptions, reason), format: unit.format ?? 'txt' };
    }
  }
  return prepareSource(bytes, prepareOptions);
}

/** The buffers a prepared source can hand to another thread without copying them. */
export function transferables(prepared: PreparedSource): ArrayBuffer[] {
  return prepared.items.flatMap((item) => (item.tokens ? Object.values(item.tokens).map((bytes) => bytes.buffer as ArrayBuffer) : []));
}
