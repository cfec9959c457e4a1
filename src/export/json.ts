/**
 * NDJSON and JSON-array writers. They take each article's JSON record already serialised (SQLite
 * builds them, see iterateArticleJson in src/db/articles.ts; articleRecord in record.ts is the same
 * shape in JavaScript) and stream them to `out`.
 */
import { writePieces } from './stream.js';

const NEWLINE = '\n';

/** One JSON object per line; returns the number of articles written. Leaves `out` open. */
export async function writeNdjson(records: Iterable<Uint8Array | string>, out: NodeJS.WritableStream): Promise<number> {
  let count = 0;
  function* lines(): Generator<Uint8Array | string> {
    for (const record of records) {
      count += 1;
      yield record;
      yield NEWLINE;
    }
  }
  await writePieces(lines(), out, { end: false });
  return count;
}

/** A JSON array, one element a line; returns the number of articles written. Leaves `out` open. */
export async function writeJson(records: Iterable<Uint8Array | string>, out: NodeJS.WritableStream): Promise<number> {
  let count = 0;
  function* elements(): Generator<Uint8Array | string> {
    for (const record of records) {
      yield count === 0 ? '[\n' : ',\n';
      yield record;
      count += 1;
    }
    yield count === 0 ? '[]\n' : '\n]\n';
  }
  await writePieces(elements(), out, { end: false });
  return count;
}
