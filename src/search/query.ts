/**
 * The search query language and its compilation to a safe FTS5 MATCH expression. Syntax: spaces = AND,
 * `"exact phrase"`, `OR` between terms, `-term` / `-"phrase"` to exclude, `prefix*` on a word. Everything
 * else is literal text; punctuation only separates words.
 *
 * Every term becomes one FTS5 phrase of index tokens (see tokens.ts), double-quoted, so no input can be
 * FTS syntax. Over a `detail=full` index a phrase matches exactly where the folded text contains the
 * term: CJK as a substring, words as whole words, the parts of a phrase in order with only spaces or
 * punctuation between them (at least one between two CJK parts, since "法院 判决" is not "法院判决").
 * A term that looks like a URL or a host searches the URL column (url.ts) unless --field says otherwise.
 */
import { UsageError } from '../errors.js';
import { markTokens } from './article-tokens.js';
import { foldScript, foldText, foldWithOffsets, hasScriptVariants } from './fold.js';
import { SEPARATOR_CHAR, WORD_CHAR, cjkBigrams, textPieces } from './tokens.js';
import { looksLikeUrl, searchableUrl } from './url.js';
import { t } from '../i18n/index.js';

export class QuerySyntaxError extends UsageError {}

export type SearchField = 'title' | 'body' | 'source' | 'author' | 'url';
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'body', 'source', 'author', 'url'];
/** The fields a term searches without --field: the text, or for a term that looks like a URL the URL. */
const TEXT_FIELDS: readonly SearchField[] = ['title', 'body', 'source', 'author'];

/** A row's searched text: `url` is the article's URL as stored (original_url). */
export type SearchedRow = Partial<Record<SearchField, string | null>>;

export interface CompileOptions {
  /** Match traditional and simplified characters as written (--exact-script). */
  exactScript?: boolean;
}

export interface CompiledQuery {
  /** A safe FTS5 MATCH expression built only from quoted tokens. */
  match: string;
  /**
   * The first tier of the ranking, as an expression for the titles' own index: the articles whose title
   * holds every included term. Null when some included term cannot match a title (--field body, a URL).
   */
  titleMatch: string | null;
  /** The excluded terms, for the main index (a title hit holding one elsewhere is no hit); null without. */
  excludeMatch: string | null;
  /**
   * The same semantics on the row's own text. MATCH over the detail=full index is already exact for
   * folded text, so searching needs this only for --exact-script (rowCheck); it is also the definition
   * the recall tests hold MATCH to.
   */
  verify(row: SearchedRow): boolean;
  /**
   * Set when MATCH finds a superset: with --exact-script the index still folds scripts, so a query holding
   * a character with a traditional or simplified twin is checked on each row's own text.
   */
  rowCheck: ((row: SearchedRow) => boolean) | null;
  /** Where the query's (included) terms match in FIELD's TEXT: ascending [start, end) offsets into TEXT. */
  hitsIn(text: string, field: SearchField): Array<[number, number]>;
}

/** One searchable term: a word, a CJK string, or a phrase of several. */
interface Term {
  /** FTS5 expression, e.g. "人民 民法 法院" or {title} : "gdp 增"*. */
  match: string;
  /** The same tokens for the titles' own index; null when the term is not searched in titles. */
  titleMatch: string | null;
  fields: readonly SearchField[];
  /** Where folded text contains the term (compiled on first use: searching alone never needs it). */
  pattern(): RegExp;
}

/** Terms joined by spaces must all match; each element is an OR group. */
interface ParsedQuery {
  include: Term[][];
  exclude: Term[];
}

interface Fold {
  scripts: boolean;
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

/**
 * Compiles QUERY. FIELDS (--field) applies to every term; without it a term searches the text fields or,
 * when it looks like a URL or a host, the URL. Throws QuerySyntaxError when malformed.
 */
export function compileQuery(query: string, fields?: SearchField[], options: CompileOptions = {}): CompiledQuery {
  if (query.length > MAX_QUERY_CHARACTERS) {
    throw new QuerySyntaxError(t('articles.query.tooLong', { length: query.length, max: MAX_QUERY_CHARACTERS }));
  }
  if (fields !== undefined && fields.length === 0) throw new QuerySyntaxError(t('articles.query.noField'));
  const fold: Fold = { scripts: !options.exactScript };
  const parsed = parseQuery(query, (lexeme) => toTerm(lexeme, fields, fold));
  const terms = parsed.include.flat().length + parsed.exclude.length;
  if (terms > MAX_QUERY_TERMS)
    throw new QuerySyntaxError(t('articles.query.tooManyTerms', { terms, max: MAX_QUERY_TERMS }));

  const all = (groups: string[][]) => groups.map((group) => `(${group.join(' OR ')})`).join(' AND ');
  // One NOT over an OR of all exclusions: FTS5 nests each NOT, and its expression depth is limited.
  const excludeMatch = parsed.exclude.length > 0 ? parsed.exclude.map((term) => term.match).join(' OR ') : null;
  const includeMatch = all(parsed.include.map((group) => group.map((term) => term.match)));
  const match = excludeMatch ? `(${includeMatch}) NOT (${excludeMatch})` : includeMatch;
  const inTitle = parsed.include.map((group) => group.flatMap((term) => term.titleMatch ?? []));
  const titleMatch = inTitle.every((group) => group.length > 0) ? all(inTitle) : null;

  const verify = (row: SearchedRow): boolean => {
    const folded = new Map<SearchField, string | null>();
    const textOf = (field: SearchField): string | null => {
      if (!folded.has(field)) {
        const text = row[field] ?? null;
        folded.set(field, text === null ? null : foldText(field === 'url' ? searchableUrl(text) : text, fold));
      }
      return folded.get(field)!;
    };
    const found = (term: Term): boolean =>
      term.fields.some((field) => {
        const text = textOf(field);
        return text !== null && term.pattern().test(text);
      });
    return parsed.include.every((group) => group.some(found)) && !parsed.exclude.some(found);
  };
  const included = parsed.include.flat();
  return {
    match,
    titleMatch,
    excludeMatch,
    verify,
    rowCheck: options.exactScript && hasScriptVariants(foldText(query, fold)) ? verify : null,
    hitsIn(text, field) {
      const patterns = included.filter((term) => term.fields.includes(field)).map((term) => term.pattern());
      return patterns.length === 0 ? [] : findHits(text, patterns, fold);
    },
  };
}

/** Every match of the patterns in TEXT (compared folded), as merged [start, end) offsets into TEXT. */
function findHits(text: string, patterns: RegExp[], fold: Fold): Array<[number, number]> {
  const folded = foldWithOffsets(text, fold);
  const found: Array<[number, number]> = [];
  for (const pattern of patterns) {
    for (const hit of folded.text.matchAll(new RegExp(pattern.source, 'gv'))) {
      if (hit[0].length > 0)
        found.push([folded.sourceStart(hit.index), folded.sourceEnd(hit.index + hit[0].length - 1)]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const hit of found) {
    const last = merged[merged.length - 1];
    if (last && hit[0] < last[1]) last[1] = Math.max(last[1], hit[1]);
    else merged.push(hit);
  }
  return merged;
}

/** Tokens of the query: a phrase, a word, `OR`, or `-` directly before a word or phrase. */
interface Lexeme {
  kind: 'text' | 'or';
  text: string;
  quoted: boolean;
  excluded: boolean;
}

function parseQuery(query: string, toTerm: (lexeme: Lexeme) => Term | null): ParsedQuery {
  const lexemes = lex(query);
  if (lexemes.length === 0) throw new QuerySyntaxError(t('articles.query.empty'));
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
        ? t('articles.query.onlyExcludes', { query: quote(query) })
        : t('articles.query.nothing', { query: quote(query) }),
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
        throw new QuerySyntaxError(t('articles.query.lonelyMinus', { query: quote(query) }));
      }
    }
    if (query[i] === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new QuerySyntaxError(t('articles.query.unbalancedQuote', { query: quote(query) }));
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
function toTerm(lexeme: Lexeme, fields: SearchField[] | undefined, fold: Fold): Term | null {
  const isUrl = looksLikeUrl(lexeme.text);
  const folded = foldText(isUrl ? searchableUrl(lexeme.text) : lexeme.text, fold);
  const pieces = textPieces(folded);
  if (pieces.length === 0) return null;
  const last = pieces[pieces.length - 1];
  const wordPrefix = !lexeme.quoted && last.kind === 'word' && lexeme.text.endsWith('*');
  const tokens: string[] = [];
  // Pieces hold only letters, digits, marks and CJK characters: never regular-expression syntax.
  let pattern = '';
  for (const [i, piece] of pieces.entries()) {
    const isLast = piece === last;
    if (i > 0)
      pattern += pieces[i - 1].kind === 'cjk' && piece.kind === 'cjk' ? `${SEPARATOR_CHAR}+` : `${SEPARATOR_CHAR}*`;
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
  const searched = fields ?? (isUrl ? ['url'] : TEXT_FIELDS);
  let compiled: RegExp | undefined;
  return {
    // The index always folds scripts; with --exact-script the pattern, on the row, tells them apart.
    match: termMatch(foldScript(tokens.join(' ')), prefix ? '*' : '', searched),
    titleMatch: searched.includes('title') ? ftsString(foldScript(tokens.join(' '))) + (prefix ? '*' : '') : null,
    fields: searched,
    pattern: () => (compiled ??= new RegExp(pattern, 'v')),
  };
}

/**
 * The FTS5 expression for a term's tokens in FIELDS. URL tokens are marked (article-tokens.ts), so the
 * text columns need a column filter only when some of them are left out, and the URL column never.
 */
function termMatch(tokens: string, suffix: string, fields: readonly SearchField[]): string {
  const parts: string[] = [];
  const text = TEXT_FIELDS.filter((field) => fields.includes(field));
  if (text.length === TEXT_FIELDS.length) parts.push(ftsString(tokens) + suffix);
  else if (text.length > 0) parts.push(`{${text.join(' ')}} : ${ftsString(tokens)}${suffix}`);
  if (fields.includes('url')) parts.push(ftsString(markTokens(tokens)) + suffix);
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/** An FTS5 string: double-quoted, inner quotes doubled, so its tokens are always a literal phrase. */
function ftsString(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

function exclusionInOr(query: string): QuerySyntaxError {
  return new QuerySyntaxError(t('articles.query.exclusionInOr', { query: quote(query) }));
}

function loneOr(query: string): QuerySyntaxError {
  return new QuerySyntaxError(t('articles.query.loneOr', { query: quote(query) }));
}

/** The query as it appears in an error message: quoted, on one line, shortened when long. */
function quote(query: string): string {
  return JSON.stringify(query.length > 60 ? `${query.slice(0, 60)}…` : query);
}
