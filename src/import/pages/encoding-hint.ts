/**
 * What to suggest when bytes were refused as "not text" and no --encoding was given: the decoder
 * tries BOMs, UTF-8 and the Chinese encodings, so UTF-16 without a BOM, or a page a stray byte keeps
 * from decoding, only an override can read.
 */

const SAMPLE = 4096;
/** Share of a half (even or odd bytes) that must be NUL for text to look like UTF-16 of mostly ASCII or Latin. */
const UTF16_NUL_SHARE = 0.3;

/** "try --encoding …", or null when the bytes look like binary data rather than text in another encoding. */
export function encodingHint(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  let evenNul = 0;
  let oddNul = 0;
  let high = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (sample[i] >= 0x80) {
      high++;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * UTF16_NUL_SHARE && evenNul < oddNul / 4) return 'try --encoding utf-16le';
  if (evenNul > half * UTF16_NUL_SHARE && oddNul < evenNul / 4) return 'try --encoding utf-16be';
  if (evenNul + oddNul === 0 && high > 0) return 'try --encoding gb18030 or --encoding big5';
  return null;
}
