/**
 * Index tokens. SQLite cannot run a JS tokenizer, so the archive stores, per field, the space-separated
 * tokens made here in a contentless FTS5 table whose own tokenizer only splits them again on the spaces.
 *
 * - Text is folded first (fold.ts: NFKC, lower case, traditional → simplified): full-width ＡＢＣ,
 *   half-width katakana and compatibility ideographs match their ordinary forms, Latin matches
 *   case-insensitively, 檢察 matches 检察.
 * - A run of CJK characters (Han incl. extensions, kana, hangul) gives every overlapping bigram plus the
 *   run's last character, so every character occurrence begins exactly one token: a 1-character query
 *   is a prefix query, a 2-character query one token, a longer one the phrase of its bigrams.
 * - A run of other letters, digits and marks is one word. Everything else separates.
 */

import { foldText } from './fold.js';

/** Re-exported for the modules that fold as the index does. */
export { foldText };

const CJK_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC`;

const CJK_CHAR = `[${CJK_CLASS}]`;
/** Character classes (for `v`-flag regular expressions) shared with the query parser. */
export const WORD_CHAR = `[[\\p{L}\\p{N}\\p{M}]--[${CJK_CLASS}]]`;
export const SEPARATOR_CHAR = `[^\\p{L}\\p{N}\\p{M}${CJK_CLASS}]`;

/** Character classes, as the tokenizer's table holds them. */
const SEPARATOR = 0;
const CJK = 1;
const WORD = 2;

// Compiled on first use: each \p{…} class costs about a millisecond to compile, and a search for
// plain text (below) needs none of them.
let pieceRegExp: RegExp | undefined;
let oneCjkRegExp: RegExp | undefined;
let oneWordRegExp: RegExp | undefined;
/** A maximal CJK run (group 1) or a maximal word (group 2). */
const piece = () => (pieceRegExp ??= new RegExp(`(${CJK_CHAR}+)|(${WORD_CHAR}+)`, 'gv'));
const oneCjk = () => (oneCjkRegExp ??= new RegExp(`^${CJK_CHAR}$`, 'v'));
const oneWord = () => (oneWordRegExp ??= new RegExp(`^${WORD_CHAR}$`, 'v'));

/**
 * Text of ASCII and the original CJK Unified Ideographs (U+4E00–U+9FA5, Han since Unicode 1.1): the
 * class of each of its characters is known without Unicode tables. Most search queries are such text.
 */
const PLAIN_TEXT = /^[\x00-\x7F\u4E00-\u9FA5]*$/;

export interface TextPiece {
  kind: 'cjk' | 'word';
  text: string;
  /** UTF-16 offsets into the folded text. */
  start: number;
  end: number;
}

/** The CJK runs and words of already folded text, in order. */
export function textPieces(folded: string): TextPiece[] {
  return PLAIN_TEXT.test(folded) ? plainTextPieces(folded) : unicodePieces(folded);
}

/** textPieces for any text, by the Unicode classes themselves. */
export function unicodePieces(folded: string): TextPiece[] {
  return Array.from(folded.matchAll(piece()), (match) => ({
    kind: match[1] === undefined ? 'word' : 'cjk',
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** textPieces for PLAIN_TEXT: ASCII letters and digits make words, the ideographs CJK runs, the rest separates. */
function plainTextPieces(text: string): TextPiece[] {
  const kindOf = (code: number) =>
    code >= 0x4e00
      ? CJK
      : (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
        ? WORD
        : SEPARATOR;
  const pieces: TextPiece[] = [];
  for (let start = 0; start < text.length;) {
    const kind = kindOf(text.charCodeAt(start));
    let end = start + 1;
    while (end < text.length && kindOf(text.charCodeAt(end)) === kind) end++;
    if (kind !== SEPARATOR)
      pieces.push({ kind: kind === CJK ? 'cjk' : 'word', text: text.slice(start, end), start, end });
    start = end;
  }
  return pieces;
}

/** The overlapping bigrams of a CJK run of two or more characters ("人民法院" → 人民 民法 法院). */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  return chars.slice(1).map((char, i) => chars[i] + char);
}

const SPACE = 0x20;

let bmpClasses: Uint8Array | undefined;

/** The class of every BMP code unit, filled once from the same regular expression the parser uses. */
function bmpClassTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) units[code] = code >= 0xd800 && code <= 0xdfff ? SPACE : code;
  let all = '';
  for (let start = 0; start < units.length; start += 0x2000) {
    all += String.fromCharCode(...units.subarray(start, start + 0x2000));
  }
  for (const piece of unicodePieces(all)) table.fill(piece.kind === 'cjk' ? CJK : WORD, piece.start, piece.end);
  bmpClasses = table;
  return table;
}

function astralClass(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return oneCjk().test(char) ? CJK : oneWord().test(char) ? WORD : SEPARATOR;
}

/** Reused for every field up to ~20 000 characters; tokens take at most 3 code units per input unit. */
const buffer = new Uint16Array(1 << 16);
/** Decodes the output buffer as the platform lays out its UTF-16 code units. */
const utf16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/**
 * The space-joined index tokens of one field's text ('' when it has nothing to index). This runs over
 * every imported character (hundreds of millions), hence a table-driven loop into a reused buffer.
 */
export function indexTokens(text: string): string {
  const folded = foldText(text);
  const table = bmpClassTable();
  const length = folded.length;
  const out = length * 3 <= buffer.length ? buffer : new Uint16Array(length * 3);
  let written = 0;
  let runCharStart = -1; // start of the previous character of the current CJK run
  let inWord = false;
  for (let i = 0; i < length;) {
    const code = folded.charCodeAt(i);
    let width = 1;
    let kind: number;
    if (code < 0xd800 || code > 0xdfff) {
      kind = table[code];
    } else {
      const codePoint = folded.codePointAt(i)!;
      width = codePoint > 0xffff ? 2 : 1;
      kind = width === 2 ? astralClass(codePoint) : SEPARATOR;
    }
    if (inWord && kind !== WORD) {
      out[written++] = SPACE;
      inWord = false;
    }
    if (kind === CJK) {
      // The previous character and this one make a bigram.
      if (runCharStart >= 0) {
        for (let k = runCharStart; k < i + width; k++) out[written++] = folded.charCodeAt(k);
        out[written++] = SPACE;
      }
      runCharStart = i;
    } else {
      // The run's last character on its own.
      if (runCharStart >= 0) {
        for (let k = runCharStart; k < i; k++) out[written++] = folded.charCodeAt(k);
        out[written++] = SPACE;
        runCharStart = -1;
      }
      if (kind === WORD) {
        for (let k = i; k < i + width; k++) out[written++] = folded.charCodeAt(k);
        inWord = true;
      }
    }
    i += width;
  }
  if (runCharStart >= 0) {
    for (let k = runCharStart; k < length; k++) out[written++] = folded.charCodeAt(k);
    out[written++] = SPACE;
  }
  if (inWord) out[written++] = SPACE;
  return written === 0 ? '' : utf16.decode(out.subarray(0, written - 1));
}
