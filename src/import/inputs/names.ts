/**
 * File names as bytes: Linux names need not be UTF-8 (GBK names from a Windows zip), and a name decoded
 * with replacement characters names no file. Such files are reached by their bytes and shown with the
 * bytes that are not UTF-8 escaped (`\xb0\xd7.txt`).
 */
import { isUtf8 } from 'node:buffer';

/** The length of the UTF-8 sequence a lead byte starts (0 for a byte that starts none). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** A name's bytes as text: UTF-8 where they are UTF-8, every other byte as `\xNN`. */
export function shownName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let shown = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes[i]);
    if (length > 0 && i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length))) {
      shown += bytes.toString('utf8', i, i + length);
      i += length;
    } else {
      shown += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return shown;
}
