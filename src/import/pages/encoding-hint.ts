/**
 * What to suggest when bytes were refused as "not text" and no --encoding was given: the decoder
 * tries BOMs, UTF-8 and the Chinese encodings, so UTF-16 without a BOM, or a page a stray byte keeps
 * from decoding, only an override can read.
 */

const SAMPLE = 4096;
/** Share of the sample's byte pairs that must be an ASCII character in UTF-16 (markup, digits, line breaks). */
const UTF16_ASCII_SHARE = 0.3;
/** Fewer bytes than this say too little to suggest anything. */
const MIN_SAMPLE = 64;

const isAsciiText = (b: number) => (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09;

/** Share of byte pairs that are a printable ASCII character in UTF-16 with its NUL byte `nulFirst` or last. */
function asciiPairShare(sample: Uint8Array, nulFirst: boolean): number {
  let ascii = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const [nul, char] = nulFirst ? [sample[i], sample[i + 1]] : [sample[i + 1], sample[i]];
    if (nul === 0 && isAsciiText(char)) ascii++;
  }
  return ascii / pairs;
}

/** "try --encoding …", or null when the bytes look like binary data rather than text in another encoding. */
export function encodingHint(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.length < MIN_SAMPLE) return null;
  if (asciiPairShare(sample, false) > UTF16_ASCII_SHARE) return 'try --encoding utf-16le';
  if (asciiPairShare(sample, true) > UTF16_ASCII_SHARE) return 'try --encoding utf-16be';
  if (sample.indexOf(0) === -1 && sample.some((b) => b >= 0x80)) return 'try --encoding gb18030 or --encoding big5';
  return null;
}
