/** Export formats and their writers: stream formats go to a stream (stdout or a file), folder formats to a directory. */
import type { Article } from '../types.js';
import type { FolderWriter } from './article-files.js';
import { writeCsv, type CsvOptions } from './csv.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';
import { writeHtmlSite } from './html.js';
import { writeNdjson, writeJson } from './json.js';
import { writeMarkdownFolder } from './markdown.js';
import type { ExportText } from './record.js';

export type StreamWriter = (
  articles: Iterable<Article>,
  out: NodeJS.WritableStream,
  options: CsvOptions,
  text: ExportText,
) => Promise<number>;
/** Takes each article's JSON record, already serialised. */
export type RecordWriter = (records: Iterable<Uint8Array | string>, out: NodeJS.WritableStream) => Promise<number>;

export type ExportWriter =
  | { target: 'records'; write: RecordWriter }
  | { target: 'stream'; write: StreamWriter }
  | { target: 'folder'; write: FolderWriter };

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  ndjson: { target: 'records', write: writeNdjson },
  json: { target: 'records', write: writeJson },
  csv: { target: 'stream', write: writeCsv },
  md: { target: 'folder', write: writeMarkdownFolder },
  html: { target: 'folder', write: writeHtmlSite },
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export { EXPORT_FORMATS, type ExportFormat, type FolderWriter };
export { CsvFieldError, csvColumns, type CsvOptions } from './csv.js';
export { FLAT_FIELDS } from '../article-fields.js';
export { articleRecord, type ArticleRecord, type ExportText } from './record.js';
export { safeFileName } from './filenames.js';
export { writeCsv, writeHtmlSite, writeJson, writeMarkdownFolder, writeNdjson };
