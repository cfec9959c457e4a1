import type { Messages } from '../messages.js';

/**
 * `arca export`, and the words its files carry: those follow the archive's language (exports are
 * read by others), the command's messages the interface's. The English labels are today's, byte for byte.
 */
export const exportArea = {
  'export.description':
    'export articles as ndjson, json, csv, Markdown files or a static HTML site (taken-down articles left out)',
  'export.option.format': 'the format to write',
  'export.option.out': 'file (ndjson/json/csv; default: stdout) or folder (md/html, required)',
  'export.option.force': 'write into an existing file or non-empty folder',
  'export.option.bom': 'csv: start with a UTF-8 byte-order mark, for Excel',
  'export.option.fields': 'csv: comma-separated columns, in order',
  'export.option.headers': 'csv: the header row: field names (keys), or labels in Chinese (zh) or English (en)',
  'export.option.includeRemoved': 'also export removed articles (purged bodies are never exported)',
  'export.needsIncludeRemoved': (p: { status: string }) => `exporting ${p.status} articles needs --include-removed`,
  'export.done': (p: { count: number; out: string }) =>
    `exported ${p.count} ${p.count === 1 ? 'article' : 'articles'}${p.out ? ` to ${p.out}` : ''}`,
  'export.cannotWrite': (p: { file: string; reason: string }) => `cannot write ${p.file}: ${p.reason}`,
  'export.csvOnly': (p: { flag: string }) => `${p.flag} applies to --format csv only`,
  'export.needsOut': (p: { format: string }) => `--format ${p.format} writes a folder: name it with --out DIR`,
  'export.outIsFolder': (p: { out: string; format: string }) =>
    `--out ${p.out} is a folder; --format ${p.format} writes one file`,
  'export.outExists': (p: { out: string }) => `${p.out} already exists: choose another --out or pass --force`,
  'export.outIsFile': (p: { out: string; format: string }) =>
    `--out ${p.out} is a file; --format ${p.format} writes a folder`,
  'export.outNotEmpty': (p: { out: string }) =>
    `${p.out} already exists and is not empty: choose another --out or pass --force`,
  'export.outForeign': (p: { out: string; file: string; format: string }) =>
    `${p.out} holds ${p.file}, which is not part of an arca ${p.format} export: choose an empty or new folder`,
  'export.csv.unknownField': (p: { name: string; valid: string }) =>
    `unknown CSV field "${p.name}"; valid fields: ${p.valid}`,
  'export.csv.twice': (p: { name: string }) => `CSV field "${p.name}" is listed twice; name each field once`,
  'export.csv.none': (p: { valid: string }) => `no CSV fields chosen; valid fields: ${p.valid}`,
  // The words in the exported files (the archive's language).
  'export.label.articles': 'Articles',
  'export.label.date': 'Date',
  'export.line.source': (p: { value: string }) => `Source: ${p.value}`,
  'export.line.originalLink': (p: { value: string }) => `Original link: ${p.value}`,
  'export.label.purged': 'The body of this article was purged after a takedown request.',
  'export.label.index': 'All articles',
  'export.label.untitled': '(untitled)',
  'export.label.count': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'article' : 'articles'}`,
  'export.field.id': 'ID',
  'export.field.title': 'Title',
  'export.field.site': 'Site',
  'export.field.category': 'Category',
  'export.field.published': 'Published',
  'export.field.source': 'Source',
  'export.field.author': 'Author',
  'export.field.editor': 'Editor',
  'export.field.views': 'Views',
  'export.field.original_url': 'Original URL',
  'export.field.body': 'Body',
  'export.field.disclaimer': 'Disclaimer',
  'export.field.window_days': 'Window days',
  'export.field.site_url': 'Site URL',
  'export.field.window_unit': 'Window unit',
  'export.field.window_ends': 'Window ends',
  'export.field.status': 'Status',
  'export.field.imported_at': 'Imported at',
  'export.field.provenance_path': 'Imported from',
  'export.field.provenance_sha256': 'SHA-256',
  'export.field.provenance_encoding': 'Encoding',
} satisfies Messages;
