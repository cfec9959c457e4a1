/** Writing text pieces to a stream in few, bounded chunks, with backpressure. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Pieces are joined into chunks of about this many bytes: far fewer stream writes for the same data. */
const CHUNK_BYTES = 48 * 1024;

function* coalesce(pieces: Iterable<string | Uint8Array>): Generator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    const bytes =
      typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    pending.push(bytes);
    size += bytes.length;
    if (size >= CHUNK_BYTES) {
      yield Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield Buffer.concat(pending, size);
}

/**
 * Pulls the pieces only as fast as `out` takes them (pipeline awaits 'drain' when it is full), so
 * at most a couple of chunks are held in memory whatever the number of articles. `end: false`
 * leaves `out` open: it may be stdout, or a file the caller completes.
 */
export async function writePieces(
  pieces: Iterable<string | Uint8Array>,
  out: NodeJS.WritableStream,
  options: { end: boolean },
): Promise<void> {
  const chunks = Readable.from(coalesce(pieces), { objectMode: true, highWaterMark: 1 });
  await pipeline(chunks, out, { end: options.end });
}
