/** NDJSON and JSON-array writers: one article record at a time, straight to the stream. */
import type { Article } from '../types.js';
import { articleRecord } from './record.js';
import { writePieces } from './stream.js';

/** One JSON object per line; returns the number of articles written. Leaves `out` open. */
export async function writeNdjson(articles: Iterable<Article>, out: NodeJS.WritableStream): Promise<number> {
  let count = 0;
  function* lines(): Generator<string> {
    for (const article of articles) {
      count += 1;
      yield `${JSON.stringify(articleRecord(article))}\n`;
    }
  }
  await writePieces(lines(), out, { end: false });
  return count;
}

/** A JSON array, one element a line; returns the number of articles written. Leaves `out` open. */
export async function writeJson(articles: Iterable<Article>, out: NodeJS.WritableStream): Promise<number> {
  let count = 0;
  function* elements(): Generator<string> {
    for (const article of articles) {
      yield `${count === 0 ? '[\n' : ',\n'}${JSON.stringify(articleRecord(article))}`;
      count += 1;
    }
    yield count === 0 ? '[]\n' : '\n]\n';
  }
  await writePieces(elements(), out, { end: false });
  return count;
}
