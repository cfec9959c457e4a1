/** Folder formats (Markdown, HTML): one file per article in a folder, and an index streamed alongside if any. */
import { createWriteStream, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../types.js';
import { safeFileName } from './filenames.js';
import { ENGLISH_TEXT, articleRecord, type ArticleRecord, type ExportText } from './record.js';
import { writePieces } from './stream.js';

/** Writes the articles into `dir` (created if missing), labelled in `text`'s language; returns how many. */
export type FolderWriter = (articles: Iterable<Article>, dir: string, text?: ExportText) => Promise<number>;

export interface WrittenPage {
  record: ArticleRecord;
  /** `<id>-<title>.<extension>`, inside the folder. */
  fileName: string;
}

/** A file listing the pages, written piece by piece as each page is written. */
export interface FolderIndex {
  fileName: string;
  pieces(pages: Iterable<WrittenPage>, text: ExportText): Iterable<string>;
}

/** The writer of a folder format: each article's page in `<id>-<title>.<extension>`, and the index if any. */
export function articleFolderWriter(
  extension: string,
  page: (record: ArticleRecord, text: ExportText) => string,
  index?: FolderIndex,
): FolderWriter {
  return async (articles, dir, text = ENGLISH_TEXT) => {
    await mkdir(dir, { recursive: true });
    let count = 0;
    function* pages(): Generator<WrittenPage> {
      for (const article of articles) {
        const record = articleRecord(article);
        const fileName = `${safeFileName(record.title, record.id)}.${extension}`;
        // Synchronous: one small file at a time is faster than a thread-pool round trip per page.
        writeFileSync(join(dir, fileName), page(record, text));
        count += 1;
        yield { record, fileName };
      }
    }
    if (index !== undefined) {
      await writePieces(index.pieces(pages(), text), createWriteStream(join(dir, index.fileName)), { end: true });
    } else {
      // No index to stream: writing the pages is the whole job.
      for (const _page of pages());
    }
    return count;
  };
}
