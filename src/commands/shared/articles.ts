/** How lists of articles look, shared by list and search: the table columns and the JSON shape. */
import type { Column } from '../../output/render.js';
import type { Article } from '../../types.js';
import { t } from '../../i18n/index.js';

/** The first columns of every list of articles. */
export const ARTICLE_ID_COLUMNS: Column<Article>[] = [
  { header: () => t('shared.column.id'), value: (a) => a.id, align: 'right', style: 'id' },
  { header: () => t('shared.column.published'), value: (a) => a.published?.slice(0, 10) ?? null, style: 'date' },
  { header: () => t('shared.column.source'), value: (a) => a.source, flex: true, style: 'dim' },
  { header: () => t('shared.column.title'), value: (a) => a.title, flex: true },
];

/** list --json and search --json leave the body out: they are for choosing articles, show and export carry the text. */
export function articleSummary(a: Article): Omit<Article, 'body'> {
  const { body: _body, ...rest } = a;
  return rest;
}
