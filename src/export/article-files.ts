/** One file per article in a folder: what the Markdown and HTML exports share. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../types.js';
import { safeFileName } from './filenames.js';
import { articleRecord, type ArticleRecord } from './record.js';

export interface WrittenPage {
  record: ArticleRecord;
  /** `<id>-<title>.<extension>`, inside the folder. */
  fileName: string;
}

/**
 * Writes each article's page to `dir/<id>-<title>.<extension>` (dir must exist), yielding it once written:
 * one article at a time, so the caller can stream an index alongside.
 */
export function* writeArticlePages(
  articles: Iterable<Article>,
  dir: string,
  extension: string,
  page: (record: ArticleRecord) => string,
): Generator<WrittenPage> {
  for (const article of articles) {
    const record = articleRecord(article);
    const fileName = `${safeFileName(record.title, record.id)}.${extension}`;
    // Synchronous: one small file at a time is faster than a thread-pool round trip per page.
    writeFileSync(join(dir, fileName), page(record));
    yield { record, fileName };
  }
}
