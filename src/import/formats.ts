/**
 * What arca imports: the input formats, the one table of file extensions that name them (a folder walk
 * and a named file read it alike), and the size limits a unit of each format is held to.
 */

export type InputFormat = 'txt' | 'html' | 'json' | 'ndjson';

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

/**
 * Server pages a mirror saves under their own names (wget keeps "detail.php?id=12"): HTML once saved,
 * or the script's source, or anything else the server sent. Their content decides, as for files
 * without an extension.
 */
const SNIFFED_EXTENSIONS = new Set(['php', 'asp', 'aspx', 'jsp', 'cfm', 'do']);

/** The extension of a file name or URL path, lower case, without a query wget kept in the name; '' when none. */
function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/[?#].*$/s, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format a file name or URL path names by its extension (any case); undefined for any other name. */
export function formatByExtension(name: string): InputFormat | undefined {
  const extension = extensionOf(name);
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
}

/**
 * What a folder walk does with a file by its name: read it (its extension names a format), look
 * at its content (a server page or no extension: a page only if it is HTML), or skip it (images,
 * style sheets, scripts, documents: not pages).
 */
export function walkedFileRule(name: string): 'read' | 'sniff' | 'skip' {
  const extension = extensionOf(name);
  if (Object.hasOwn(FORMAT_BY_EXTENSION, extension)) return 'read';
  return extension === '' || SNIFFED_EXTENSIONS.has(extension) ? 'sniff' : 'skip';
}

/**
 * A JSON document must be parsed whole, so a CMS export of thousands of records is one large unit:
 * --max-size (meant for a page or one record) does not apply to it, this does. NDJSON is streamed instead.
 */
const JSON_FILE_LIMIT = 1024 * 1024 * 1024;

/** The largest unit of this format arca reads: the JSON file limit, or --max-size. */
export function sizeLimit(format: InputFormat | undefined, maxBytes: number): number {
  return format === 'json' ? JSON_FILE_LIMIT : maxBytes;
}

/** "too large (…)" when a unit of this format and size is over its limit, else null. */
export function sizeProblem(size: number, format: InputFormat | undefined, maxBytes: number): string | null {
  if (size <= sizeLimit(format, maxBytes)) return null;
  return format === 'json'
    ? `too large (${size} bytes; the limit for a JSON file is ${JSON_FILE_LIMIT})`
    : `too large (${size} bytes; the limit is ${maxBytes}, see --max-size)`;
}
