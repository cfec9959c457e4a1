import { indexTokens } from './tokens.js';
import { searchableUrl } from './url.js';

/**
 * The five searched fields of an article, as index token text (one per FTS5 column): strings, or
 * their UTF-8 bytes, which FTS5 reads as the same text and a worker thread can hand over without a copy.
 */
export interface SearchTokens<T extends string | Uint8Array = string | Uint8Array> {
  title: T;
  body: T;
  source: T;
  author: T;
  url: T;
}

/** What the index holds of an article. */
export interface SearchedFields {
  title: string;
  body: string | null;
  source: string | null;
  author: string | null;
  original_url: string | null;
  site_url: string | null;
}

/**
 * Starts every token of the URL column (U+E000, which folded text never holds in a token): a text term
 * never matches a URL's words, so searching the text needs no column filter, and a URL term only URLs.
 */
export const URL_TOKEN_MARK = '\uE000';

/** The URL column's tokens: each URL's searchable form, its tokens marked; a lone mark between two URLs. */
export function urlTokens(urls: Array<string | null>): string {
  return urls
    .filter((url): url is string => Boolean(url))
    .map((url) => markTokens(indexTokens(searchableUrl(url))))
    .filter(Boolean)
    .join(` ${URL_TOKEN_MARK} `);
}

/** Space-separated tokens, each with the URL mark in front. */
export function markTokens(tokens: string): string {
  return tokens === '' ? '' : URL_TOKEN_MARK + tokens.replaceAll(' ', ` ${URL_TOKEN_MARK}`);
}

export function articleTokens(fields: SearchedFields): SearchTokens<string> {
  return {
    title: indexTokens(fields.title),
    body: indexTokens(fields.body ?? ''),
    source: indexTokens(fields.source ?? ''),
    author: indexTokens(fields.author ?? ''),
    url: urlTokens([fields.site_url, fields.original_url]),
  };
}

const utf8 = new TextEncoder();

/** The tokens as UTF-8 bytes, each in its own buffer so it can be transferred between threads. */
export function encodeTokens(tokens: SearchTokens<string>): SearchTokens<Uint8Array> {
  return {
    title: utf8.encode(tokens.title),
    body: utf8.encode(tokens.body),
    source: utf8.encode(tokens.source),
    author: utf8.encode(tokens.author),
    url: utf8.encode(tokens.url),
  };
}
