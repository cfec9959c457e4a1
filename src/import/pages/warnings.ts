/**
 * What an importer says about a page it did import: the messages of an item's `warnings`, and the kind
 * each belongs to, so a folder run can print one summary line per kind instead of one line per page.
 */
import { english } from '../../i18n/index.js';

export type WarningKind = 'no-date' | 'date-from-url' | 'title-fallback' | 'short-body' | 'replacement-characters';

/** An item's warnings are data (its --json record): English always; the terminal says them by kind. */
export const pageWarnings = {
  noDate: english('import.warning.no-date'),
  dateFromUrl: english('import.warning.date-from-url'),
  titleFallback: english('import.warning.title-fallback'),
  shortBody: (characters: number) => english('import.warning.short-body', { count: characters }),
  replacementCharacters: (count: number) => english('import.warning.replacement-characters', { count }),
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
