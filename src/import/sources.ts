import fs from 'node:fs';
import path from 'node:path';

/** One thing to import: a file, a URL or standard input. */
export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' };

/** Extensions picked up when walking a folder; files named explicitly are tried whatever their name. */
export const IMPORTABLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.ndjson', '.jsonl']);

export class SourceError extends Error {}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Expands inputs into sources: folders recursively, in a stable (sorted) order. */
export function expandInputs(inputs: string[]): Source[] {
  const sources: Source[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && IMPORTABLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) sources.push({ kind: 'file', path: full });
    }
  };
  for (const input of inputs) {
    if (input === '-') { sources.push({ kind: 'stdin' }); continue; }
    if (isUrl(input)) { sources.push({ kind: 'url', url: input }); continue; }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new SourceError(`${input}: only http and https URLs can be imported`);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new SourceError(`${input}: no such file or folder`);
    }
    if (stat.isDirectory()) walk(input);
    else sources.push({ kind: 'file', path: input });
  }
  return sources;
}
