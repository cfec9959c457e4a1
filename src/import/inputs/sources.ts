import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { formatByExtension } from '../formats.js';
import { shownName } from './names.js';

/**
 * One thing to import: a file (`bytes`: its name as bytes when it is not UTF-8, see names.ts), a URL,
 * standard input, a folder that could not be listed, or a symbolic link a folder walk did not follow.
 */
export type Source =
  | { kind: 'file'; path: string; bytes?: Buffer }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'unlisted'; path: string; error: string }
  | { kind: 'link'; path: string };

export class SourceError extends Error {}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

type Input = Source | { kind: 'folder'; path: string };

/**
 * Checks every input at once (a missing one throws SourceError before anything is imported) and
 * expands folders recursively, in a stable (sorted) order, as the result is iterated: a tree of a
 * million pages is walked while it is imported, never held as a list. Each iteration walks afresh.
 */
export function expandInputs(inputs: string[]): Iterable<Source> {
  const checked = inputs.map(checkInput);
  return {
    *[Symbol.iterator]() {
      for (const input of checked) {
        if (input.kind === 'folder') yield* walkFolder(Buffer.from(input.path), input.path);
        else yield input;
      }
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

/**
 * The folder's files in name (byte) order, by their names' bytes. Symbolic links are not followed (a link
 * to a folder above would loop): each is yielded as a `link`, to be counted.
 */
function* walkFolder(dir: Buffer, shown: string): Generator<Source> {
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    // Reported as a failed item naming the folder; the rest of the tree is still imported.
    yield { kind: 'unlisted', path: shown, error: `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const e of entries) {
    if (e.name[0] === 0x2e) continue; // hidden: ".…"
    const name = shownName(e.name);
    const full = Buffer.concat([dir, Buffer.from(path.sep), e.name]);
    const fullShown = path.join(shown, name);
    if (e.isDirectory()) yield* walkFolder(full, fullShown);
    else if (e.isSymbolicLink()) yield { kind: 'link', path: fullShown };
    // Only files whose extension names a format; files named explicitly are tried whatever their name.
    else if (e.isFile() && formatByExtension(name)) {
      yield isUtf8(full) ? { kind: 'file', path: fullShown } : { kind: 'file', path: fullShown, bytes: full };
    }
  }
}

/** How many sources there are to read (links not followed leave none), up to `limit` (the walk stops there). */
export function countSources(sources: Iterable<Source>, limit = Infinity): number {
  let count = 0;
  for (const source of sources) if (source.kind !== 'link' && ++count >= limit) break;
  return count;
}
