/**
 * Text as published: the page's own characters, with only whitespace normalised. Folding (width,
 * case) is for matching alone and never reaches a returned field.
 */

// HTML whitespace and the no-break space collapse to one space; U+3000 is a character the page
// shows inside a line (it only goes at the edges, where trim() takes it).
const SPACE_RUN = /[ \t\n\r\f\u00a0]+/g;
const CONTROL_CHARS = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/** One line of text: space runs made one space, controls dropped, edges trimmed. */
export function normaliseLine(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(SPACE_RUN, ' ').trim();
}

/** The form two texts are compared in: NFKC (ＧＤＰ ≡ GDP, ：≡ :), lower case, no spaces. */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Whitespace as String.prototype.trim knows it, by code unit. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters that count as text: every code point but whitespace (run for every text node: no regex, no iterator). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate is the second half of a character already counted.
    if (!isSpace(code) && (code < 0xdc00 || code > 0xdfff)) n++;
  }
  return n;
}

// ASCII marks between digits ("10:20", "1.5", "1,204") belong to numbers, not sentences.
const SENTENCE_PUNCTUATION = /[，。！？；、：“”‘’（）《》]|(?<!\d)[,.!?;:]|[,.!?;:](?!\d)/g;

/** Punctuation marks of running prose, Chinese and Latin. */
export function punctuationCount(text: string): number {
  return text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
}

const CODE = new RegExp(
  [
    String.raw`\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=`,
    String.raw`\bfunction\s*[\w$]*\s*\(`,
    String.raw`document\.write`,
    // A statement's end: ");", "';" or a brace; a bare ";" closes an entity or a list in plain titles too.
    String.raw`\bwindow\.[a-z]`,
    String.raw`\bif\s*\(.*\)\s*\{`,
    String.raw`\)\s*\{`,
    String.raw`(?:[)'"\]]\s*;|[{}])\s*$`,
  ].join('|'),
);

/** Text that is program code rather than words ("var is_file=''; if(...) document.write(...)"). */
export function looksLikeCode(text: string): boolean {
  return CODE.test(text);
}

const URL_LIKE = /^(?:https?:\/\/|www\.)\S+/i;

/** Text that opens with a web address ("http://www.site.example/ 2005-07-18", "www.site.gov.cn"). */
export function startsWithUrl(text: string): boolean {
  return URL_LIKE.test(text.trim());
}
