import { indexTokens } from './tokens.js';

/** The four searched fields of an article, as index token strings (one per FTS5 column). */
export interface SearchTokens {
  title: string;
  body: string;
  source: string;
  author: string;
}

export function articleTokens(fields: { title: string; body: string | null; source: string | null; author: string | null }): SearchTokens {
  return {
    title: indexTokens(fields.title),
    body: indexTokens(fields.body ?? ''),
    source: indexTokens(fields.source ?? ''),
    author: indexTokens(fields.author ?? ''),
  };
}
