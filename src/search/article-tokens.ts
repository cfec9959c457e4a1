import { indexTokens } from './tokens.js';

/**
 * The four searched fields of an article, as index token text (one per FTS5 column): strings, or
 * their UTF-8 bytes, which FTS5 reads as the same text and a worker thread can hand over without a copy.
 */
export interface SearchTokens<T extends string | Uint8Array = string | Uint8Array> {
  title: T;
  body: T;
  source: T;
  author: T;
}

export function articleTokens(fields: { title: string; body: string | null; source: string | null; author: string | null }): SearchTokens<string> {
  return {
    title: indexTokens(fields.title),
    body: indexTokens(fields.body ?? ''),
    source: indexTokens(fields.source ?? ''),
    author: indexTokens(fields.author ?? ''),
  };
}

const utf8 = new TextEncoder();

/** The tokens as UTF-8 bytes, each in its own buffer so it can be transferred between threads. */
export function encodeTokens(tokens: SearchTokens<string>): SearchTokens<Uint8Array> {
  return { title: utf8.encode(tokens.title), body: utf8.encode(tokens.body), source: utf8.encode(tokens.source), author: utf8.encode(tokens.author) };
}
