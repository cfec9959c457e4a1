/**
 * An IO whose streams live in memory, for tests of commands and renderers: set which streams
 * "are terminals", then read back exactly what went to stdout and stderr.
 */
import { Readable, Writable } from 'node:stream';
import type { IO } from './io.js';

export interface MemoryIO extends IO {
  stdoutText(): string;
  stderrText(): string;
}

export type MemoryIOOptions = Partial<Omit<IO, 'stdout' | 'stderr' | 'stdin'>> & { stdinText?: string };

export function memoryIO(opts: MemoryIOOptions = {}): MemoryIO {
  const { stdinText, ...flags } = opts;
  const settings = {
    stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false,
    color: false, columns: 80, quiet: false, verbose: false,
    ...flags,
  };
  const stdout = collector(settings.stdoutIsTTY, settings.columns);
  const stderr = collector(settings.stderrIsTTY, settings.columns);
  const stdin = Object.assign(Readable.from(stdinText === undefined ? [] : [stdinText]), { isTTY: settings.stdinIsTTY });
  return {
    ...settings,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    stdoutText: stdout.text,
    stderrText: stderr.text,
  };
}

function collector(isTTY: boolean, columns: number): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  // Libraries such as cli-progress ask the stream itself whether it is a terminal and how wide.
  Object.assign(stream, { isTTY, columns });
  return { stream, text: () => chunks.join('') };
}
