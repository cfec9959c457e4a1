import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { iterateArticleJson, iterateArticles } from '../db/articles.js';
import { FailureError, UsageError } from '../errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import type { ExportWriter } from '../export/index.js';
import { writeStreamAtomically } from '../files.js';
import { info } from '../output/io.js';
import { plural } from '../output/text.js';
import { parseArticleFilters, type RawFilterOptions } from '../query/filters.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { addFilterOptions, choiceOption, withExamples } from './shared/options.js';

interface ExportFlags extends RawFilterOptions {
  format: ExportFormat;
  out?: string;
  force?: boolean;
  bom?: boolean;
  fields?: string;
  includeRemoved?: boolean;
}

/** The flags checked before the archive is opened, with the writer they choose. */
export interface ExportPlan {
  flags: ExportFlags;
  writer: ExportWriter;
  /** The file or folder to write; undefined for stdout. */
  out?: string;
  fields?: string[];
  /** --status was left at its default (so --include-removed widens it to all). */
  statusDefaulted: boolean;
  /** Clears an earlier export's pages from `out`, just before writing. */
  clearOut: () => void;
}

/** Writes the selected articles in the planned format; resolves to how many were exported. */
export async function runExport(deps: Deps, plan: ExportPlan): Promise<number> {
  const { scope } = deps;
  const { flags, writer, out, fields } = plan;
  const filters = parseArticleFilters(flags, scope.tz, 'id');
  if (filters.status !== 'active' && !flags.includeRemoved) {
    throw new UsageError(`exporting ${filters.status} articles needs --include-removed`);
  }
  if (flags.includeRemoved && plan.statusDefaulted) filters.status = 'all';
  plan.clearOut();
  let count: number;
  if (writer.target === 'folder') {
    count = await writer.write(iterateArticles(scope.db, filters, scope), out!);
  } else {
    const write = (stream: NodeJS.WritableStream) =>
      writer.target === 'records'
        ? writer.write(iterateArticleJson(scope.db, filters, scope), stream)
        : writer.write(iterateArticles(scope.db, filters, scope), stream, { bom: flags.bom, fields });
    count = out ? await writeFile(out, write) : await write(deps.io.stdout);
  }
  info(deps.io, `exported ${plural(count, 'article')}${out ? ` to ${out}` : ''}`);
  return count;
}

/** Never a half-written export: a write error names the file. */
async function writeFile(file: string, write: (stream: fs.WriteStream) => Promise<number>): Promise<number> {
  try {
    return await writeStreamAtomically(file, write);
  } catch (err) {
    throw err instanceof Error && 'code' in err ? new FailureError(`cannot write ${file}: ${err.message}`) : err;
  }
}

async function exportPlan(flags: ExportFlags, statusDefaulted: boolean): Promise<ExportPlan> {
  const { EXPORT_WRITERS, csvColumns } = await import('../export/index.js');
  const writer = EXPORT_WRITERS[flags.format];
  const fields = flags.fields?.split(',').map((f) => f.trim());
  if (fields && flags.format !== 'csv') throw new UsageError('--fields applies to --format csv only');
  if (flags.bom && flags.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
  if (fields) csvColumns(fields);
  if (writer.target === 'folder' && !flags.out)
    throw new UsageError(`--format ${flags.format} writes a folder: name it with --out DIR`);
  const out = flags.out === '-' ? undefined : flags.out;
  const clearOut = out ? checkOut(out, flags.format, writer.target, Boolean(flags.force)) : () => {};
  return { flags, writer, out, fields, statusDefaulted, clearOut };
}

export function registerExport(program: Command, env: EnvSource): void {
  const command = program
    .command('export')
    .description(
      'export articles as ndjson, json, csv, Markdown files or a static HTML site (taken-down articles left out)',
    );
  command
    .addOption(choiceOption(command, '--format <format>', 'the format to write', EXPORT_FORMATS, 'ndjson'))
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
    const commandEnv = env();
    const plan = await exportPlan(flags, command.getOptionValueSource('status') === 'default');
    await withArchive(commandEnv, (deps) => runExport(deps, plan));
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
    throw new UsageError(
      `${out} holds ${foreign}, which is not part of an arca ${format} export: choose an empty or new folder`,
    );
  }
  return () => {
    for (const name of entries) fs.rmSync(path.join(out, name));
  };
}
