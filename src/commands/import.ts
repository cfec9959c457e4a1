import type { Command } from 'commander';
import { UsageError, RuntimeError } from '../output/errors.js';
import { info } from '../output/io.js';
import { renderRecord } from '../output/render.js';
import type { Context } from './context.js';
import { parseByteSize, withExamples } from './options.js';

interface ImportFlags {
  format?: string;
  encoding?: string;
  onDuplicate: string;
  dryRun?: boolean;
  strict?: boolean;
  maxSize: string;
  timeout: string;
}

const FORMATS = ['txt', 'html', 'json', 'ndjson'] as const;
const POLICIES = ['skip', 'update', 'keep'] as const;

export function registerImport(program: Command, context: () => Context): void {
  withExamples(
    program.command('import')
      .description('import saved pages (text, HTML), JSON/NDJSON records or URLs into the archive')
      .argument('[inputs...]', 'files, folders (recursive), http(s) URLs, or - for standard input')
      .option('--format <format>', `read every input as ${FORMATS.join('|')} (default: by extension and content)`)
      .option('--encoding <name>', 'decode with this encoding (default: detected from BOM, valid UTF-8, meta charset, HTTP header, else GB18030 or Big5)')
      .option('--on-duplicate <policy>', `what to do with a page already archived: ${POLICIES.join('|')}`, 'skip')
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
    const ctx = context();
    await runImportCommand(ctx, inputs, flags);
  });
}

async function runImportCommand(ctx: Context, inputs: string[], flags: ImportFlags): Promise<void> {
  if (inputs.length === 0) throw new UsageError('nothing to import: name files, folders, URLs, or - for standard input');
  if (flags.format !== undefined && !(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${flags.format}")`);
  }
  if (!(POLICIES as readonly string[]).includes(flags.onDuplicate)) {
    throw new UsageError(`--on-duplicate must be one of ${POLICIES.join(', ')} (got "${flags.onDuplicate}")`);
  }
  const timeout = Number(flags.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout needs a number of seconds (got "${flags.timeout}")`);
  const maxBytes = parseByteSize('--max-size', flags.maxSize);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be named only once');

  // The import machinery (parsers, HTML, encodings) is loaded only by this command.
  const [{ countSources, expandInputs, SourceError }, { runImport, StrictImportError }, { fetchPage }, { createProgress }, { workerPrepare }, { canonicalEncoding }] = await Promise.all([
    import('../import/inputs/sources.js'), import('../import/pipeline.js'), import('../import/inputs/fetch.js'),
    import('../output/progress.js'), import('../import/inputs/workers.js'), import('../import/pages/decode.js'),
  ]);
  if (flags.encoding !== undefined && canonicalEncoding(flags.encoding) === null) {
    throw new UsageError(`--encoding: unknown encoding "${flags.encoding}" (try utf-8, gb18030, big5 or utf-16le)`);
  }
  let sources;
  try {
    sources = expandInputs(inputs);
  } catch (err) {
    if (err instanceof SourceError) throw new RuntimeError(err.message);
    throw err;
  }
  const { io } = ctx;
  const session = await ctx.open();
  const progress = await createProgress(io, () => countSources(sources), flags.dryRun ? 'checking' : 'importing');
  const items: unknown[] = [];
  // Starting worker threads costs more than it saves for a handful of pages.
  const preparer = countSources(sources, 65) > 64 ? workerPrepare() : undefined;
  let summary;
  try {
    summary = await runImport(session.db, sources, {
      format: flags.format as (typeof FORMATS)[number] | undefined,
      encoding: flags.encoding,
      onDuplicate: flags.onDuplicate as (typeof POLICIES)[number],
      dryRun: Boolean(flags.dryRun),
      strict: Boolean(flags.strict),
      maxBytes,
      stdin: io.stdin,
      fetchUrl: (url) => fetchPage(url, { timeoutMs: timeout * 1000, maxBytes }),
      importedAt: ctx.now.toISOString(),
      audit: session.audit,
      prepare: preparer?.prepare,
      onProgress: () => progress.tick(),
      onItem: (item) => {
        const where = `${item.path}${item.line ? `:${item.line}` : ''}`;
        if (item.status === 'failed') io.stderr.write(`arca: error: ${where}: ${item.error}\n`);
        else if (item.status === 'duplicate') info(io, `${where}: duplicate of article ${item.duplicate_of}, skipped`);
        if (ctx.options.ndjson) io.stdout.write(`${JSON.stringify(item)}\n`);
        else if (ctx.options.json) items.push(item);
      },
    });
  } catch (err) {
    if (err instanceof StrictImportError) throw new RuntimeError(err.message);
    throw err;
  } finally {
    progress.done();
    await preparer?.close();
    session.db.close();
  }
  if (ctx.options.json) await renderRecord(io, 'json', [], { ...summary, items });
  const verb = flags.dryRun ? 'would import' : 'imported';
  info(io, `${verb} ${summary.imported}, updated ${summary.updated}, duplicates ${summary.duplicates}, failed ${summary.failed}` +
    (flags.dryRun ? ' (dry run: nothing was written)' : ''));
  if (summary.failed > 0) {
    throw new RuntimeError(`${summary.failed} of ${summary.imported + summary.updated + summary.duplicates + summary.failed} items failed (named above)`);
  }
}
