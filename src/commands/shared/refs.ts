import { articleExists, findArticleIdsByUrl } from '../../db/articles.js';
import type { Db } from '../../db/connection.js';
import { NotFoundError } from '../../db/errors.js';
import { UsageError } from '../../errors.js';

/** An article named on the command line by id, or by its original URL (the first article with it). */
export function resolveArticleRef(db: Db, ref: string): number {
  if (/^\d+$/.test(ref)) {
    if (!articleExists(db, Number(ref))) throw new NotFoundError(`no article ${ref} (see arca list)`);
    return Number(ref);
  }
  if (!/^https?:\/\//i.test(ref)) throw new UsageError(`"${ref}" is neither an article id nor an http(s) URL`);
  const ids = findArticleIdsByUrl(db, ref);
  if (ids.length === 0) throw new NotFoundError(`no article with original URL ${ref}`);
  return ids[0];
}
