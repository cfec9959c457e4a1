/**
 * How deep a page's elements may nest before it is refused unparsed. Real pages stay within a few
 * dozen levels; 200 000 nested <div>s took a DOM parser nearly a minute, then overflowed its stack.
 */
import { Parser } from 'htmlparser2';
import { ParseFailure } from '../errors.js';

export const MAX_NESTING = 1000;

class TooDeep extends Error {}

/** Throws ParseFailure when the HTML nests elements deeper than MAX_NESTING; one linear pass, stopped at the cap. */
export function requireShallowHtml(html: string): void {
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      if (++depth > MAX_NESTING) throw new TooDeep();
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
  } catch (err) {
    if (err instanceof TooDeep) throw new ParseFailure(`elements nested more than ${MAX_NESTING} deep: not parsed`);
    throw err;
  }
}
