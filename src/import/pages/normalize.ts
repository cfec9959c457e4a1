/**
 * Field normalisation shared by every input format, so that one article imported from a text
 * page, an HTML page or a JSON record ends up with identical fields.
 */
import { isCalendarDate } from '../../time.js';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// C0 controls other than tab, newline, carriage return and form feed, plus DEL.
const CONTROL_CHARS = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

const toHalfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Full-width ASCII forms (U+FF01–FF5E, e.g. "：，（）") become their ASCII twins: for matching, not storing. */
export function toAsciiForms(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, toHalfWidth);
}

// Spaces and tabs, the no-break space included (pages write &nbsp; where a text export writes a space).
const SPACE_RUN = /[ \t\u00a0]+/g;
const LINE_EDGES = /^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$/gm;

/**
 * The form every stored text field takes: the page's own characters (full-width punctuation kept),
 * with only whitespace normalised: space runs inside a line made one space, line edges trimmed, stray
 * controls dropped. Folding for matching is the search index's and the dedup hash's business.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(SPACE_RUN, ' ').replace(LINE_EDGES, '').trim();
}

/** cleanText, with "" (nothing left) turned into null: absent values are null, never "". */
export function cleanField(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = cleanText(text);
  return cleaned === '' ? null : cleaned;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const TIME = '(?:[T\\s]*(\\d{1,2})[:时](\\d{2})(?:[:分](\\d{2}))?(?:\\s*(am|pm))?)?';
// Digits on either side are part of another number: "99999-01-01" is no date, not 9999-01-01.
const NUMERIC_DATE = new RegExp(
  `(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?${TIME}`,
  'i',
);
const MONTH_FIRST_DATE = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)${TIME}`, 'i');
const DAY_FIRST_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})(?!\\d)${TIME}`, 'i');

const pad2 = (n: number) => String(n).padStart(2, '0');

function assembleDate(
  year: string,
  month: number,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem: string | undefined,
): string | null {
  const date = `${year}-${pad2(month)}-${pad2(Number(day))}`;
  if (!isCalendarDate(date)) return null;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const [m, s] = [Number(minute), second === undefined ? null : Number(second)];
  if (h > 23 || m > 59 || (s !== null && s > 59)) return null;
  return `${date}T${pad2(h)}:${pad2(m)}${s === null ? '' : `:${pad2(s)}`}`;
}

/**
 * A publication date as YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] when a time is given.
 * Reads 2024-01-02, 2024/1/2, 2024.01.02, 2024年1月2日 and "January 2, 2024" / "2 Jan 2024",
 * each with an optional HH:MM[:SS]. Impossible or unreadable dates give null.
 */
export function normalizeDate(text: string | null): string | null {
  if (text === null) return null;
  const s = toAsciiForms(text);
  let m = NUMERIC_DATE.exec(s);
  if (m) return assembleDate(m[1], Number(m[2]), m[3], m[4], m[5], m[6], m[7]);
  m = MONTH_FIRST_DATE.exec(s);
  if (m) return assembleDate(m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, m[2], m[4], m[5], m[6], m[7]);
  m = DAY_FIRST_DATE.exec(s);
  if (m) return assembleDate(m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, m[1], m[4], m[5], m[6], m[7]);
  return null;
}

const VIEWS = /^(\d[\d,]*(?:\.\d+)?)\s*(万|萬|w|k|千)?/i;
const VIEW_MULTIPLIERS: Record<string, number> = { 万: 10_000, 萬: 10_000, w: 10_000, k: 1_000, 千: 1_000 };

/** A view count: "1,204" → 1204, "1.2万" → 12000, "3k" → 3000, "856次" → 856; unreadable or empty → null. */
export function parseViews(text: string | null): number | null {
  if (text === null) return null;
  const m = VIEWS.exec(toAsciiForms(text).trim());
  if (!m) return null;
  const value = Number(m[1].replace(/,/g, ''));
  const multiplier = m[2] ? VIEW_MULTIPLIERS[m[2].toLowerCase()] : 1;
  return Number.isFinite(value) ? Math.round(value * multiplier) : null;
}
