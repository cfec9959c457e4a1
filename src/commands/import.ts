import type { Command } from 'commander';
import { FailureError, UsageError } from '../errors.js';
import type { DuplicatePolicy, ImportItemResult, ImportSummary } from '../import/pipeline.js';
import type { WarningKind } from '../import/pages/warnings.js';
import type { Inputs } from '../import/inputs/sources.js';
import { info, warn } from '../output/io.js';
import { plural } from '../output/text.js';
import { renderRecord } from '../output/render.js';
import { withArchive, type Deps, type EnvSource } from './shared/env.js';
import { choiceOption, parseByteSize, withExamples } from './shared/options.js';

interface ImportFlags {
  format?: string;
  encoding?: string;
  onDuplicate: string;
  dryRun?: boolean;
  strict?: boolean;
  maxSize: string;
  timeout: string;
}

/** The flags checked and turned into what the pipeline takes. */
export interface ImportOptions {
  format?: (typeof FORMATS)[number];
  encoding?: string;
  onDuplicate: DuplicatePolicy;
  dryRun: boolean;
  strict: boolean;
  maxBytes: number;
  timeoutMs: number;
  /** --json / --ndjson: the items as well as the summary. */
  json: boolean;
  ndjson: boolean;
}

const FORMATS = ['txt', 'html', 'json', 'ndjson'] as const;
const POLICIES = ['skip', 'update', 'keep'] as const;

/** The import machinery (parsers, HTML, encodings) is loaded only by this command. */
const loadImport = () => Promise.all([
  import('../import/inputs/sources.js'), import('../import/pipeline.js'), import('../import/inputs/fetch.js'),
  import('../output/progress.js'), import('../import/inputs/workers.js'), import('../import/pages/warnings.js'),
]);

const WARNING_SUMMARY: Record<WarningKind, string> = {
  'no-date': 'imported without a date',
  'date-from-url': 'dated from their address only (no date on the page)',
  'title-fallback': 'titled from <title> or metadata (no headline found)',
  'short-body': 'imported with a short body',
  'replacement-characters': 'imported with replacement characters (U+FFFD)',
};

/**
 * One line per warning of a single page; past one page, one line per kind of warning, with the count of
 * pages: the items in --json name them.
 */
function reportWarnings(io: Deps['io'], warned: ImportItemResult[], kindOf: (message: string) => WarningKind): void {
  if (warned.length === 1) {
    const [item] = warned;
    for (const message of item.warnings) warn(io, `${item.path}${item.line ? `:${item.line}` : ''}: ${message}`);
    return;
  }
  const pages = new Map<WarningKind, number>();
  for (const item of warned) {
    for (const kind of new Set(item.warnings.map(kindOf))) pages.set(kind, (pages.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of pages) warn(io, `${plural(count, 'page')} ${WARNING_SUMMARY[kind]} (--json lists them)`);
}

/** Imports the named sources; every item is reported on stderr, the summary last; failed items make it fail. */
export async function runImport(deps: Deps, sources: Inputs, options: ImportOptions): Promise<ImportSummary> {
  const [
    { countSources }, { runImport: importSources }, { fetchPage }, { createProgress }, { workerPrepare },
    { warningKind },
  ] = await loadImport();
  const { io, scope } = deps;
  const progress = await createProgress(io, () => countSources(sources), options.dryRun ? 'checking' : 'importing');
  const items: unknown[] = [];
  const warned: ImportItemResult[] = [];
  // Starting worker threads costs more than it saves for a handful of pages.
  const preparer = countSources(sources, 65) > 64 ? workerPrepare() : undefined;
  let summary;
  try {
    summary = await importSources(scope.db, sources, {
      format: options.format,
      encoding: options.encoding,
      onDuplicate: options.onDuplicate,
      dryRun: options.dryRun,
      strict: options.strict,
      maxBytes: options.maxBytes,
      stdin: io.stdin,
      fetchUrl: (url) => fetchPage(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes }),
      importedAt: scope.now.toISOString(),
      audit: scope.audit,
      prepare: preparer?.prepare,
      onProgress: () => progress.tick(),
      onItem: (item) => {
        const where = `${item.path}${item.line ? `:${item.line}` : ''}`;
        if (item.status === 'failed') io.stderr.write(`arca: error: ${where}: ${item.error}\n`);
        else if (item.status === 'duplicate') info(io, `${where}: duplicate of article ${item.duplicate_of}, skipped`);
        if (item.warnings.length > 0) warned.push(item);
        if (options.ndjson) io.stdout.write(`${JSON.stringify(item)}\n`);
        else if (options.json) items.push(item);
      },
    });
  } finally {
    progress.done();
    await preparer?.close();
  }
  const { skipped } = sources;
  if (options.json) await renderRecord(io, 'json', [], { ...summary, skipped, items });
  reportWarnings(io, warned, warningKind);
  if (skipped > 0) {
    info(io, `skipped ${plural(skipped, 'file')} that ${skipped === 1 ? 'is not a page' : 'are not pages'}`);
  }
  const verb = options.dryRun ? 'would import' : 'imported';
  info(io, `${verb} ${summary.imported}, updated ${summary.updated}, duplicates ${summary.duplicates}, failed ${summary.failed}` +
    (options.dryRun ? ' (dry run: nothing was written)' : ''));
  if (summary.failed > 0) {
    throw new FailureError(`${summary.failed} of ${summary.imported + summary.updated + summary.duplicates + summary.failed} items failed (named above)`);
  }
  return summary;
}

/** Checks the inputs and flags before the archive is opened (or created): a usage error opens nothing. */
async function importOptions(inputs: string[], flags: ImportFlags, global: { json?: boolean; ndjson?: boolean }): Promise<ImportOptions> {
  if (inputs.length === 0) throw new UsageError('nothing to import: name files, folders, URLs, or - for standard input');
  const timeout = Number(flags.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout needs a number of seconds (got "${flags.timeout}")`);
  const maxBytes = parseByteSize('--max-size', flags.maxSize);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be named only once');
  const { canonicalEncoding } = await import('../import/pages/decode.js');
  if (flags.encoding !== undefined && canonicalEncoding(flags.encoding) === null) {
    throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (try utf-8, gb18030, big5 or utf-16le)`);
  }
  return {
    format: flags.format as ImportOptions['format'],
    encoding: flags.encoding,
    onDuplicate: flags.onDuplicate as DuplicatePolicy,
    dryRun: Boolean(flags.dryRun),
    strict: Boolean(flags.strict),
    maxBytes,
    timeoutMs: timeout * 1000,
    json: Boolean(global.json),
    ndjson: Boolean(global.ndjson),
  };
}

export function registerImport(program: Command, env: EnvSource): void {
  const command = program.command('import');
  withExamples(
    command
      .description('import saved pages (text, HTML), JSON/NDJSON records or URLs into the archive')
      .argument('[inputs...]', 'files, folders (recursive), http(s) URLs, or - for standard input')
      .addOption(choiceOption(command, '--format <format>', 'read every input as this format (default: by extension and content)', FORMATS))
      .option('--encoding <name>', 'decode with this encoding (default: detected from BOM, valid UTF-8, meta charset, HTTP header, else GB18030 or Big5)')
      .addOption(choiceOption(command, '--on-duplicate <policy>', 'what to do with a page already archived', POLICIES, 'skip'))
      .option('--dry-run', 'parse and report, write nothing')
      .option('--strict', 'stop at the first failure and roll back the whole run')
      .option('--max-size <size>', 'largest page, record or download to accept (e.g. 10MB)', '10MB')
      .option('--timeout <seconds>', 'give up on a URL after this many seconds', '30'),
    [
      'arca import ~/saved-pages/',
      'arca import page.html --encoding gbk',
      'arca import https://example.org/news/1.html',
      'cms-dump | arca import --format ndjson -',
      'arca import --dry-run --json exports/',
    ],
  ).action(async (inputs: string[], flags: ImportFlags) => {
    const commandEnv = env();
    const options = await importOptions(inputs, flags, commandEnv.options);
    const { expandInputs } = await import('../import/inputs/sources.js');
    const sources = expandInputs(inputs);
    await withArchive(commandEnv, (deps) => runImport(deps, sources, options));
  });
}
