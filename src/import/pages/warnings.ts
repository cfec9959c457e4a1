/**
 * What an importer says about a page it did import: the messages of an item's `warnings`, and the kind
 * each belongs to, so a folder run can print one summary line per kind instead of one line per page.
 */

export type WarningKind = 'no-date' | 'date-from-url' | 'title-fallback' | 'short-body' | 'replacement-characters';

export const pageWarnings = {
  noDate: 'no publication date found',
  dateFromUrl: "date taken from the page's address",
  titleFallback: "title taken from the page's <title> or metadata: no headline found",
  shortBody: (characters: number) => `short body (${characters} characters)`,
  replacementCharacters: (count: number) =>
    `${count} replacement ${count === 1 ? 'character' : 'characters'} (U+FFFD) in the page's text`,
};

const KIND_BY_START: [string, WarningKind][] = [
  [pageWarnings.noDate, 'no-date'],
  [pageWarnings.dateFromUrl, 'date-from-url'],
  [pageWarnings.titleFallback, 'title-fallback'],
  ['short body (', 'short-body'],
];
const REPLACEMENT_CHARACTERS = / replacement characters? \(U\+FFFD\) in the page's text$/;

/** The kind of a warning message pageWarnings builds; null for the others (range checks, records). */
export function warningKind(message: string): WarningKind | null {
  const known = KIND_BY_START.find(([start]) => message.startsWith(start));
  if (known) return known[1];
  return REPLACEMENT_CHARACTERS.test(message) ? 'replacement-characters' : null;
}
