/** How lists of articles look, shared by list and search: the table columns and the JSON shape. */
import type { Column } from '../../output/render.js';
import type { Article } from '../../types.js';

/** The first columns of every list of articles. */
export const ARTICLE_ID_COLUMNS: Column<Article>[] = [
  { header: 'ID', value: (a) => a.id, align: 'right', style: 'id' },
  { header: 'PUBLISHED', value: (a) => a.published?.slice(0, 10) ?? null, style: 'date' },
  { header: 'SOURCE', value: (a) => a.source, flex: true, style: 'dim' },
  { header: 'TITLE', value: (a) => a.title, flex: true },
];

/** list --json and search --json leave the body out: they are for choosing articles, show and export carry the text. */
export function articleSummary(a: Article): Omit<Article, 'body'> {
  const { body: _body, ...rest } = a;
  return rest;
}
