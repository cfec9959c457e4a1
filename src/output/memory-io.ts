/**
 * An IO whose streams live in memory, for tests of commands and renderers: set which streams
 * "are terminals", then read back exactly what went to stdout and stderr.
 */
import { Readable, Writable } from 'node:stream';
import type { IO } from './io.js';

export interface MemoryIO extends IO {
  stdoutText(): string;
  stderrText(): string;
  /** What went to stdout, byte for byte (show --raw writes a page's original encoding). */
  stdoutBytes(): Buffer;
}

export type MemoryIOOptions = Partial<Omit<IO, 'stdout' | 'stderr' | 'stdin'>> & { stdinText?: string | Uint8Array };

export function memoryIO(opts: MemoryIOOptions = {}): MemoryIO {
  const { stdinText, ...flags } = opts;
  const settings = {
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    color: false,
    columns: 80,
    quiet: false,
    verbose: false,
    ...flags,
  };
  const stdout = collector(settings.stdoutIsTTY, settings.columns);
  const stderr = collector(settings.stderrIsTTY, settings.columns);
  // Bytes, as a process's stdin delivers them.
  const chunks = stdinText === undefined ? [] : [Buffer.from(stdinText)];
  const stdin = Object.assign(Readable.from(chunks, { objectMode: false }), { isTTY: settings.stdinIsTTY });
  return {
    ...settings,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    stdoutText: () => stdout.bytes().toString(),
    stderrText: () => stderr.bytes().toString(),
    stdoutBytes: stdout.bytes,
  };
}

function collector(isTTY: boolean, columns: number): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Libraries such as cli-progress ask the stream itself whether it is a terminal and how wide.
  Object.assign(stream, { isTTY, columns });
  return { stream, bytes: () => Buffer.concat(chunks) };
}
