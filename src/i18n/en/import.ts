import type { Messages } from '../messages.js';

/**
 * `arca import`. An item's own error and warnings are data (its --json record, made in worker threads)
 * and stay English there; on stderr the common warnings are said in the interface language.
 */
export const importArea = {
  'import.description': 'import saved pages (text, HTML), JSON/NDJSON records or URLs into the archive',
  'import.inputs': 'files, folders (recursive), http(s) URLs, or - for standard input',
  'import.option.format': 'read every input as this format (default: by extension and content)',
  'import.option.encoding':
    'decode with this encoding ' +
    '(default: detected from BOM, valid UTF-8, meta charset, HTTP header, else GB18030 or Big5)',
  'import.option.onDuplicate': 'what to do with a page already archived',
  'import.option.dryRun': 'parse and report, write nothing',
  'import.option.strict': 'stop at the first failure and roll back the whole run',
  'import.option.maxSize': 'largest page, record or download to accept (e.g. 10MB)',
  'import.option.timeout': 'give up on a URL after this many seconds',
  'import.progress.checking': 'checking',
  'import.progress.importing': 'importing',
  'import.warning.no-date': 'no publication date found',
  'import.warning.date-from-url': "date taken from the page's address",
  'import.warning.title-fallback': "title taken from the page's <title> or metadata: no headline found",
  'import.warning.short-body': (p: { count: number }) => `short body (${p.count} characters)`,
  'import.warning.replacement-characters': (p: { count: number }) =>
    `${p.count} replacement ${p.count === 1 ? 'character' : 'characters'} (U+FFFD) in the page's text`,
  'import.pages.no-date': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported without a date (--json lists them)`,
  'import.pages.date-from-url': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} dated from their address only ` +
    '(no date on the page) (--json lists them)',
  'import.pages.title-fallback': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} titled from <title> or metadata ` +
    '(no headline found) (--json lists them)',
  'import.pages.short-body': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported with a short body (--json lists them)`,
  'import.pages.replacement-characters': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'page' : 'pages'} imported with replacement characters (U+FFFD) (--json lists them)`,
  'import.duplicateOf': (p: { where: string; id: number }) => `${p.where}: duplicate of article ${p.id}, skipped`,
  'import.skippedFiles': (p: { count: number }) =>
    p.count === 1 ? 'skipped 1 file that is not a page' : `skipped ${p.count} files that are not pages`,
  'import.duplicatesSkipped': (p: { count: number }) =>
    `${p.count} ${p.count === 1 ? 'duplicate' : 'duplicates'} skipped (--verbose lists them)`,
  'import.summary': (p: {
    dryRun: boolean;
    imported: number;
    updated: number;
    duplicates: number;
    failed: number;
    links: number;
  }) =>
    `${p.dryRun ? 'would import' : 'imported'} ${p.imported}, updated ${p.updated}, ` +
    `duplicates ${p.duplicates}, failed ${p.failed}` +
    (p.dryRun ? ' (dry run: nothing was written)' : '') +
    (p.links > 0
      ? `; skipped ${p.links} ${p.links === 1 ? 'symbolic link' : 'symbolic links'} in folders (not followed)`
      : ''),
  'import.failed': (p: { failed: number; total: number }) => `${p.failed} of ${p.total} items failed (named above)`,
  'import.interruptedNothing': 'interrupted: nothing was written (a dry or --strict run keeps nothing)',
  'import.interrupted': (p: { imported: number; duplicates: number; updated: number; failed: number }) =>
    `interrupted: ${p.imported} imported, ${p.duplicates} ${p.duplicates === 1 ? 'duplicate' : 'duplicates'}` +
    `${p.updated ? `, ${p.updated} updated` : ''}${p.failed ? `, ${p.failed} failed` : ''}` +
    '; run the same command again to continue',
  'import.newArchive': (p: { file: string; zone: string; example: string }) =>
    `new archive ${p.file} counts due dates in time zone ${p.zone} (this machine's zone); ` +
    `to change it: arca config set timezone ${p.example}`,
  'import.nothing': 'nothing to import: name files, folders, URLs, or - for standard input',
  'import.badTimeout': (p: { value: string }) => `--timeout needs a number of seconds (got "${p.value}")`,
  'import.stdinTwice': 'standard input (-) can be named only once',
  'import.unknownEncoding': (p: { value: string }) =>
    `--encoding: unknown encoding "${p.value}" (try utf-8, gb18030, big5 or utf-16le)`,
  'import.onlyHttp': (p: { input: string }) => `${p.input}: only http and https URLs can be imported`,
  'import.noSuchFile': (p: { input: string }) => `${p.input}: no such file or folder`,
} satisfies Messages;
