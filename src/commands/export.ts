import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { iterateArticleJson, iterateArticles } from '../db/articles.js';
import { FailureError, UsageError } from '../errors.js';
import { CSV_HEADERS, EXPORT_FORMATS, type CsvHeaders, type ExportFormat } from '../export/formats.js';
import type { ExportText, ExportWriter } from '../export/index.js';
import { getSetting } from '../db/settings.js';
import { t } from '../i18n/index.js';
import { archiveTranslator } from './shared/language.js';
import { writeStreamAtomically } from '../files.js';
import { info } from '../output/io.js';
import { parseArticleFilters, type RawFilterOptions } from '../query/filters.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { addFilterOptions, choiceOption } from './shared/options.js';
import { verb } from './shared/verb.js';

interface ExportFlags extends RawFilterOptions {
  format: ExportFormat;
  out?: string;
  force?: boolean;
  bom?: boolean;
  fields?: string;
  headers?: CsvHeaders;
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
  const { headers } = flags;
  const filters = parseArticleFilters(flags, scope.tz, 'id');
  if (filters.status !== 'active' && !flags.includeRemoved) {
    throw new UsageError(t('export.needsIncludeRemoved', { status: filters.status }));
  }
  if (flags.includeRemoved && plan.statusDefaulted) filters.status = 'all';
  plan.clearOut();
  const text = await exportText(scope.db, flags.headers);
  let count: number;
  if (writer.target === 'folder') {
    count = await writer.write(iterateArticles(scope.db, filters, scope), out!, text);
  } else {
    const write = (stream: NodeJS.WritableStream) =>
      writer.target === 'records'
        ? writer.write(iterateArticleJson(scope.db, filters, scope), stream)
        : writer.write(iterateArticles(scope.db, filters, scope), stream, { bom: flags.bom, fields, headers }, text);
    count = out ? await writeFile(out, write) : await write(deps.io.stdout);
  }
  info(deps.io, t('export.done', { count, out: out ?? '' }));
  return count;
}

/**
 * The words of the exported files: in the archive's language (they are read by others), except a CSV
 * header asked for in a language (--headers zh|en); HTML pages also name the operator's site.
 */
async function exportText(db: Deps['scope']['db'], headers: CsvHeaders | undefined): Promise<ExportText> {
  const language = headers === 'zh' || headers === 'en' ? headers : undefined;
  return { say: await archiveTranslator(db, language), siteName: getSetting(db, 'site-name') };
}

/** Never a half-written export: a write error names the file. */
async function writeFile(file: string, write: (stream: fs.WriteStream) => Promise<number>): Promise<number> {
  try {
    return await writeStreamAtomically(file, write);
  } catch (err) {
    throw err instanceof Error && 'code' in err
      ? new FailureError(t('export.cannotWrite', { file, reason: err.message }))
      : err;
  }
}

async function exportPlan(flags: ExportFlags, statusDefaulted: boolean): Promise<ExportPlan> {
  const { EXPORT_WRITERS, csvColumns } = await import('../export/index.js');
  const writer = EXPORT_WRITERS[flags.format];
  const fields = flags.fields?.split(',').map((f) => f.trim());
  const csvOnly = [fields && '--fields', flags.bom && '--bom', flags.headers && '--headers'].find(Boolean);
  if (csvOnly && flags.format !== 'csv') throw new UsageError(t('export.csvOnly', { flag: csvOnly }));
  if (fields) csvColumns(fields);
  if (writer.target === 'folder' && !flags.out) throw new UsageError(t('export.needsOut', { format: flags.format }));
  const out = flags.out === '-' ? undefined : flags.out;
  const clearOut = out ? checkOut(out, flags.format, writer.target, Boolean(flags.force)) : () => {};
  return { flags, writer, out, fields, statusDefaulted, clearOut };
}

const EXAMPLES = `
  arca export > archive.ndjson
  arca export | arca --db copy.db import --format ndjson -
  arca export --format csv --bom --out articles.csv --fields id,title,source,published
  arca export --format csv --headers zh --bom --out 文章.csv
  arca export --format html --out site/ --since 2024-01-01
  arca export --format md --out lawyer/ --has-request --include-removed
`;

export function registerExport(program: Command, env: EnvSource): void {
  const command = verb(program, 'export', t('export.description'), EXAMPLES);
  command
    .addOption(choiceOption(command, '--format <format>', t('export.option.format'), EXPORT_FORMATS, 'ndjson'))
    .option('--out <path>', t('export.option.out'))
    .option('--force', t('export.option.force'))
    .option('--bom', t('export.option.bom'))
    .option('--fields <list>', t('export.option.fields'))
    .addOption(choiceOption(command, '--headers <kind>', t('export.option.headers'), CSV_HEADERS))
    .option('--include-removed', t('export.option.includeRemoved'));
  addFilterOptions(command, { paging: true, sorting: true }).action(async (flags: ExportFlags) => {
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
    if (stat.isDirectory()) throw new UsageError(t('export.outIsFolder', { out, format }));
    if (!force) throw new UsageError(t('export.outExists', { out }));
    return nothing;
  }
  if (!stat.isDirectory()) throw new UsageError(t('export.outIsFile', { out, format }));
  const entries = fs.readdirSync(out);
  if (entries.length === 0) return nothing;
  if (!force) throw new UsageError(t('export.outNotEmpty', { out }));
  const pattern = EXPORT_FILE[format as keyof typeof EXPORT_FILE];
  const foreign = entries.find((name) => !pattern.test(name));
  if (foreign !== undefined) {
    throw new UsageError(t('export.outForeign', { out, file: foreign, format }));
  }
  return () => {
    for (const name of entries) fs.rmSync(path.join(out, name));
  };
}
