/** LIKE patterns that match user text literally: its % _ and \ are escaped, the escape named by LIKE_ESCAPE. */

/** The ESCAPE clause that goes after every LIKE whose pattern comes from containsPattern. */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** A LIKE pattern for "contains TEXT", the text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
