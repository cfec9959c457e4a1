/** CSV writer: RFC 4180 via csv-stringify, CRLF, header row, formula cells neutralised. */
import { stringify } from 'csv-stringify';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../errors.js';
import { FLAT_FIELDS, type FlatField } from '../article-fields.js';
import type { Article } from '../types.js';
import { articleRecord, flatRecord } from './record.js';

/** A --fields choice that names no column or one twice: a usage error. */
export class CsvFieldError extends UsageError {}

export interface CsvOptions {
  /** Write U+FEFF first so Excel reads the file as UTF-8 (Chinese text). */
  bom?: boolean;
  /** Columns to write, in this order; default: every field. */
  fields?: string[];
}

function isFlatField(name: string): name is FlatField {
  return (FLAT_FIELDS as readonly string[]).includes(name);
}

/** Validates a --fields choice (names are trimmed); throws CsvFieldError naming the bad one and the valid ones. */
export function csvColumns(fields?: string[]): FlatField[] {
  if (fields === undefined) return [...FLAT_FIELDS];
  const valid = `valid fields: ${FLAT_FIELDS.join(', ')}`;
  const columns: FlatField[] = [];
  for (const raw of fields) {
    const name = raw.trim();
    if (!isFlatField(name)) throw new CsvFieldError(`unknown CSV field "${name}"; ${valid}`);
    if (columns.includes(name)) throw new CsvFieldError(`CSV field "${name}" is listed twice; name each field once`);
    columns.push(name);
  }
  if (columns.length === 0) throw new CsvFieldError(`no CSV fields chosen; ${valid}`);
  return columns;
}

/** One row per article after a header row; returns the number of articles written. Leaves `out` open. */
export async function writeCsv(
  articles: Iterable<Article>,
  out: NodeJS.WritableStream,
  options: CsvOptions = {},
): Promise<number> {
  const columns = csvColumns(options.fields);
  let count = 0;
  function* rows(): Generator<Array<string | number | null>> {
    for (const article of articles) {
      count += 1;
      const record = flatRecord(articleRecord(article));
      yield columns.map((column) => record[column]);
    }
  }
  const stringifier = stringify({
    header: true,
    columns,
    bom: options.bom === true,
    record_delimiter: 'windows',
    // Without this, setting record_delimiter stops csv-stringify quoting cells with a lone \n or \r.
    quote_record_delimiter: true,
    // A leading ' keeps = + - @ tab CR from being read as a formula by spreadsheets.
    escape_formulas: true,
  });
  await pipeline(rows(), stringifier, out, { end: false });
  return count;
}
