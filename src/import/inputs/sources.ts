import fs from 'node:fs';
import path from 'node:path';
import { walkedFileRule } from '../formats.js';
import { looksLikeHtml } from '../pages/detect.js';

/** One thing to import: a file, a URL, standard input, or a folder that could not be listed. */
export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'unlisted'; path: string; error: string };

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
    get skipped() { return skipped; },
    *[Symbol.iterator]() {
      const walk = { skipped: 0 };
      for (const input of checked) {
        if (input.kind === 'folder') yield* walkFolder(input.path, walk);
        else yield input;
      }
      skipped = walk.skipped;
    },
  };
}

function checkInput(input: string): Input {
  if (input === '-') return { kind: 'stdin' };
  if (isUrl(input)) return { kind: 'url', url: input };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new SourceError(`${input}: only http and https URLs can be imported`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new SourceError(`${input}: no such file or folder`);
  }
  return stat.isDirectory() ? { kind: 'folder', path: input } : { kind: 'file', path: input };
}

const SNIFF_BYTES = 1024;

/** Whether a file's first bytes open an HTML page; an unreadable file is left to fail as an item. */
function isHtmlFile(file: string): boolean {
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

function isPage(file: string, name: string): boolean {
  const rule = walkedFileRule(name);
  return rule === 'read' || (rule === 'sniff' && isHtmlFile(file));
}

function* walkFolder(dir: string, walk: { skipped: number }): Generator<Source> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // Reported as a failed item naming the folder; the rest of the tree is still imported.
    yield { kind: 'unlisted', path: dir, error: `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walkFolder(full, walk);
    // Pages only, by name or content; files named explicitly are tried whatever their name.
    else if (e.isFile()) {
      if (isPage(full, e.name)) yield { kind: 'file', path: full };
      else walk.skipped++;
    }
  }
}

/** How many sources there are, up to `limit` (the walk stops there). */
export function countSources(sources: Iterable<Source>, limit = Infinity): number {
  let count = 0;
  for (const _ of sources) if (++count >= limit) break;
  return count;
}
