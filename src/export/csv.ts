/** CSV writer: RFC 4180 via csv-stringify, CRLF, header row, formula cells neutralised. */
import { stringify } from 'csv-stringify';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../errors.js';
import { FLAT_FIELDS, type FlatField } from '../article-fields.js';
import type { Article } from '../types.js';
import type { CsvHeaders } from './formats.js';
import { t } from '../i18n/index.js';
import { ENGLISH_TEXT, articleRecord, fieldLabel, flatRecord, type ExportText } from './record.js';

/** A --fields choice that names no column or one twice: a usage error. */
export class CsvFieldError extends UsageError {}

export interface CsvOptions {
  /** Write U+FEFF first so Excel reads the file as UTF-8 (Chinese text). */
  bom?: boolean;
  /** Columns to write, in this order; default: every field. */
  fields?: string[];
  /** The header row: the field names (default, as scripts read it) or their labels in the export's language. */
  headers?: CsvHeaders;
}

function isFlatField(name: string): name is FlatField {
  return (FLAT_FIELDS as readonly string[]).includes(name);
}

/** Validates a --fields choice (names are trimmed); throws CsvFieldError naming the bad one and the valid ones. */
export function csvColumns(fields?: string[]): FlatField[] {
  if (fields === undefined) return [...FLAT_FIELDS];
  const valid = FLAT_FIELDS.join(', ');
  const columns: FlatField[] = [];
  for (const raw of fields) {
    const name = raw.trim();
    if (!isFlatField(name)) throw new CsvFieldError(t('export.csv.unknownField', { name, valid }));
    if (columns.includes(name)) throw new CsvFieldError(t('export.csv.twice', { name }));
    columns.push(name);
  }
  if (columns.length === 0) throw new CsvFieldError(t('export.csv.none', { valid }));
  return columns;
}

/**
 * One row per article after a header row (labels, when asked for, in `text`'s language: --headers zh
 * gives the Chinese ones); returns the number of articles written. Leaves `out` open.
 */
export async function writeCsv(
  articles: Iterable<Article>,
  out: NodeJS.WritableStream,
  options: CsvOptions = {},
  text: ExportText = ENGLISH_TEXT,
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
    columns:
      (options.headers ?? 'keys') === 'keys'
        ? columns
        : columns.map((key) => ({ key, header: fieldLabel(text.say, key) })),
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
