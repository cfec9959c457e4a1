import fs from 'node:fs';
import path from 'node:path';
import { mirrorAddress } from '../pages/addresses.js';
import { formatByExtension, sizeLimit, sizeProblem, type InputFormat } from '../formats.js';
import { failedSource, prepareSource, type PreparedSource } from '../pages/prepare.js';
import type { Source } from './sources.js';

/** One piece of raw input handed to the parser: a page file, a JSON file, or one NDJSON line. */
export interface Unit {
  /** The path as shown and stored (a name that is not UTF-8 with its bytes escaped). */
  path: string;
  /** The file's path as bytes, when it is not UTF-8 (see names.ts). */
  pathBytes?: Uint8Array;
  format: InputFormat | undefined;
  /** Bytes already in memory; absent for a file the preparer should read itself. */
  bytes?: Uint8Array;
  line?: number;
  httpContentType?: string;
  /** Set when the unit failed before parsing (unreadable, too large, fetch failed). */
  error?: string;
  /** For a download: when --timeout runs out (epoch ms), parsing included. */
  deadline?: number;
  /** For a download: the URL the page came from, after redirects. */
  fetchedFrom?: string;
  /** For a file under --base-url: the page's address on the operator's site. */
  mirrorUrl?: string;
}

export interface UnitOptions {
  format?: InputFormat;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  fetchUrl: (url: string) => Promise<{ bytes: Uint8Array; contentType: string | undefined; url: string }>;
  /** --timeout: how long a URL may take, from the request until its page is parsed. */
  timeoutMs: number;
  /** Called for each symbolic link a folder walk did not follow. */
  onLinkSkipped?: (path: string) => void;
  /** --base-url: the address of the folders imported (a file's path under its folder is appended). */
  baseUrl?: string;
}

/** One line of a byte stream, or, for a line longer than the cap, only its length: its bytes were never kept. */
type StreamLine = { bytes: Buffer; size: number } | { bytes: null; size: number };

/**
 * Splits a byte stream into lines without decoding it (NDJSON records may be in any encoding), in time
 * linear in the stream: a line's chunks are joined once, at its end. A line past `maxLine` bytes is
 * dropped as it streams (memory holds at most the cap) and reported by its length alone.
 */
export async function* byteLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxLine: number,
): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  const add = (part: Buffer) => {
    size += part.length;
    if (size <= maxLine) parts.push(part);
    else parts = [];
  };
  const end = (): StreamLine => {
    const line: StreamLine = size <= maxLine ? { bytes: Buffer.concat(parts, size), size } : { bytes: null, size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of stream) {
    const buf =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      add(buf.subarray(start, nl));
      yield end();
      start = nl + 1;
    }
    // Copied: the stream may reuse its chunk's memory.
    if (start < buf.length) add(Buffer.from(buf.subarray(start)));
  }
  if (size > 0) yield end();
}

const isBlank = (bytes: Buffer) => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);

async function* ndjsonUnits(
  label: string,
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<Unit> {
  let line = 0;
  for await (const { bytes, size } of byteLines(stream, maxBytes)) {
    line++;
    if (bytes === null) yield { path: label, format: 'ndjson', line, error: sizeProblem(size, 'ndjson', maxBytes)! };
    // Blank lines (and a final newline) are not records.
    else if (!isBlank(bytes)) yield { path: label, format: 'ndjson', bytes, line };
  }
}

/** At most `limit` bytes of a stream: stops reading at the first byte past it, and says how far it got. */
async function readBounded(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    size += chunk.length;
    if (size > limit) return { bytes: Buffer.alloc(0), over: true };
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, size), over: false };
}

const READ_CHUNK = 1024 * 1024;

/** A file's bytes, read in a bounded loop: a file that grows, or lies about its size (/proc), stops at limit + 1. */
function readFileBounded(file: string | Buffer, limit: number): { bytes: Buffer; over: boolean } {
  const fd = fs.openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, limit + 1 - size));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return { bytes: Buffer.concat(chunks, size), over: false };
      size += read;
      if (size > limit) return { bytes: Buffer.alloc(0), over: true };
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a unit read in a bounded loop was not read to its end. */
const tooLarge = (format: InputFormat | undefined, maxBytes: number) =>
  `too large (more than ${sizeLimit(format, maxBytes)} bytes${format === 'json' ? ', the limit for a JSON file' : '; see --max-size'})`;

/** Turns sources into units, streaming NDJSON so memory does not grow with a file's size. */
export async function* sourceUnits(sources: Iterable<Source>, options: UnitOptions): AsyncGenerator<Unit> {
  for (const source of sources) {
    if (source.kind === 'stdin') {
      if (options.format === 'ndjson') {
        yield* ndjsonUnits('-', options.stdin as AsyncIterable<Buffer>, options.maxBytes);
      } else {
        const { format, maxBytes } = options;
        const { bytes, over } = await readBounded(options.stdin as AsyncIterable<Buffer>, sizeLimit(format, maxBytes));
        yield over ? { path: '-', format, error: tooLarge(format, maxBytes) } : { path: '-', format, bytes };
      }
      continue;
    }
    if (source.kind === 'link') {
      options.onLinkSkipped?.(source.path);
      continue;
    }
    if (source.kind === 'unlisted') {
      yield { path: source.path, format: options.format, error: source.error };
      continue;
    }
    if (source.kind === 'url') {
      const deadline = Date.now() + options.timeoutMs;
      try {
        const got = await options.fetchUrl(source.url);
        yield {
          path: source.url,
          format: options.format,
          bytes: got.bytes,
          httpContentType: got.contentType,
          deadline,
          fetchedFrom: got.url,
        };
      } catch (err) {
        yield { path: source.url, format: options.format, error: (err as Error).message };
      }
      continue;
    }
    const file = source.path;
    const fsPath = source.bytes ?? file;
    const format = options.format ?? formatByExtension(file);
    let size: number;
    try {
      const stat = fs.statSync(fsPath);
      // Reading a FIFO or a device (/dev/zero, a terminal) would wait or fill memory for ever.
      if (!stat.isFile()) {
        yield {
          path: file,
          format,
          error: 'not a regular file (a FIFO, device or socket): refused; use - for standard input',
        };
        continue;
      }
      size = stat.size;
      fs.accessSync(fsPath, fs.constants.R_OK);
    } catch (err) {
      yield { path: file, format, error: cannotRead(err) };
      continue;
    }
    if (format === 'ndjson') {
      yield* ndjsonUnits(file, fs.createReadStream(fsPath), options.maxBytes);
    } else {
      // Refused before reading, so a huge file never fills memory.
      yield {
        path: file,
        pathBytes: source.bytes,
        format,
        error: sizeProblem(size, format, options.maxBytes) ?? undefined,
        mirrorUrl: options.baseUrl === undefined ? undefined : mirrorAddress(options.baseUrl, placeInFolder(source)),
      };
    }
  }
}

/** How a unit's bytes are decoded and parsed: in this thread or a worker's (workers.ts). */
export type PrepareUnit = (unit: Unit, options: UnitPrepareOptions) => Promise<PreparedSource>;

export interface UnitPrepareOptions {
  encoding?: string;
  maxBytes: number;
  /** The operator's site (`config set site-url`). */
  siteUrl?: string;
}

/** A file's path under the folder it was found in; a file named on its own is its name. */
function placeInFolder(source: { path: string; root?: string }): string {
  return source.root === undefined ? path.basename(source.path) : path.relative(source.root, source.path);
}

/** Reads the unit's file when its bytes are not in memory yet (so worker threads do the reading), then prepares it. */
export function prepareUnit(unit: Unit, options: UnitPrepareOptions): PreparedSource {
  let bytes = unit.bytes;
  if (!bytes) {
    const fail = (error: string) => failedSource(new Uint8Array(), unit.format ?? 'txt', unit.line, error);
    try {
      // A worker receives the bytes of a path as a plain Uint8Array, which fs takes only as a Buffer.
      const file = unit.pathBytes ? Buffer.from(unit.pathBytes) : unit.path;
      const read = readFileBounded(file, sizeLimit(unit.format, options.maxBytes));
      if (read.over) return fail(tooLarge(unit.format, options.maxBytes));
      bytes = read.bytes;
    } catch (err) {
      return fail(cannotRead(err));
    }
  }
  return prepareSource(bytes, {
    path: unit.path,
    format: unit.format,
    encoding: options.encoding,
    httpContentType: unit.httpContentType,
    maxBytes: options.maxBytes,
    line: unit.line,
    url: unit.fetchedFrom,
    mirrorUrl: unit.mirrorUrl,
    siteUrl: options.siteUrl,
  });
}

const cannotRead = (err: unknown) => `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
