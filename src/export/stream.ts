/** Writing text pieces to a stream in few, bounded chunks, with backpressure. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Pieces are joined into chunks of about this many characters: far fewer stream writes for the same bytes. */
const CHUNK_CHARS = 16 * 1024;

function* coalesce(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/**
 * Pulls the pieces only as fast as `out` takes them (pipeline awaits 'drain' when it is full), so
 * at most a couple of chunks are held in memory whatever the number of articles. `end: false`
 * leaves `out` open: it may be stdout, or a file the caller completes.
 */
export async function writePieces(pieces: Iterable<string>, out: NodeJS.WritableStream, options: { end: boolean }): Promise<void> {
  const chunks = Readable.from(coalesce(pieces), { objectMode: true, highWaterMark: 1 });
  await pipeline(chunks, out, { end: options.end });
}
