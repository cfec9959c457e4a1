import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { iterateArticleJson, iterateArticles } from '../db/articles.js';
import { RuntimeError, UsageError } from '../output/errors.js';
import { info } from '../output/io.js';
import type { RawFilterOptions } from '../query/filters.js';
import type { Context } from './context.js';
import { addFilterOptions, filtersFrom, withExamples } from './options.js';

interface ExportFlags extends RawFilterOptions {
  format: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
  fields?: string;
  includeRemoved?: boolean;
}

export function registerExport(program: Command, context: () => Context): void {
  const command = program.command('export')
    .description('export articles as ndjson, json, csv, Markdown files or a static HTML site (taken-down articles left out)')
    .option('--format <format>', 'ndjson|json|csv|md|html', 'ndjson')
    .option('--out <path>', 'file (ndjson/json/csv; default: stdout) or folder (md/html, required)')
    .option('--force', 'write into an existing file or non-empty folder')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark, for Excel')
    .option('--fields <list>', 'csv: comma-separated columns, in order')
    .option('--include-removed', 'also export removed articles (purged bodies are never exported)');
  addFilterOptions(command, { paging: true, sorting: true });
  withExamples(command, [
    'arca export > archive.ndjson',
    'arca export | arca --db copy.db import --format ndjson -',
    'arca export --format csv --bom --out articles.csv --fields id,title,source,published',
    'arca export --format html --out site/ --since 2024-01-01',
    'arca export --format md --out lawyer/ --has-request --include-removed',
  ]).action(async (flags: ExportFlags) => {
    const ctx = context();
    const { isExportFormat, EXPORT_WRITERS, csvColumns, CsvFieldError } = await import('../export/index.js');
    if (!isExportFormat(flags.format)) throw new UsageError(`--format must be one of ndjson, json, csv, md, html (got "${flags.format}")`);
    const writer = EXPORT_WRITERS[flags.format];
    const fields = flags.fields?.split(',').map((f) => f.trim());
    if (fields && flags.format !== 'csv') throw new UsageError('--fields applies to --format csv only');
    if (flags.bom && flags.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
    try {
      if (fields) csvColumns(fields);
    } catch (err) {
      if (err instanceof CsvFieldError) throw new UsageError(err.message);
      throw err;
    }
    if (writer.target === 'folder' && !flags.out) throw new UsageError(`--format ${flags.format} writes a folder: name it with --out DIR`);
    const out = flags.out === '-' ? undefined : flags.out;
    const clearOut = out ? checkOut(out, flags.format, writer.target, Boolean(flags.force)) : () => {};

    const session = await ctx.open();
    try {
      const filters = filtersFrom(flags, session.tz, 'id');
      if (filters.status !== 'active' && !flags.includeRemoved) {
        throw new UsageError(`exporting ${filters.status} articles needs --include-removed`);
      }
      if (flags.includeRemoved && command.getOptionValueSource('status') === 'default') filters.status = 'all';
      clearOut();
      let count: number;
      if (writer.target === 'folder') {
        count = await writer.write(iterateArticles(session.db, filters, session.view), out!);
      } else {
        const write = (stream: NodeJS.WritableStream) => (writer.target === 'records'
          ? writer.write(iterateArticleJson(session.db, filters, session.view), stream)
          : writer.write(iterateArticles(session.db, filters, session.view), stream, { bom: flags.bom, fields }));
        count = out ? await writeFileAtomically(out, write) : await write(ctx.io.stdout);
      }
      info(ctx.io, `exported ${count} article${count === 1 ? '' : 's'}${out ? ` to ${out}` : ''}`);
    } finally {
      session.db.close();
    }
  });
}

/** What an earlier export of this format leaves in its folder: arca may replace these with --force. */
const EXPORT_FILE = { md: /^\d{6}(-.*)?\.md$/, html: /^(\d{6}(-.*)?\.html|index\.html)$/ } as const;

/**
 * Refuses to overwrite without --force. With --force, a file is replaced; a folder only when it holds
 * nothing but an earlier export of the same format, whose pages the returned function clears just before
 * writing, so articles taken down since then do not linger (a stray --out ~ can never empty a home folder).
 */
function checkOut(out: string, format: string, target: 'records' | 'stream' | 'folder', force: boolean): () => void {
  const nothing = () => {};
  if (!fs.existsSync(out)) return nothing;
  const stat = fs.statSync(out);
  if (target !== 'folder') {
    if (stat.isDirectory()) throw new UsageError(`--out ${out} is a folder; --format ${format} writes one file`);
    if (!force) throw new UsageError(`${out} already exists: choose another --out or pass --force`);
    return nothing;
  }
  if (!stat.isDirectory()) throw new UsageError(`--out ${out} is a file; --format ${format} writes a folder`);
  const entries = fs.readdirSync(out);
  if (entries.length === 0) return nothing;
  if (!force) throw new UsageError(`${out} already exists and is not empty: choose another --out or pass --force`);
  const pattern = EXPORT_FILE[format as keyof typeof EXPORT_FILE];
  const foreign = entries.find((name) => !pattern.test(name));
  if (foreign !== undefined) {
    throw new UsageError(`${out} holds ${foreign}, which is not part of an arca ${format} export: choose an empty or new folder`);
  }
  return () => {
    for (const name of entries) fs.rmSync(path.join(out, name));
  };
}

/** Writes to a temporary file beside the target and renames it into place: never a half-written export. */
async function writeFileAtomically(file: string, write: (stream: fs.WriteStream) => Promise<number>): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = fs.createWriteStream(temp);
  try {
    const count = await write(stream);
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    fs.renameSync(temp, file);
    return count;
  } catch (err) {
    stream.destroy();
    fs.rmSync(temp, { force: true });
    throw err instanceof Error && 'code' in err ? new RuntimeError(`cannot write ${file}: ${err.message}`) : err;
  }
}
