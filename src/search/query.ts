/**
 * The search query language and its compilation to a safe FTS5 MATCH expression. Syntax: spaces = AND,
 * `"exact phrase"`, `OR` between terms, `-term` / `-"phrase"` to exclude, `prefix*` on a word. Everything
 * else is literal text; punctuation only separates words.
 *
 * Every term becomes one FTS5 phrase of index tokens (see tokens.ts), double-quoted, so no input can be
 * FTS syntax. Over a `detail=full` index a phrase matches exactly where the folded text contains the
 * term: CJK as a substring, words as whole words, the parts of a phrase in order with only spaces or
 * punctuation between them (at least one between two CJK parts, since "法院 判决" is not "法院判决").
 */
import { UsageError } from '../errors.js';
import { SEPARATOR_CHAR, WORD_CHAR, cjkBigrams, foldText, textPieces } from './tokens.js';

export class QuerySyntaxError extends UsageError {}

export type SearchField = 'title' | 'body' | 'source' | 'author';
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'body', 'source', 'author'];

export interface CompiledQuery {
  /** A safe FTS5 MATCH expression built only from quoted tokens. */
  match: string;
  /**
   * The same semantics on the row's own text. MATCH over the detail=full index is already exact, so
   * searching never needs this; it is the definition the recall tests hold MATCH to.
   */
  verify(fields: Record<SearchField, string | null>): boolean;
  /** Literal strings to highlight in snippets. */
  highlightTerms: string[];
}

/** One searchable term: a word, a CJK string, or a phrase of several. */
interface Term {
  /** The folded text from the first to the last piece. */
  text: string;
  /** FTS5 phrase, e.g. "人民 民法 法院" or "gdp 增"*. */
  match: string;
  /** Whether folded text contains the term; compiled on first use, as searching itself never needs it. */
  foundIn(folded: string): boolean;
}

/** Terms joined by spaces must all match; each element is an OR group. */
interface ParsedQuery {
  include: Term[][];
  exclude: Term[];
}

const WORD_BEFORE = `(?<!${WORD_CHAR})`;
const WORD_AFTER = `(?!${WORD_CHAR})`;
const WHITESPACE = /\s/u;

/**
 * Bounds on a query, far above what a person types or a complaint quotes: without them a pasted page
 * (96 KB) took 25 s and 2.3 GB to search, and 5 000 OR terms 6 s and 745 MB.
 */
export const MAX_QUERY_CHARACTERS = 1000;
export const MAX_QUERY_TERMS = 64;

/** Compiles QUERY for the given fields (default: all four); throws QuerySyntaxError when malformed. */
export function compileQuery(query: string, fields: SearchField[] = [...SEARCH_FIELDS]): CompiledQuery {
  if (query.length > MAX_QUERY_CHARACTERS) {
    throw new QuerySyntaxError(`the query is ${query.length} characters long; search for a passage of at most ${MAX_QUERY_CHARACTERS}`);
  }
  const parsed = parseQuery(query);
  const terms = parsed.include.flat().length + parsed.exclude.length;
  if (terms > MAX_QUERY_TERMS) throw new QuerySyntaxError(`the query has ${terms} terms; at most ${MAX_QUERY_TERMS} are searched at once`);
  const searched = SEARCH_FIELDS.filter((field) => fields.includes(field));
  if (searched.length === 0) throw new QuerySyntaxError('no field to search: use title, body, source or author');
  const columns = searched.length === SEARCH_FIELDS.length ? '' : `{${searched.join(' ')}} : `;
  const inColumns = (expression: string): string => `${columns}(${expression})`;

  const groups = parsed.include.map((group) => group.map((term) => term.match).join(' OR '));
  let match = groups.map((group) => inColumns(group)).join(' AND ');
  // One NOT over an OR of all exclusions: FTS5 nests each NOT, and its expression depth is limited.
  if (parsed.exclude.length > 0) match = `(${match}) NOT ${inColumns(parsed.exclude.map((term) => term.match).join(' OR '))}`;

  return {
    match,
    highlightTerms: highlightTerms(parsed.include.flat()),
    verify(row) {
      const texts = searched.map((field) => row[field]).filter((text): text is string => text !== null).map(foldText);
      const found = (term: Term): boolean => texts.some((text) => term.foundIn(text));
      return parsed.include.every((group) => group.some(found)) && !parsed.exclude.some(found);
    },
  };
}

/** Tokens of the query: a phrase, a word, `OR`, or `-` directly before a word or phrase. */
interface Lexeme {
  kind: 'text' | 'or';
  text: string;
  quoted: boolean;
  excluded: boolean;
}

function parseQuery(query: string): ParsedQuery {
  const lexemes = lex(query);
  if (lexemes.length === 0) throw new QuerySyntaxError('empty query: give a word or phrase to search for');
  const include: Term[][] = [];
  const exclude: Term[] = [];
  let index = 0;
  while (index < lexemes.length) {
    const first = lexemes[index];
    if (first.kind === 'or') throw loneOr(query);
    if (first.excluded) {
      if (lexemes[index + 1]?.kind === 'or') throw exclusionInOr(query);
      const term = toTerm(first);
      if (term) exclude.push(term);
      index++;
      continue;
    }
    const group: Term[] = [];
    for (;;) {
      const term = toTerm(lexemes[index]);
      if (term) group.push(term);
      if (lexemes[index + 1]?.kind !== 'or') break;
      const next = lexemes[index + 2];
      if (next === undefined || next.kind === 'or') throw loneOr(query);
      if (next.excluded) throw exclusionInOr(query);
      index += 2;
    }
    index++;
    if (group.length > 0) include.push(group);
  }
  if (include.length === 0) {
    throw new QuerySyntaxError(
      exclude.length > 0 || lexemes.some((lexeme) => lexeme.excluded)
        ? `${quote(query)} only excludes: add a term to search for, e.g. 判决 -法院`
        : `nothing to search for in ${quote(query)}: use words, numbers or CJK characters`,
    );
  }
  return { include, exclude };
}

function lex(query: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    if (WHITESPACE.test(query[i])) {
      i++;
      continue;
    }
    const excluded = query[i] === '-';
    if (excluded) {
      i++;
      if (i === query.length || WHITESPACE.test(query[i])) {
        throw new QuerySyntaxError(`"-" must be followed by a word or phrase to exclude in ${quote(query)}: write -word or -"phrase"`);
      }
    }
    if (query[i] === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new QuerySyntaxError(`unbalanced quote in ${quote(query)}: close the phrase with "`);
      lexemes.push({ kind: 'text', text: query.slice(i + 1, close), quoted: true, excluded });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < query.length && query[end] !== '"' && !WHITESPACE.test(query[end])) end++;
    const text = query.slice(i, end);
    lexemes.push({ kind: text === 'OR' && !excluded ? 'or' : 'text', text, quoted: false, excluded });
    i = end;
  }
  return lexemes;
}

/** The term a lexeme searches for, or null when it holds nothing searchable (only punctuation). */
function toTerm(lexeme: Lexeme): Term | null {
  const folded = foldText(lexeme.text);
  const pieces = textPieces(folded);
  if (pieces.length === 0) return null;
  const last = pieces[pieces.length - 1];
  const wordPrefix = !lexeme.quoted && last.kind === 'word' && lexeme.text.endsWith('*');
  const tokens: string[] = [];
  // Pieces hold only letters, digits, marks and CJK characters: never regular-expression syntax.
  let pattern = '';
  for (const [i, piece] of pieces.entries()) {
    const isLast = piece === last;
    if (i > 0) pattern += pieces[i - 1].kind === 'cjk' && piece.kind === 'cjk' ? `${SEPARATOR_CHAR}+` : `${SEPARATOR_CHAR}*`;
    if (piece.kind === 'word') {
      tokens.push(piece.text);
      pattern += (i === 0 ? WORD_BEFORE : '') + piece.text + (isLast && wordPrefix ? '' : WORD_AFTER);
      continue;
    }
    const chars = Array.from(piece.text);
    if (chars.length > 1) tokens.push(...cjkBigrams(piece.text));
    // A run that ends inside the term ends with its last character as a token; the term's final
    // character may go on in the text, so it is matched as a prefix instead.
    if (!isLast || chars.length === 1) tokens.push(chars[chars.length - 1]);
    pattern += piece.text;
  }
  const prefix = wordPrefix || (last.kind === 'cjk' && Array.from(last.text).length === 1);
  let compiled: RegExp | undefined;
  return {
    text: folded.slice(pieces[0].start, last.end),
    match: ftsString(tokens.join(' ')) + (prefix ? '*' : ''),
    foundIn(text) {
      compiled ??= new RegExp(pattern, 'v');
      return compiled.test(text);
    },
  };
}

/** The literal strings a snippet should mark: each term's runs of text between separators, longest first. */
function highlightTerms(terms: Term[]): string[] {
  const parts = terms.flatMap((term) => separatedParts(term.text));
  return [...new Set(parts)].sort((a, b) => b.length - a.length);
}

/** The runs of TEXT between separators: its pieces, a word and a CJK run that touch making one part. */
function separatedParts(text: string): string[] {
  const parts: Array<{ start: number; end: number }> = [];
  for (const piece of textPieces(text)) {
    const last = parts[parts.length - 1];
    if (last && last.end === piece.start) last.end = piece.end;
    else parts.push({ start: piece.start, end: piece.end });
  }
  return parts.map((part) => text.slice(part.start, part.end));
}

/** An FTS5 string: double-quoted, inner quotes doubled, so its tokens are always a literal phrase. */
function ftsString(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

function exclusionInOr(query: string): QuerySyntaxError {
  return new QuerySyntaxError(
    `an exclusion cannot be an alternative of OR in ${quote(query)}: put exclusions outside OR, e.g. a OR b -c`,
  );
}

function loneOr(query: string): QuerySyntaxError {
  return new QuerySyntaxError(`"OR" needs a term on both sides in ${quote(query)}: write it as a OR b`);
}

/** The query as it appears in an error message: quoted, on one line, shortened when long. */
function quote(query: string): string {
  return JSON.stringify(query.length > 60 ? `${query.slice(0, 60)}…` : query);
}
