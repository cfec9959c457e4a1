/** Small rules for text that several floors share. */

/** Line breaks, other whitespace and control characters (C0, DEL, C1): what may not split a one-line value. */
const BREAKING = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/**
 * Text that must stay on one line (titles, table cells, the values a letter quotes): every run of
 * whitespace or control characters becomes one space, so a value cannot add lines of its own.
 */
export function oneLine(text: string): string {
  return text.replace(BREAKING, ' ').trim();
}
