/**
 * Hostile argument lists, systematically: fast-check builds argv from the program's own command and
 * flag names (read from its --help, so new commands are covered without editing this file) mixed
 * with junk values, and runs main() in-process against a temporary archive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { FIXED_NOW, FIXTURES } from '../helpers/arca.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) on memory streams, never a terminal (so never a prompt); a rejection is returned, not thrown. */
async function run(argv: string[]): Promise<Outcome | { uncaught: unknown }> {
  const io = memoryIO();
  try {
    const code = await main(argv, io, process.env);
    return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
  } catch (uncaught) {
    return { uncaught };
  }
}

async function helpText(command: string[]): Promise<string> {
  const r = await run([...command, '--help']);
  if ('uncaught' in r || r.code !== 0) throw new Error(`arca ${command.join(' ')} --help failed`);
  return r.stdout;
}

/** The lines of one section ("Options:", "Commands:") of commander's help. */
function section(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' ') && l.trim() !== '');
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => /^ {2}\S/.test(l));
}

interface CommandShape {
  path: string[];
  flags: string[];
}

/** Every runnable command with its flags, found by walking --help from the top. */
async function discover(command: string[] = []): Promise<CommandShape[]> {
  const help = await helpText(command);
  const flags = section(help, 'Options:')
    .flatMap((l) =>
      [
        ...l
          .trim()
          .split(/\s{2,}/)[0]
          .matchAll(/--?[\w-]+/g),
      ].map((m) => m[0]),
    )
    .filter((f) => f !== '-h' && f !== '--help');
  const subcommands = section(help, 'Commands:')
    .map((l) => l.trim().split(/\s+/)[0].split('|')[0])
    .filter((name) => name !== 'help');
  const found: CommandShape[] = [{ path: command, flags }];
  for (const name of subcommands) found.push(...(await discover([...command, name])));
  return found;
}

/** Values a user (or a broken script) might pass anywhere. Never "-" (that reads standard input) nor a URL. */
const JUNK = [
  '',
  ' ',
  '0',
  '1',
  '2',
  '-1',
  '3.5',
  '1e9',
  'NaN',
  '9007199254740993',
  '007',
  '2024-02-30',
  '2024-13-01',
  '2025-01-01',
  '2025-01-01T10:00:00+08:00',
  '2025-06-31T25:61:00Z',
  '30d',
  '7d',
  '2w',
  '-7d',
  '法院',
  '人民检察院',
  '三十日内',
  '🙂',
  'Ǆemo',
  '\u202eevil',
  'a\nb',
  '"unterminated',
  'x OR',
  '*',
  '../escape',
  '.',
  'court.txt',
  'none.txt',
  'all',
  'active',
  'removed',
  'open',
  'overdue',
  'json',
  'csv',
  'html',
  'md',
  'zh',
  'en',
  'email',
  'window-days',
  'timezone',
  'UTC',
  'Mars/Olympus',
  '10MB',
  '0k',
];

let dir: string;
let db: string;
let commands: CommandShape[];
const saved = { cwd: process.cwd(), env: { ...process.env } };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-argv-'));
  // Junk can name --out targets and backups: relative paths, inside this folder only.
  process.chdir(dir);
  for (const page of ['court.txt', 'procuratorate.txt']) fs.copyFileSync(path.join(FIXTURES, 'e2e', page), page);
  Object.assign(process.env, { ARCA_NOW: FIXED_NOW, ARCA_TZ: 'Asia/Shanghai', ARCA_ACTOR: 'prop-tester' });
  delete process.env.ARCA_DB;
  db = path.join(dir, 'archive.db');
  expect(await run(['--db', db, 'import', 'court.txt', 'procuratorate.txt'])).toMatchObject({ code: 0 });
  expect(await run(['--db', db, 'takedown', 'open', '1', '--claimant', 'Larkspur Syndicate'])).toMatchObject({
    code: 0,
  });
  commands = await discover();
}, 60_000);

afterAll(() => {
  process.chdir(saved.cwd);
  for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
  Object.assign(process.env, saved.env);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('finds the real commands and their flags', () => {
  const names = commands.map((c) => c.path.join(' '));
  expect(names).toEqual(
    expect.arrayContaining([
      'import',
      'list',
      'show',
      'export',
      'takedown open',
      'takedown check',
      'db backup',
      'config set',
      'log',
    ]),
  );
  expect(commands.find((c) => c.path.join(' ') === 'import')?.flags).toEqual(
    expect.arrayContaining(['--strict', '--dry-run', '--on-duplicate']),
  );
  expect(commands.find((c) => c.path.length === 0)?.flags).toEqual(
    expect.arrayContaining(['--db', '--json', '--tz', '--verbose']),
  );
});

const value = fc
  .oneof(
    fc.constantFrom(...JUNK),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.integer({ min: -1000, max: 100_000 }).map(String),
    fc
      .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString().slice(0, 10)),
  )
  .filter((v) => v !== '-');

/** argv: junk before the command now and then, the command, then a mix of its flags, global flags and values. */
const argvArbitrary = () =>
  fc.constantFrom(...commands).chain((command) => {
    const flags = [...command.flags, ...commands[0].flags];
    const part = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...flags), value).map(([f, v]) => [f, v]) },
      { weight: 2, arbitrary: fc.constantFrom(...flags).map((f) => [f]) },
      { weight: 2, arbitrary: value.map((v) => [v]) },
    );
    const lead = fc.oneof({ weight: 9, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: value.map((v) => [v]) });
    return fc
      .tuple(lead, fc.array(part, { maxLength: 5 }))
      .map(([before, parts]) => [...before, ...command.path, ...parts.flat()]);
  });

it('never throws, exits 0/1/2/3, and reports errors as "arca: error: …" lines on stderr', async () => {
  await fc.assert(
    fc.asyncProperty(argvArbitrary(), async (argv) => {
      const r = await run(['--db', db, ...argv]);
      if ('uncaught' in r) throw new Error(`main rejected: ${String(r.uncaught)}`);
      expect([0, 1, 2, 3]).toContain(r.code);
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      const verbose = argv.includes('--verbose');
      for (const line of lines) {
        if (line.startsWith('arca:')) expect(line).toMatch(/^arca: (error|warning): \S/);
        // Raw errors and stack traces appear only with --verbose, after the "arca: error:" line.
        if (!verbose) expect(line).not.toMatch(/^\s*(at\s|\w*Error\b|error:)/);
      }
      expect(r.stdout).not.toContain('arca: error:');
      if (r.code === 1 || r.code === 2) {
        // A command group named without its subcommand shows that group's help instead (exit 2).
        const groupHelp = r.code === 2 && r.stderr.startsWith('Usage: arca');
        if (!groupHelp) expect(lines.some((l) => l.startsWith('arca: error: '))).toBe(true);
      }
    }),
    { numRuns: 200 },
  );
}, 180_000);
