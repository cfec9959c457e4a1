/** One-line snippets around the first hit of a search, with the offsets of every hit they show. */
import { foldText } from './tokens.js';

export interface Snippet {
  text: string;
  /** [start, end) UTF-16 offsets into `text`, ascending, not overlapping. */
  highlights: Array<[number, number]>;
}

const ELLIPSIS = '…';

/** A search hit's snippet: from the body where the terms occur there, else from the title. */
export function hitSnippet(source: { title: string; body: string | null }, terms: string[]): Snippet {
  const fromBody = makeSnippet(source.body ?? '', terms);
  return fromBody.highlights.length > 0 ? fromBody : makeSnippet(source.title, terms);
}

/**
 * The part of TEXT around the first occurrence of any of TERMS, at most WIDTH characters including the
 * ellipses that mark a cut, on one line. Terms match as folded text (case-insensitive, full-width = ASCII).
 */
export function makeSnippet(text: string, terms: string[], width = 80): Snippet {
  const line = text.replace(/\s+/gu, ' ').trim();
  const hits = findHits(line, terms);
  if (line.length <= width) return { text: line, highlights: hits };

  const first = hits[0] ?? [0, 0];
  const lead = Math.max(0, Math.floor((width - (first[1] - first[0])) / 3));
  let start = Math.max(0, first[0] - lead);
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
    .filter(([hitStart, hitEnd]) => hitEnd > start && hitStart < end)
    .map(([hitStart, hitEnd]): [number, number] => [Math.max(hitStart, start) + shift, Math.min(hitEnd, end) + shift]);
  return { text: before + line.slice(start, end) + after, highlights };
}

/** Every occurrence of the terms in LINE as merged [start, end) offsets into LINE. */
function findHits(line: string, terms: string[]): Array<[number, number]> {
  const folded = foldWithOffsets(line);
  const found: Array<[number, number]> = [];
  for (const term of new Set(terms.map(foldText))) {
    if (term === '') continue;
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
      found.push([folded.sourceStart(at), folded.sourceEnd(at + term.length - 1)]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const hit of found) {
    const last = merged[merged.length - 1];
    if (last && hit[0] < last[1]) last[1] = Math.max(last[1], hit[1]);
    else merged.push(hit);
  }
  return merged;
}

interface FoldedLine {
  text: string;
  /** Where in the line the character that gave folded code unit I starts and ends. */
  sourceStart(i: number): number;
  sourceEnd(i: number): number;
}

/** LINE folded for matching, with a map back to the line's offsets. */
function foldWithOffsets(line: string): FoldedLine {
  const lower = line.toLowerCase();
  // Usual case: folding only lower-cases, one code unit for one.
  if (lower.length === line.length && foldText(line) === lower) {
    return { text: lower, sourceStart: (i) => i, sourceEnd: (i) => i + 1 };
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < line.length; ) {
    const char = String.fromCodePoint(line.codePointAt(i)!);
    const folded = foldText(char);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + char.length);
    }
    text += folded;
    i += char.length;
  }
  return { text, sourceStart: (i) => starts[i], sourceEnd: (i) => ends[i] };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
