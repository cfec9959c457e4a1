/**
 * File names from article titles, safe on Linux, macOS and Windows. The zero-padded id prefix
 * makes every name unique and stable across runs, and — because a name always starts with a
 * digit — never a reserved Windows device name (CON, NUL, COM1 …) nor a dot file.
 */

/** Cap for the name without its extension, in UTF-8 bytes (file systems count bytes, not characters). */
export const MAX_STEM_BYTES = 100;

const WHITESPACE = /\s+/gu;
/**
 * Invisible or unpaired code points: controls, format characters (bidi overrides that disguise an
 * extension, zero-width spaces) and lone surrogates — but not the joiners that emoji and scripts need.
 */
const INVISIBLE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Cs}]/gu;
/** Characters Windows (and, for "/", every system) refuses in a name. */
const RESERVED = /[/\\:*?"<>|]+/g;
const DOT_RUNS = /\.{2,}/g;
const EDGE_DOTS_AND_SPACES = /^[. ]+|[. ]+$/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function cleanTitle(title: string): string {
  return title
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(DOT_RUNS, '.')
    .replace(EDGE_DOTS_AND_SPACES, '');
}

/** The longest prefix of `text` within `maxBytes` UTF-8 bytes that does not split a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let kept = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > maxBytes) break;
    kept += segment;
  }
  return kept;
}

/** `000123-标题` — the caller adds the extension. */
export function safeFileName(title: string, id: number): string {
  const prefix = String(id).padStart(6, '0');
  const cleaned = cleanTitle(title);
  if (cleaned === '') return prefix;
  return truncateUtf8(`${prefix}-${cleaned}`, MAX_STEM_BYTES).replace(EDGE_DOTS_AND_SPACES, '');
}
