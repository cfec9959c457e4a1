/**
 * Where things are in JSON text: the first syntax error (V8's JSON.parse names no position for
 * most errors) and the line each element of a top-level array starts on.
 */

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first syntax error in text, or null when the text is one valid JSON value. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const expect = (c: string) => {
    skip(WHITESPACE);
    if (text[i] !== c) throw i;
    i++;
  };
  const value = (): void => {
    skip(WHITESPACE);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skip(WHITESPACE);
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skip(WHITESPACE);
          if (!skip(STRING)) throw i;
          expect(':');
        }
        value();
        skip(WHITESPACE);
        if (text[i] === close) {
          i++;
          return;
        }
        expect(',');
      }
    }
    if (!skip(c === '"' ? STRING : SCALAR)) throw i;
  };
  try {
    value();
    skip(WHITESPACE);
    return i < text.length ? i : null;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    return null; // nested too deep to follow: no position to report
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The line each element of a valid top-level JSON array starts on. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let elementNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x0a) line++;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (elementNext && depth === 1 && c !== 0x5d) lines.push(line);
    elementNext = false;
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) elementNext = ++depth === 1;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && depth === 1) elementNext = true;
  }
  return lines;
}

/** V8's message without the quoted source or position it appends. */
export function jsonErrorReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/,\s*(?:\.\.\.)?".*$/s, '').replace(/\s+in JSON at position \d+.*$/s, '');
}
