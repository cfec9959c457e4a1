import type { Article } from '../types.js';

/** An article in --json lists (list, search): the body is left out, show and export carry the text. */
export function articleSummary(a: Article): Omit<Article, 'body'> {
  const { body: _body, ...rest } = a;
  return rest;
}
