/** One-line snippets centred on a search hit, with the offsets of every hit they show. */
import type { SearchField, SearchedRow } from './query.js';
import { searchableUrl } from './url.js';

export interface Snippet {
  text: string;
  /** [start, end) UTF-16 offsets into `text`, ascending, not overlapping. */
  highlights: Array<[number, number]>;
}

/** Finds a query's hits in one field's text (CompiledQuery.hitsIn). */
export type HitFinder = (text: string, field: SearchField) => Array<[number, number]>;

const ELLIPSIS = '…';

/** The fields a snippet may come from, in order of preference: the body gives the most context. */
const SNIPPET_FIELDS: readonly SearchField[] = ['body', 'title', 'source', 'author', 'url'];

/**
 * A search hit's snippet: from the first field (body, title, source, author, URL) where the query's terms
 * occur, centred on the first of them; the title without highlights only if none holds one.
 */
export function hitSnippet(row: SearchedRow, hitsIn: HitFinder, width?: number): Snippet {
  for (const field of SNIPPET_FIELDS) {
    const text = row[field];
    if (!text) continue;
    const snippet = makeSnippet(text, (line) => hitsIn(line, field), width);
    if (snippet.highlights.length > 0) return snippet;
    // A URL matches in its searchable form: tracking parameters or a reordered query may hide it in the stored one.
    if (field === 'url') {
      const normalised = makeSnippet(searchableUrl(text), (line) => hitsIn(line, field), width);
      if (normalised.highlights.length > 0) return normalised;
    }
  }
  return makeSnippet(row.title ?? '', () => [], width);
}

/**
 * The part of TEXT around its first hit, at most WIDTH characters including the ellipses that mark a cut,
 * on one line, the hit in the middle (at the start when the text begins near it).
 */
export function makeSnippet(text: string, findHits: (line: string) => Array<[number, number]>, width = 80): Snippet {
  const line = text.replace(/\s+/gu, ' ').trim();
  const hits = findHits(line);
  if (line.length <= width) return { text: line, highlights: hits };

  const [hitStart, hitEnd] = hits[0] ?? [0, 0];
  // Centred between the two ellipses of a cut on both sides.
  let start = Math.max(0, hitStart - Math.floor((width - 2 - (hitEnd - hitStart)) / 2));
  let end: number;
  if (start + width >= line.length) {
    end = line.length;
    start = line.length - (width - 1);
  } else {
    end = start + width - (start > 0 ? 2 : 1);
  }
  // Never cut a surrogate pair in half.
  if (isLowSurrogate(line.charCodeAt(start))) start++;
  if (end < line.length && isLowSurrogate(line.charCodeAt(end))) end--;

  const before = start > 0 ? ELLIPSIS : '';
  const after = end < line.length ? ELLIPSIS : '';
  const shift = before.length - start;
  const highlights = hits
    .filter(([from, to]) => to > start && from < end)
    .map(([from, to]): [number, number] => [Math.max(from, start) + shift, Math.min(to, end) + shift]);
  return { text: before + line.slice(start, end) + after, highlights };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
