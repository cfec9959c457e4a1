import type { Command } from 'commander';
import { CancelledError, FailureError, UsageError } from '../errors.js';
import type { DuplicatePolicy, ImportItemResult, ImportSummary } from '../import/pipeline.js';
import type { WarningKind } from '../import/pages/warnings.js';
import type { Inputs } from '../import/inputs/sources.js';
import { escapeControls, info, warn } from '../output/io.js';
import { plural } from '../output/text.js';
import { renderRecord } from '../output/render.js';
import { withArchive, type CommandEnv, type Deps, type EnvSource } from './shared/env.js';
import { getSetting } from '../db/settings.js';
import { t } from '../i18n/index.js';
import { choiceOption, httpUrl, parseByteSize, withExamples } from './shared/options.js';

interface ImportFlags {
  format?: string;
  encoding?: string;
  onDuplicate: string;
  dryRun?: boolean;
  strict?: boolean;
  maxSize: string;
  timeout: string;
  baseUrl?: string;
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
  /** --base-url: the address of the folders imported, on the operator's site. */
  baseUrl?: string;
  /** Ctrl-C: stop after the current item, keep what was imported. */
  signal?: AbortSignal;
}

const FORMATS = ['txt', 'html', 'json', 'ndjson'] as const;
const POLICIES = ['skip', 'update', 'keep'] as const;

/** The import machinery (parsers, HTML, encodings) is loaded only by this command. */
const loadImport = () =>
  Promise.all([
    import('../import/inputs/sources.js'),
    import('../import/pipeline.js'),
    import('../import/inputs/fetch.js'),
    import('../output/progress.js'),
    import('../import/inputs/workers.js'),
    import('../import/pages/warnings.js'),
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
function reportWarnings(
  io: Deps['io'],
  warned: ImportItemResult[],
  kindOf: (message: string) => WarningKind | null,
): void {
  const where = (item: ImportItemResult) => `${item.path}${item.line ? `:${item.line}` : ''}`;
  if (warned.length === 1) {
    const [item] = warned;
    for (const message of item.warnings) warn(io, `${where(item)}: ${message}`);
    return;
  }
  const pages = new Map<WarningKind, number>();
  for (const item of warned) {
    // A warning of no common kind (a value out of range, an unpaired surrogate) is said of its item.
    for (const message of item.warnings) if (kindOf(message) === null) warn(io, `${where(item)}: ${message}`);
    const kinds = new Set(item.warnings.map(kindOf).filter((kind): kind is WarningKind => kind !== null));
    for (const kind of kinds) pages.set(kind, (pages.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of pages) warn(io, `${plural(count, 'page')} ${WARNING_SUMMARY[kind]} (--json lists them)`);
}

/**
 * Imports the named sources. Failed items are named on stderr as they come, duplicates only with
 * --verbose (a re-imported folder would otherwise write a line per page, mailed daily by cron) and
 * else counted in one line, warnings summed up by kind; the summary last. --json and --ndjson list
 * every item. Failed items make it fail.
 */
export async function runImport(deps: Deps, sources: Inputs, options: ImportOptions): Promise<ImportSummary> {
  const [
    { countSources },
    { runImport: importSources, ImportInterruptedError },
    { fetchPage },
    { createProgress },
    { workerPrepare },
    { warningKind },
  ] = await loadImport();
  const { io, scope } = deps;
  const progress = await createProgress(io, () => countSources(sources), options.dryRun ? 'checking' : 'importing');
  const items: unknown[] = [];
  const warned: ImportItemResult[] = [];
  let linksSkipped = 0;
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
      timeoutMs: options.timeoutMs,
      baseUrl: options.baseUrl,
      siteUrl: getSetting(scope.db, 'site-url') || undefined,
      importedAt: scope.now.toISOString(),
      audit: scope.audit,
      prepare: preparer?.prepare,
      signal: options.signal,
      onProgress: () => progress.tick(),
      onLinkSkipped: () => linksSkipped++,
      onItem: (item) => {
        const where = `${item.path}${item.line ? `:${item.line}` : ''}`;
        if (item.status === 'failed') progress.line(`arca: error: ${escapeControls(`${where}: ${item.error}`)}`);
        else if (item.status === 'duplicate' && io.verbose && !io.quiet) {
          progress.line(escapeControls(`${where}: duplicate of article ${item.duplicate_of}, skipped`));
        }
        if (item.warnings.length > 0) warned.push(item);
        if (options.ndjson) io.stdout.write(`${JSON.stringify(item)}\n`);
        else if (options.json) items.push(item);
      },
    });
  } catch (err) {
    if (err instanceof ImportInterruptedError) throw interruptedError(err);
    throw err;
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
  if (summary.duplicates > 0 && !io.verbose) {
    info(io, `${plural(summary.duplicates, 'duplicate')} skipped (--verbose lists them)`);
  }
  const verb = options.dryRun ? 'would import' : 'imported';
  info(
    io,
    `${verb} ${summary.imported}, updated ${summary.updated}, duplicates ${summary.duplicates}, failed ${summary.failed}` +
      (options.dryRun ? ' (dry run: nothing was written)' : '') +
      (linksSkipped > 0 ? `; skipped ${plural(linksSkipped, 'symbolic link')} in folders (not followed)` : ''),
  );
  if (summary.failed > 0) {
    throw new FailureError(
      `${summary.failed} of ${summary.imported + summary.updated + summary.duplicates + summary.failed} items failed (named above)`,
    );
  }
  return summary;
}

/** What an interrupted run did, and that running it again carries on (duplicates are skipped). Exit 130. */
function interruptedError({ summary, kept }: { summary: ImportSummary; kept: boolean }): CancelledError {
  if (!kept) return new CancelledError('interrupted: nothing was written (a dry or --strict run keeps nothing)');
  const done = [`${summary.imported} imported`, `${plural(summary.duplicates, 'duplicate')}`];
  if (summary.updated) done.push(`${summary.updated} updated`);
  if (summary.failed) done.push(`${summary.failed} failed`);
  return new CancelledError(`interrupted: ${done.join(', ')}; run the same command again to continue`);
}

/**
 * A new archive that silently took this machine's zone (UTC on most servers) would count every due
 * date in it, a day off for a notice received on a Beijing morning: said once, with how to change it.
 * A zone chosen with --tz or ARCA_TZ needs no such word.
 */
function newArchiveLine(file: string, zone: string): string {
  const example = zone === 'Asia/Shanghai' ? 'UTC' : 'Asia/Shanghai';
  return (
    `new archive ${file} counts due dates in time zone ${zone} (this machine's zone); ` +
    `to change it: arca config set timezone ${example}`
  );
}

/** Checks the inputs and flags before the archive is opened (or created): a usage error opens nothing. */
async function importOptions(
  inputs: string[],
  flags: ImportFlags,
  global: { json?: boolean | string; ndjson?: boolean },
): Promise<ImportOptions> {
  if (inputs.length === 0)
    throw new UsageError('nothing to import: name files, folders, URLs, or - for standard input');
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
    baseUrl: flags.baseUrl === undefined ? undefined : httpUrl('--base-url', flags.baseUrl),
  };
}

export function registerImport(program: Command, env: EnvSource): void {
  const command = program.command('import');
  withExamples(
    command
      .description('import saved pages (text, HTML), JSON/NDJSON records or URLs into the archive')
      .argument('[inputs...]', 'files, folders (recursive), http(s) URLs, or - for standard input')
      .addOption(
        choiceOption(
          command,
          '--format <format>',
          'read every input as this format (default: by extension and content)',
          FORMATS,
        ),
      )
      .option(
        '--encoding <name>',
        'decode with this encoding (default: detected from BOM, valid UTF-8, meta charset, HTTP header, else GB18030 or Big5)',
      )
      .addOption(
        choiceOption(command, '--on-duplicate <policy>', 'what to do with a page already archived', POLICIES, 'skip'),
      )
      .option('--dry-run', 'parse and report, write nothing')
      .option('--strict', 'stop at the first failure and roll back the whole run')
      .option('--max-size <size>', 'largest page, record or download to accept (e.g. 10MB)', '10MB')
      .option('--timeout <seconds>', 'give up on a URL after this many seconds', '30')
      .option('--base-url <url>', t('intake.import.baseUrl')),
    [
      'arca import ~/saved-pages/',
      'arca import page.html --encoding gbk',
      'arca import https://example.org/news/1.html',
      'cms-dump | arca import --format ndjson -',
      'arca import --dry-run --json exports/',
      'arca import mirror/ --base-url https://www.example.org/',
    ],
  ).action(async (inputs: string[], flags: ImportFlags) => {
    const commandEnv = env();
    // Ctrl-C stops the run after the current item, keeping what was imported (see bin/arca).
    const interrupt = new AbortController();
    const unsubscribe = commandEnv.onInterrupt?.(() => interrupt.abort());
    const options = { ...(await importOptions(inputs, flags, commandEnv.options)), signal: interrupt.signal };
    const { expandInputs } = await import('../import/inputs/sources.js');
    const sources = expandInputs(inputs);
    try {
      await importInto(commandEnv, sources, options);
    } finally {
      unsubscribe?.();
    }
  });
}

/** Runs the import in the archive, creating it (or, for a dry run, an unsaved one in memory) when there is none. */
async function importInto(commandEnv: CommandEnv, sources: Inputs, options: ImportOptions): Promise<void> {
  await withArchive(commandEnv, (deps) => runImport(deps, sources, options), {
    // A dry run writes nothing, not even a new archive: it checks against an empty one in memory.
    missing: options.dryRun ? 'in-memory' : 'create',
    created: (deps) => {
      if (!options.dryRun && commandEnv.zone === undefined)
        info(deps.io, newArchiveLine(commandEnv.dbPath, deps.scope.tz));
    },
  });
}
