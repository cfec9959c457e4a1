import { articleExists, findArticleIdsByUrl } from '../../db/articles.js';
import type { Db } from '../../db/connection.js';
import { NotFoundError } from '../../db/errors.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { webUrl } from '../../urls/identity.js';

/**
 * An article named on the command line by id, or by one of its URLs (its own address or its source's)
 * however it is spelt, with or without a scheme (the first article with it).
 */
export function resolveArticleRef(db: Db, ref: string): number {
  if (/^\d+$/.test(ref)) {
    if (!articleExists(db, Number(ref))) throw new NotFoundError(t('shared.noArticle', { ref }));
    return Number(ref);
  }
  if (webUrl(ref) === null) throw new UsageError(t('intake.ref.neither', { ref }));
  const ids = findArticleIdsByUrl(db, ref);
  if (ids.length === 0) throw new NotFoundError(t('intake.ref.noUrl', { ref }));
  return ids[0];
}
