import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemTimeZone } from '../../src/time.js';
import { FIXTURES } from '../helpers/arca.js';
import { runCli } from '../helpers/cli.js';

const COURT = path.join(FIXTURES, 'e2e', 'court.txt');

let dir: string;
/** A path whose folder does not exist either: a typo in ARCA_DB or a cron job's other XDG_DATA_HOME. */
let missing: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-missing-'));
  missing = path.join(dir, 'typo', 'archiv.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const refusal = () => `arca: error: no archive at ${missing} (import something first, or pass --db)\n`;

describe('a command on a path with no archive', () => {
  const commands = [
    ['list'],
    ['show', '1'],
    ['search', '法院'],
    ['export'],
    ['export', '--format', 'csv'],
    ['log'],
    ['takedown', 'list'],
    ['takedown', 'check'],
    ['takedown', 'check', '--quiet'],
    ['takedown', 'calendar'],
    ['takedown', 'show', 'R1'],
    ['takedown', 'notice', 'R1'],
    ['db', 'info'],
    ['db', 'check'],
    ['db', 'reindex'],
    ['config', 'get', 'timezone'],
    ['takedown', 'open', '1', '--claimant', 'Lotus Valley Press'],
    ['config', 'set', 'timezone', 'UTC'],
  ];
  for (const args of commands) {
    it(`${args.join(' ')}: exit 1, says so, creates nothing`, async () => {
      const run = await runCli(['--db', missing, ...args]);
      expect([run.code, run.stdout, run.stderr]).toEqual([1, '', refusal()]);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('db backup: exit 1, and no backup file either', async () => {
    const backup = path.join(dir, 'backup.db');
    const run = await runCli(['--db', missing, 'db', 'backup', backup]);
    expect([run.code, run.stdout, run.stderr]).toEqual([1, '', refusal()]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('ARCA_DB pointing nowhere: takedown check is an error, never "nothing overdue"', async () => {
    const run = await runCli(['takedown', 'check'], { env: { ARCA_DB: missing } });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('nothing overdue');
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it('the default archive path, when nothing was imported: the same refusal, no folder made', async () => {
    const run = await runCli(['list'], { env: { XDG_DATA_HOME: dir, ARCA_DB: undefined } });
    expect([run.code, run.stderr]).toEqual([
      1,
      `arca: error: no archive at ${path.join(dir, 'arca', 'archive.db')} (import something first, or pass --db)\n`,
    ]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('import --dry-run reports what it would import and writes nothing at all', async () => {
    const run = await runCli(['--db', missing, 'import', '--dry-run', '--json', COURT]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, duplicates: 0, failed: 0 });
    expect(run.stderr).toBe('would import 1, updated 0, duplicates 0, failed 0 (dry run: nothing was written)\n');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('import --dry-run on an existing archive leaves its file byte for byte as it was', async () => {
    const archive = path.join(dir, 'archive.db');
    expect((await runCli(['--db', archive, 'import', COURT])).code).toBe(0);
    const before = fs.readFileSync(archive);
    const page = path.join(dir, 'page.json');
    fs.writeFileSync(
      page,
      JSON.stringify({ title: 'Harbour ferry timetable changes', body: 'The last ferry now leaves at ten.' }),
    );
    const run = await runCli(['--db', archive, 'import', '--dry-run', page]);
    expect([run.code, run.stderr]).toEqual([
      0,
      'would import 1, updated 0, duplicates 0, failed 0 (dry run: nothing was written)\n',
    ]);
    expect(fs.readFileSync(archive).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['archive.db', 'page.json']);
  });

  it('import creates the archive, folders included, and says which zone it counts due dates in', async () => {
    const run = await runCli(['--db', missing, 'import', COURT], { env: { ARCA_TZ: undefined } });
    expect(run.code).toBe(0);
    const zone = systemTimeZone();
    expect(run.stderr.split('\n')[0]).toBe(
      `new archive ${missing} counts due dates in time zone ${zone} (this machine's zone); ` +
        `to change it: arca config set timezone ${zone === 'Asia/Shanghai' ? 'UTC' : 'Asia/Shanghai'}`,
    );
    expect(fs.existsSync(missing)).toBe(true);
    expect((await runCli(['--db', missing, 'list'])).code).toBe(0);
    const again = await runCli(['--db', missing, 'import', COURT]);
    expect(again.stderr).not.toContain('new archive');
  });

  it('import with --tz (or ARCA_TZ) takes that zone without a word: it was chosen, not taken silently', async () => {
    const run = await runCli(['--db', missing, '--tz', 'Asia/Shanghai', 'import', COURT]);
    expect(run.stderr).toBe('imported 1, updated 0, duplicates 0, failed 0\n');
    expect((await runCli(['--db', missing, 'config', 'get', 'timezone'])).stdout).toBe('Asia/Shanghai\n');
  });
});
