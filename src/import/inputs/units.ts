import fs from 'node:fs';
import { formatByExtension, sizeProblem, type InputFormat } from '../formats.js';
import { failedSource, prepareSource, type PreparedSource } from '../pages/prepare.js';
import type { Source } from './sources.js';

/** One piece of raw input handed to the parser: a page file, a JSON file, or one NDJSON line. */
export interface Unit {
  path: string;
  format: InputFormat | undefined;
  /** Bytes already in memory; absent for a file the preparer should read itself. */
  bytes?: Uint8Array;
  line?: number;
  httpContentType?: string;
  /** Set when the unit failed before parsing (unreadable, too large, fetch failed). */
  error?: string;
}

export interface UnitOptions {
  format?: InputFormat;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  fetchUrl: (url: string) => Promise<{ bytes: Uint8Array; contentType: string | undefined; url: string }>;
}

/** Splits a byte stream into lines without decoding it (NDJSON records may be in any encoding). */
async function* byteLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    pending = pending.length ? Buffer.concat([pending, buf]) : buf;
    let start = 0;
    for (let nl = pending.indexOf(0x0a, start); nl >= 0; nl = pending.indexOf(0x0a, start)) {
      yield pending.subarray(start, nl);
      start = nl + 1;
    }
    pending = Buffer.from(pending.subarray(start));
  }
  if (pending.length) yield pending;
}

async function* ndjsonUnits(label: string, stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Unit> {
  let line = 0;
  for await (const bytes of byteLines(stream)) {
    line++;
    // Blank lines (and a final newline) are not records.
    if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    yield { path: label, format: 'ndjson', bytes, line, error: sizeProblem(bytes.length, 'ndjson', maxBytes) ?? undefined };
  }
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** Turns sources into units, streaming NDJSON so memory does not grow with a file's size. */
export async function* sourceUnits(sources: Iterable<Source>, options: UnitOptions): AsyncGenerator<Unit> {
  for (const source of sources) {
    if (source.kind === 'stdin') {
      if (options.format === 'ndjson') {
        yield* ndjsonUnits('-', options.stdin as AsyncIterable<Buffer>, options.maxBytes);
      } else {
        yield { path: '-', format: options.format, bytes: await readAll(options.stdin as AsyncIterable<Buffer>) };
      }
      continue;
    }
    if (source.kind === 'unlisted') {
      yield { path: source.path, format: options.format, error: source.error };
      continue;
    }
    if (source.kind === 'url') {
      try {
        const got = await options.fetchUrl(source.url);
        yield { path: source.url, format: options.format, bytes: got.bytes, httpContentType: got.contentType };
      } catch (err) {
        yield { path: source.url, format: options.format, error: (err as Error).message };
      }
      continue;
    }
    const file = source.path;
    const format = options.format ?? formatByExtension(file);
    let size: number;
    try {
      size = fs.statSync(file).size;
      fs.accessSync(file, fs.constants.R_OK);
    } catch (err) {
      yield { path: file, format, error: cannotRead(err) };
      continue;
    }
    if (format === 'ndjson') {
      yield* ndjsonUnits(file, fs.createReadStream(file), options.maxBytes);
    } else {
      // Refused before reading, so a huge file never fills memory.
      yield { path: file, format, error: sizeProblem(size, format, options.maxBytes) ?? undefined };
    }
  }
}

/** How a unit's bytes are decoded and parsed: in this thread or a worker's (workers.ts). */
export type PrepareUnit = (unit: Unit, options: UnitPrepareOptions) => Promise<PreparedSource>;

export interface UnitPrepareOptions {
  encoding?: string;
  maxBytes: number;
}

/** Reads the unit's file when its bytes are not in memory yet (so worker threads do the reading), then prepares it. */
export function prepareUnit(unit: Unit, options: UnitPrepareOptions): PreparedSource {
  let bytes = unit.bytes;
  if (!bytes) {
    try {
      bytes = fs.readFileSync(unit.path);
    } catch (err) {
      return failedSource(new Uint8Array(), unit.format ?? 'txt', unit.line, cannotRead(err));
    }
  }
  return prepareSource(bytes, {
    path: unit.path, format: unit.format, encoding: options.encoding, httpContentType: unit.httpContentType,
    maxBytes: options.maxBytes, line: unit.line,
  });
}

const cannotRead = (err: unknown) => `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
