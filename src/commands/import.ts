import type { Command } from 'commander';
import { CancelledError, FailureError, UsageError } from '../errors.js';
import type { DuplicatePolicy, ImportItemResult, ImportSummary } from '../import/pipeline.js';
import type { WarningKind } from '../import/pages/warnings.js';
import type { Inputs } from '../import/inputs/sources.js';
import { escapeControls, info, warn } from '../output/io.js';
import { renderRecord } from '../output/render.js';
import { withArchive, type CommandEnv, type Deps, type EnvSource } from './shared/env.js';
import { getSetting } from '../db/settings.js';
import { t } from '../i18n/index.js';
import { choiceOption, httpUrl, parseByteSize } from './shared/options.js';
import { verb } from './shared/verb.js';

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

/** The number in a warning's English text (its item's data): "short body (12 characters)" → 12. */
const countIn = (message: string) => Number(/\d+/.exec(message)?.[0] ?? 0);

/** An item's warning as the terminal says it: a common kind in the interface language, any other as recorded. */
function spokenWarning(message: string, kind: WarningKind | null): string {
  switch (kind) {
    case null:
      return message;
    case 'short-body':
    case 'replacement-characters':
      return t(`import.warning.${kind}`, { count: countIn(message) });
    default:
      return t(`import.warning.${kind}`);
  }
}

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
    for (const message of item.warnings) warn(io, `${where(item)}: ${spokenWarning(message, kindOf(message))}`);
    return;
  }
  const pages = new Map<WarningKind, number>();
  for (const item of warned) {
    // A warning of no common kind (a value out of range, an unpaired surrogate) is said of its item.
    for (const message of item.warnings) if (kindOf(message) === null) warn(io, `${where(item)}: ${message}`);
    const kinds = new Set(item.warnings.map(kindOf).filter((kind): kind is WarningKind => kind !== null));
    for (const kind of kinds) pages.set(kind, (pages.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of pages) warn(io, t(`import.pages.${kind}`, { count }));
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
  const progress = await createProgress(
    io,
    () => countSources(sources),
    t(options.dryRun ? 'import.progress.checking' : 'import.progress.importing'),
  );
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
        if (item.status === 'failed') {
          progress.line(t('cli.error', { message: escapeControls(`${where}: ${item.error}`) }));
        } else if (item.status === 'duplicate' && io.verbose && !io.quiet) {
          progress.line(escapeControls(t('import.duplicateOf', { where, id: item.duplicate_of! })));
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
  if (skipped > 0) info(io, t('import.skippedFiles', { count: skipped }));
  if (summary.duplicates > 0 && !io.verbose) info(io, t('import.duplicatesSkipped', { count: summary.duplicates }));
  const { imported, updated, duplicates, failed } = summary;
  info(io, t('import.summary', { dryRun: options.dryRun, imported, updated, duplicates, failed, links: linksSkipped }));
  if (failed > 0)
    throw new FailureError(t('import.failed', { failed, total: imported + updated + duplicates + failed }));
  return summary;
}

/** What an interrupted run did, and that running it again carries on (duplicates are skipped). Exit 130. */
function interruptedError({ summary, kept }: { summary: ImportSummary; kept: boolean }): CancelledError {
  if (!kept) return new CancelledError(t('import.interruptedNothing'));
  const { imported, duplicates, updated, failed } = summary;
  return new CancelledError(t('import.interrupted', { imported, duplicates, updated, failed }));
}

/**
 * A new archive that silently took this machine's zone (UTC on most servers) would count every due
 * date in it, a day off for a notice received on a Beijing morning: said once, with how to change it.
 * A zone chosen with --tz or ARCA_TZ needs no such word.
 */
function newArchiveLine(file: string, zone: string): string {
  const example = zone === 'Asia/Shanghai' ? 'UTC' : 'Asia/Shanghai';
  return t('import.newArchive', { file, zone, example });
}

/** Checks the inputs and flags before the archive is opened (or created): a usage error opens nothing. */
async function importOptions(
  inputs: string[],
  flags: ImportFlags,
  global: { json?: boolean | string; ndjson?: boolean },
): Promise<ImportOptions> {
  if (inputs.length === 0) throw new UsageError(t('import.nothing'));
  const timeout = Number(flags.timeout);
  if (!(timeout > 0)) throw new UsageError(t('import.badTimeout', { value: flags.timeout }));
  const maxBytes = parseByteSize('--max-size', flags.maxSize);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError(t('import.stdinTwice'));
  const { canonicalEncoding } = await import('../import/pages/decode.js');
  if (flags.encoding !== undefined && canonicalEncoding(flags.encoding) === null) {
    throw new UsageError(t('import.unknownEncoding', { value: flags.encoding }));
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

const EXAMPLES = `
  arca import ~/saved-pages/
  arca import page.html --encoding gbk
  arca import https://example.org/news/1.html
  cms-dump | arca import --format ndjson -
  arca import --dry-run --json exports/
  arca import mirror/ --base-url https://www.example.org/
`;

export function registerImport(program: Command, env: EnvSource): void {
  const command = verb(program, 'import', t('import.description'), EXAMPLES);
  command
    .argument('[inputs...]', t('import.inputs'))
    .addOption(choiceOption(command, '--format <format>', t('import.option.format'), FORMATS))
    .option('--encoding <name>', t('import.option.encoding'))
    .addOption(choiceOption(command, '--on-duplicate <policy>', t('import.option.onDuplicate'), POLICIES, 'skip'))
    .option('--dry-run', t('import.option.dryRun'))
    .option('--strict', t('import.option.strict'))
    .option('--max-size <size>', t('import.option.maxSize'), '10MB')
    .option('--timeout <seconds>', t('import.option.timeout'), '30')
    .option('--base-url <url>', t('intake.import.baseUrl'))
    .action(async (inputs: string[], flags: ImportFlags) => {
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
