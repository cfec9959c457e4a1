import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode, exitCodeOf, formatError } from '../../src/cli.js';
import { AttentionError, CancelledError, FailureError, UsageError } from '../../src/errors.js';
import { InvalidDateError } from '../../src/time.js';

function sqliteError(run: () => unknown): Error {
  try {
    run();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected SQLite to fail');
}

describe('exitCodeOf', () => {
  it('maps each kind of failure to the spec’s exit code', () => {
    expect(exitCodeOf(new UsageError('bad --since'))).toBe(2);
    expect(exitCodeOf(new FailureError('a.txt: empty file'))).toBe(1);
    expect(exitCodeOf(new AttentionError('2 takedown requests are overdue'))).toBe(3);
    expect(exitCodeOf(new CancelledError())).toBe(130);
    expect(exitCodeOf(new InvalidDateError('not a calendar date: "2024-02-30"'))).toBe(ExitCode.usage);
    expect(exitCodeOf(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeOf('thrown string')).toBe(1);
  });

  it('treats commander’s parse errors as usage errors and its help/version exits as success', () => {
    const unknownOption = Object.assign(new Error("error: unknown option '--frob'"), {
      code: 'commander.unknownOption',
      exitCode: 1,
    });
    const help = Object.assign(new Error('(outputHelp)'), { code: 'commander.helpDisplayed', exitCode: 0 });
    expect(exitCodeOf(unknownOption)).toBe(2);
    expect(exitCodeOf(help)).toBe(0);
    expect(formatError(unknownOption, false)).toBe("arca: error: unknown option '--frob'");
  });
});

describe('formatError', () => {
  it('is one line prefixed with arca: error:', () => {
    expect(formatError(new UsageError('invalid --status "gone": use active, removed or all'), false)).toBe(
      'arca: error: invalid --status "gone": use active, removed or all',
    );
    expect(formatError(new FailureError('feed.ndjson:4: invalid JSON\n  (unexpected end)'), false)).toBe(
      'arca: error: feed.ndjson:4: invalid JSON (unexpected end)',
    );
    expect(formatError('plain string', false)).toBe('arca: error: plain string');
  });

  it('adds the stack trace and causes only with --verbose', () => {
    const err = new FailureError('cannot read pages/a.txt', { cause: new Error('EACCES: permission denied') });
    expect(formatError(err, false)).toBe('arca: error: cannot read pages/a.txt');
    const verbose = formatError(err, true).split('\n');
    expect(verbose[0]).toBe('arca: error: cannot read pages/a.txt');
    expect(verbose[1]).toBe('FailureError: cannot read pages/a.txt');
    expect(verbose.some((l) => l.trim().startsWith('at '))).toBe(true);
    expect(verbose.some((l) => l.startsWith('caused by: Error: EACCES: permission denied'))).toBe(true);
  });

  it('rewrites a raw SQLite message unless --verbose', () => {
    const db = new Database(':memory:');
    const err = sqliteError(() => db.prepare('SELEC 1'));
    expect(formatError(err, false)).toBe('arca: error: database error: SQLITE_ERROR; rerun with --verbose for details');
    expect(formatError(err, true).split('\n')[0]).toBe('arca: error: near "SELEC": syntax error (SQLITE_ERROR)');
    expect(exitCodeOf(err)).toBe(1);
  });

  it('explains a file that is not a database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'arca-errors-'));
    const path = join(folder, 'notes.db');
    writeFileSync(path, 'Meeting notes from the Harbor Court press office, not a database at all.\n'.repeat(20));
    const err = sqliteError(() => new Database(path).prepare('SELECT 1').get());
    rmSync(folder, { recursive: true, force: true });
    expect(formatError(err, false)).toBe(
      'arca: error: database error: the file is not an arca archive (not a SQLite database); check --db or ARCA_DB',
    );
  });
});
