import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { walkedFileRule } from '../formats.js';
import { looksLikeHtml } from '../pages/detect.js';
import { shownName } from './names.js';
import { t } from '../../i18n/index.js';

/**
 * One thing to import: a file (`bytes`: its name as bytes when it is not UTF-8, see names.ts), a URL,
 * standard input, a folder that could not be listed, or a symbolic link a folder walk did not follow.
 */
export type Source =
  | { kind: 'file'; path: string; bytes?: Buffer; root?: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'unlisted'; path: string; error: string }
  | { kind: 'link'; path: string };

export class SourceError extends Error {}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

type Input = Source | { kind: 'folder'; path: string };

/** The sources of a run, walked afresh at each iteration. */
export interface Inputs extends Iterable<Source> {
  /** Files the folder walks left out as not pages (images, scripts, …), as the last complete walk counted them. */
  readonly skipped: number;
}

/**
 * Checks every input at once (a missing one throws SourceError before anything is imported) and
 * expands folders recursively, in a stable (sorted) order, as the result is iterated: a tree of a
 * million pages is walked while it is imported, never held as a list. Each iteration walks afresh.
 */
export function expandInputs(inputs: string[]): Inputs {
  const checked = inputs.map(checkInput);
  let skipped = 0;
  return {
    get skipped() {
      return skipped;
    },
    *[Symbol.iterator]() {
      const walk = { skipped: 0 };
      for (const input of checked) {
        if (input.kind === 'folder') yield* walkFolder(Buffer.from(input.path), input.path, walk, input.path);
        else yield input;
      }
      skipped = walk.skipped;
    },
  };
}

function checkInput(input: string): Input {
  if (input === '-') return { kind: 'stdin' };
  if (isUrl(input)) return { kind: 'url', url: input };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new SourceError(t('import.onlyHttp', { input }));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new SourceError(t('import.noSuchFile', { input }));
  }
  return stat.isDirectory() ? { kind: 'folder', path: input } : { kind: 'file', path: input };
}

const SNIFF_BYTES = 1024;

/** Whether a file's first bytes open an HTML page; an unreadable file is left to fail as an item. */
function isHtmlFile(file: Buffer): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return looksLikeHtml(head.subarray(0, fs.readSync(fd, head, 0, SNIFF_BYTES, 0)));
  } catch {
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

function isPage(file: Buffer, name: string): boolean {
  const rule = walkedFileRule(name);
  return rule === 'read' || (rule === 'sniff' && isHtmlFile(file));
}

/**
 * The folder's pages in name (byte) order, read by their names' bytes; files that are not pages (by
 * name, else by their first bytes) are counted in `walk.skipped`. Symbolic links are not followed (a
 * link to a folder above would loop): each is yielded as a `link`, to be counted.
 */
function* walkFolder(dir: Buffer, shown: string, walk: { skipped: number }, root: string): Generator<Source> {
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    // Reported as a failed item naming the folder; the rest of the tree is still imported.
    yield {
      kind: 'unlisted',
      path: shown,
      error: `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    };
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const e of entries) {
    if (e.name[0] === 0x2e) continue; // hidden: ".…"
    const name = shownName(e.name);
    const full = Buffer.concat([dir, Buffer.from(path.sep), e.name]);
    const fullShown = path.join(shown, name);
    if (e.isDirectory()) yield* walkFolder(full, fullShown, walk, root);
    else if (e.isSymbolicLink()) yield { kind: 'link', path: fullShown };
    // Pages only, by name or content; files named explicitly are tried whatever their name.
    else if (e.isFile()) {
      if (!isPage(full, name)) walk.skipped++;
      else yield { kind: 'file', path: fullShown, root, ...(isUtf8(full) ? {} : { bytes: full }) };
    }
  }
}

/** How many sources there are to read (links not followed leave none), up to `limit` (the walk stops there). */
export function countSources(sources: Iterable<Source>, limit = Infinity): number {
  let count = 0;
  for (const source of sources) if (source.kind !== 'link' && ++count >= limit) break;
  return count;
}
