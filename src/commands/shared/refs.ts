import { articleExists, findArticleIdsByUrl } from '../../db/articles.js';
import type { Db } from '../../db/connection.js';
import { NotFoundError } from '../../db/errors.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';

/** An article named on the command line by id, or by its original URL (the first article with it). */
export function resolveArticleRef(db: Db, ref: string): number {
  if (/^\d+$/.test(ref)) {
    if (!articleExists(db, Number(ref))) throw new NotFoundError(t('shared.noArticle', { ref }));
    return Number(ref);
  }
  if (!/^https?:\/\//i.test(ref)) throw new UsageError(t('shared.notARef', { ref }));
  const ids = findArticleIdsByUrl(db, ref);
  if (ids.length === 0) throw new NotFoundError(t('shared.noArticleWithUrl', { url: ref }));
  return ids[0];
}
