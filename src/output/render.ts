/**
 * The one renderer behind every list-like command. The same rows become an aligned, coloured,
 * width-fitted table on a terminal, tab-separated lines in a pipe, or JSON for scripts.
 * Rendering is async only so that the terminal layout (./table.js) loads when it is needed.
 */
import type { IO } from './io.js';

export type CellValue = string | number | boolean | null;

export interface Column<T> {
  /** The column's title on a terminal; a function when it is a message, read in the interface language. */
  header: string | (() => string);
  value: (row: T) => CellValue;
  /** This column shrinks first when the table is too wide. */
  flex?: boolean;
  /**
   * This column takes the width the others leave: flex columns give way first (down to their minimum) so
   * that it keeps a readable share of the line. A search's snippet column.
   */
  fill?: boolean;
  align?: 'left' | 'right';
  /**
   * Colour hint on a terminal. 'highlight' cells mark hits with U+E000 … U+E001, which take no width;
   * a cut keeps the first hit in the middle.
   */
  style?: 'id' | 'date' | 'dim' | 'status' | 'highlight';
}

export type OutputMode = 'table' | 'tsv' | 'json' | 'ndjson';

/** Output is written in chunks of about this many characters rather than line by line. */
const CHUNK_CHARS = 64 * 1024;

export function outputMode(
  io: IO,
  flags: { json?: boolean | string; ndjson?: boolean; jq?: string; template?: string },
): OutputMode {
  if (flags.json !== undefined || flags.jq !== undefined || flags.template !== undefined) return 'json';
  if (flags.ndjson) return 'ndjson';
  return io.stdoutIsTTY ? 'table' : 'tsv';
}

export async function renderRows<T>(
  io: IO,
  mode: OutputMode,
  rows: Iterable<T>,
  columns: Column<T>[],
  toJson: (row: T) => unknown,
): Promise<void> {
  if (mode === 'json') {
    if (io.template)
      await writeTemplate(
        io,
        Array.from(rows, (row) => selected(io, toJson(row))),
      );
    else await writeJson(io, (out) => writeJsonArray(out, rows, (row) => selected(io, toJson(row))));
    return;
  }
  const out = new ChunkedWriter(io.stdout);
  switch (mode) {
    case 'ndjson':
      for (const row of rows) out.write(`${JSON.stringify(toJson(row)) ?? 'null'}\n`);
      break;
    case 'tsv':
      for (const row of rows) out.write(`${columns.map((c) => cellText(c.value(row))).join('\t')}\n`);
      break;
    case 'table': {
      const cells = Array.from(rows, (row) => columns.map((c) => cellText(c.value(row))));
      if (cells.length === 0) break;
      const { formatTable } = await import('./table.js');
      out.write(
        formatTable(
          io,
          columns,
          columns.map((c) => cellText(typeof c.header === 'function' ? c.header() : c.header)),
          cells,
        ),
      );
      break;
    }
  }
  out.flush();
}

/** A `show`-style block of labelled fields; in JSON modes the given object instead. */
export async function renderRecord(
  io: IO,
  mode: OutputMode,
  fields: Array<[label: string, value: string | number | null]>,
  json: unknown,
): Promise<void> {
  if (mode === 'json') {
    if (io.template) await writeTemplate(io, selected(io, json));
    else await writeJson(io, (out) => out.write(`${JSON.stringify(selected(io, json), null, 2)}\n`));
    return;
  }
  const out = new ChunkedWriter(io.stdout);
  switch (mode) {
    case 'ndjson':
      out.write(`${JSON.stringify(json)}\n`);
      break;
    case 'tsv':
      for (const [label, value] of fields) out.write(`${cellText(label)}\t${cellText(value)}\n`);
      break;
    case 'table': {
      const { formatRecordBlock } = await import('./table.js');
      out.write(
        formatRecordBlock(
          io,
          fields.map(([label, value]) => [cellText(label), multilineText(value)]),
        ),
      );
      break;
    }
  }
  out.flush();
}

/** --json FIELDS: only the named keys of an object, in the order named (absent ones null). */
function selected(io: IO, value: unknown): unknown {
  if (io.jsonFields === undefined || value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(io.jsonFields.map((field) => [field, record[field] ?? null]));
}

/** JSON text to stdout, or with --jq through jq first (which needs the whole text). */
async function writeJson(io: IO, write: (out: ChunkedWriter) => void): Promise<void> {
  if (io.jq === undefined) {
    const out = new ChunkedWriter(io.stdout);
    write(out);
    out.flush();
    return;
  }
  const parts: string[] = [];
  const out = new ChunkedWriter({ write: (text) => parts.push(text) });
  write(out);
  out.flush();
  const { applyJq } = await import('./jq.js');
  io.stdout.write(await applyJq(parts.join(''), io.jq));
}

/**
 * --template over the JSON value (a JSON round trip first, so it sees exactly the JSON's fields and values).
 * Its tablerow columns line up by display width on a terminal, and are tab-separated in a pipe.
 */
async function writeTemplate(io: IO, value: unknown): Promise<void> {
  const { executeTemplate } = await import('./template.js');
  const width = io.stdoutIsTTY ? (await import('string-width')).default : undefined;
  const data = JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
  io.stdout.write(executeTemplate(io.template!, data, { aligned: io.stdoutIsTTY, width }));
}

/** One line of plain text: tabs and line breaks become spaces, other control characters (ANSI escapes from data) go. */
function cellText(value: CellValue): string {
  if (value === null) return '';
  return stripControls(String(value).replace(/\r\n|[\t\n\r\v\f\u2028\u2029]/g, ' '));
}

/** Like cellText, but paragraphs stay on their own lines. */
function multilineText(value: string | number | null): string {
  if (value === null) return '';
  return stripControls(
    String(value)
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\t\v\f]/g, ' '),
  );
}

function stripControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function writeJsonArray<T>(out: ChunkedWriter, rows: Iterable<T>, toJson: (row: T) => unknown): void {
  // Same text as JSON.stringify(array, null, 2), one element at a time.
  let first = true;
  for (const row of rows) {
    const element = (JSON.stringify(toJson(row), null, 2) ?? 'null').replace(/\n/g, '\n  ');
    out.write(`${first ? '[\n' : ',\n'}  ${element}`);
    first = false;
  }
  out.write(first ? '[]\n' : '\n]\n');
}

/** Collects small writes into large ones: a 100 000-row export is a few hundred writes, not 100 000. */
class ChunkedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly stream: { write(text: string): unknown }) {}

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.stream.write(this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }
}
