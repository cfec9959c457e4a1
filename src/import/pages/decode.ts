/**
 * Bytes to text. Order of evidence: an explicit override; a BOM (UTF-8, UTF-16LE/BE); bytes that
 * are valid UTF-8; for HTML a <meta charset> or http-equiv declaration in the first 4 KB; the HTTP
 * Content-Type charset; else GB18030 or Big5, whichever the bytes look like. A declaration that
 * does not decode cleanly is ignored (saved pages often declare the wrong charset). Valid UTF-8 is
 * UTF-8 even with U+FFFD in it (the site served them); an override is always used, unless the text
 * it gives is full of U+FFFD; only binary (NUL bytes, dense controls) is "not text" whatever the rule.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { Parser } from 'htmlparser2';
import { InputError } from '../errors.js';

export interface DecodeOptions {
  /** Declarations inside the document are read only for HTML. */
  html?: boolean;
  /** An encoding named by the operator; wins over everything else. */
  encoding?: string;
  /** The HTTP Content-Type header the bytes came with. */
  httpContentType?: string;
}

export interface Decoded {
  text: string;
  /** Lower-case canonical name: utf-8, utf-16le, utf-16be, gb18030, big5, … */
  encoding: string;
}

const NOT_TEXT = 'not text (binary or undecodable bytes)';

const PRESCAN_BYTES = 4096;
// GBK and GB2312 declarations are read as GB18030, their superset: pages declared gb2312
// routinely hold GBK-only characters.
const CANONICAL: Record<string, string> = {
  utf8: 'utf-8',
  unicode11utf8: 'utf-8',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16: 'utf-16le',
  unicode: 'utf-16le',
  utf16be: 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb231280: 'gb18030',
  xgbk: 'gb18030',
  cp936: 'gb18030',
  euccn: 'gb18030',
  windows936: 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  isoir58: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cnbig5: 'big5',
  xxbig5: 'big5',
  cp950: 'big5',
  csbig5: 'big5',
  latin1: 'windows-1252',
  iso88591: 'windows-1252',
  usascii: 'windows-1252',
  ascii: 'windows-1252',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
};

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The canonical name of an encoding label, or null when iconv-lite does not know it. */
export function canonicalEncoding(label: string): string | null {
  const key = squash(label);
  if (key === '') return null;
  if (key in CANONICAL) return CANONICAL[key];
  return iconv.encodingExists(label) ? label.trim().toLowerCase() : null;
}

const utf8Lenient = new TextDecoder('utf-8');

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return utf8Lenient.decode(bytes);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Controls other than tab, newline, form feed, carriage return; a few stray ones (a DOS end-of-file
// mark) are tolerated, more mean binary data.
const CONTROLS = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;
const CONTROLS_PER_CHARS = 1000;
const REPLACEMENT = /\uFFFD/g;
/** Past one replacement character in this many, the bytes are not in the encoding they were decoded with. */
const REPLACEMENTS_PER_CHARS = 100;

const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** U+FFFD in decoded text: undecodable bytes, or a site that served them. */
export const replacementCount = (text: string): number => countOf(text, REPLACEMENT);

/** Binary data decodes to control characters (NUL above all) that no page holds. */
const isBinary = (text: string) => countOf(text, CONTROLS) * CONTROLS_PER_CHARS > text.length;

/** A decoding that must be right to be chosen (a declaration, a guess): no U+FFFD at all. */
const isCleanText = (text: string) => !isBinary(text) && !REPLACEMENT.test(text);

/** A decoding that was asked for: a few U+FFFD are the page's own, a text full of them is the wrong encoding. */
const fitsEncoding = (text: string) =>
  !isBinary(text) && replacementCount(text) * REPLACEMENTS_PER_CHARS <= text.length;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset parameter of a Content-Type value: "text/html; charset=GBK" → "GBK". */
export function charsetParameter(contentType: string): string | null {
  for (const param of contentType.split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq > 0 && param.slice(0, eq).trim().toLowerCase() === 'charset') {
      return (
        param
          .slice(eq + 1)
          .trim()
          .replace(/^["']|["']$/g, '') || null
      );
    }
  }
  return null;
}

/** The charset an HTML document declares in a <meta> tag of its first 4 KB, read with a real HTML tokenizer. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let found: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (found !== null || name !== 'meta') return;
        if (attributes.charset) found = attributes.charset.trim();
        else if (attributes['http-equiv']?.toLowerCase() === 'content-type' && attributes.content) {
          found = charsetParameter(attributes.content);
        }
      },
    },
    { decodeEntities: true },
  );
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same in any charset.
  parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1'));
  return found;
}

/**
 * Share of double-byte sequences that fall in the common-character rows of an encoding: GB2312
 * hanzi (B0–F7) and punctuation (A1–A3) for GB18030, frequent hanzi (A4–C6) and punctuation
 * (A1–A3) for Big5. Both decoders accept almost any byte pairs, so validity cannot tell them apart;
 * what real text uses most can.
 */
function commonPairShare(bytes: Uint8Array, isCommon: (lead: number, trail: number) => boolean): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x81 || i + 1 >= bytes.length) continue;
    pairs++;
    if (isCommon(lead, bytes[i + 1])) common++;
    i++;
  }
  return pairs === 0 ? 0 : common / pairs;
}

const gbCommon = (lead: number, trail: number) =>
  trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xb0 && lead <= 0xf7) || (lead >= 0xa1 && lead <= 0xa3));
const big5Common = (lead: number, trail: number) =>
  lead >= 0xa1 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe));

/** Past this share of common pairs, high bytes are Chinese double-byte text, not Latin-1 accents. */
const DOUBLE_BYTE_SHARE = 0.5;

function guessChinese(bytes: Uint8Array): Decoded {
  const candidates = ['gb18030', 'big5'];
  if (commonPairShare(bytes, big5Common) > commonPairShare(bytes, gbCommon)) candidates.reverse();
  for (const encoding of candidates) {
    const text = decodeWith(bytes, encoding);
    if (isCleanText(text)) return { text, encoding };
  }
  throw new InputError(NOT_TEXT);
}

/** Decodes bytes as the options and the bytes say; throws InputError for unknown encodings and non-text. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (options.encoding !== undefined) {
    const encoding = canonicalEncoding(options.encoding);
    if (encoding === null)
      throw new InputError(`unknown encoding "${options.encoding}" (try utf-8, gb18030, big5 or utf-16le)`);
    const text = decodeWith(bytes, encoding);
    if (isBinary(text)) throw new InputError(NOT_TEXT);
    // In valid UTF-8 every U+FFFD is one the site served, however many.
    const served = encoding === 'utf-8' && isUtf8(bytes);
    if (!served && !fitsEncoding(text)) {
      throw new InputError(`not text in ${encoding} (undecodable bytes; is the encoding right?)`);
    }
    return { text, encoding };
  }

  const bom = bomEncoding(bytes);
  if (bom !== null) return checked(decodeWith(bytes, bom), bom);
  if (bytes.indexOf(0) !== -1) throw new InputError(NOT_TEXT);

  // Text in any other encoding is practically never valid UTF-8 once it holds non-ASCII bytes, so
  // valid UTF-8 outranks a declaration: pages re-saved as UTF-8 keep their old <meta charset=gbk>.
  // Valid UTF-8 stays UTF-8 whatever U+FFFD it holds: those are characters the site served.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    if (isBinary(utf8)) throw new InputError(NOT_TEXT);
    return { text: utf8, encoding: 'utf-8' };
  }

  const declarations = [
    options.html ? declaredCharset(bytes) : null,
    options.httpContentType ? charsetParameter(options.httpContentType) : null,
  ];
  for (const declared of declarations) {
    const encoding = declared === null ? null : canonicalEncoding(declared);
    // UTF-8 failed above; UTF-16 without a BOM would have NUL bytes.
    if (encoding === null || encoding === 'utf-8' || encoding.startsWith('utf-16')) continue;
    // Chinese pages declared as Latin-1 (an editor's default) would decode "cleanly" into mojibake.
    if (
      encoding === 'windows-1252' &&
      Math.max(commonPairShare(bytes, gbCommon), commonPairShare(bytes, big5Common)) > DOUBLE_BYTE_SHARE
    )
      continue;
    // A page declared GB but written in Big5 (or the reverse) decodes "cleanly" too: its bytes decide.
    if (encoding === 'gb18030' && commonPairShare(bytes, big5Common) > commonPairShare(bytes, gbCommon)) continue;
    if (encoding === 'big5' && commonPairShare(bytes, gbCommon) > commonPairShare(bytes, big5Common)) continue;
    const text = decodeWith(bytes, encoding);
    if (isCleanText(text)) return { text, encoding };
  }
  return guessChinese(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null;
}

function checked(text: string, encoding: string): Decoded {
  if (!fitsEncoding(text)) throw new InputError(NOT_TEXT);
  return { text, encoding };
}
