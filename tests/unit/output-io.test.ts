import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { info, systemIO, warn, type StdStreams } from '../../src/output/io.js';
import { memoryIO } from '../../src/output/memory-io.js';

function streams(tty: boolean, columns?: number): StdStreams {
  const stream = () => Object.assign(new PassThrough(), { isTTY: tty, columns });
  return { stdout: stream(), stderr: stream(), stdin: stream() };
}

const defaults = { noColor: false, quiet: false, verbose: false };

describe('systemIO colour', () => {
  it('colours a terminal', () => {
    expect(systemIO({ ...defaults, env: { TERM: 'xterm-256color' } }, streams(true)).color).toBe(true);
  });

  it('never colours a pipe', () => {
    const io = systemIO({ ...defaults, env: { TERM: 'xterm-256color' } }, streams(false));
    expect(io.color).toBe(false);
    expect(io.stdoutIsTTY).toBe(false);
  });

  it.each([
    ['NO_COLOR=1', { ...defaults, env: { NO_COLOR: '1' } }],
    ['NO_COLOR=0 (any non-empty value counts)', { ...defaults, env: { NO_COLOR: '0' } }],
    ['TERM=dumb', { ...defaults, env: { TERM: 'dumb' } }],
    ['--no-color', { ...defaults, noColor: true, env: {} }],
  ])('turns colour off on a terminal for %s', (_name, opts) => {
    expect(systemIO(opts, streams(true)).color).toBe(false);
  });

  it('ignores an empty NO_COLOR', () => {
    expect(systemIO({ ...defaults, env: { NO_COLOR: '' } }, streams(true)).color).toBe(true);
  });
});

describe('systemIO width and flags', () => {
  it('takes the width from the terminal', () => {
    expect(systemIO({ ...defaults, env: { COLUMNS: '100' } }, streams(true, 132)).columns).toBe(132);
  });

  it('falls back to COLUMNS, then 80', () => {
    expect(systemIO({ ...defaults, env: { COLUMNS: '100' } }, streams(false)).columns).toBe(100);
    expect(systemIO({ ...defaults, env: { COLUMNS: 'wide' } }, streams(false)).columns).toBe(80);
    expect(systemIO({ ...defaults, env: {} }, streams(false)).columns).toBe(80);
  });

  it('reports which streams are terminals and passes quiet and verbose through', () => {
    const io = systemIO({ noColor: false, quiet: true, verbose: true, env: {} }, streams(true));
    expect([io.stdoutIsTTY, io.stderrIsTTY, io.stdinIsTTY, io.quiet, io.verbose]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('info and warn', () => {
  it('write one line to stderr and nothing to stdout', () => {
    const io = memoryIO();
    info(io, 'imported 3 articles');
    warn(io, 'skipped 1 duplicate');
    expect(io.stderrText()).toBe('imported 3 articles\narca: warning: skipped 1 duplicate\n');
    expect(io.stdoutText()).toBe('');
  });

  it('--quiet silences info but not warnings', () => {
    const io = memoryIO({ quiet: true });
    info(io, 'imported 3 articles');
    warn(io, 'skipped 1 duplicate');
    expect(io.stderrText()).toBe('arca: warning: skipped 1 duplicate\n');
  });
});
