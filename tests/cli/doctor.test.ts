/** arca doctor: what a cron job sees, one check a line; exit 1 when something is wrong. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemTimeZone } from '../../src/time.js';
import { FIXTURES } from '../helpers/arca.js';
import { runCli, tempCliArchive } from '../helpers/cli.js';

const t = tempCliArchive();
beforeAll(async () => {
  expect((await t.arca(['import', path.join(FIXTURES, 'e2e', 'court.txt')])).code).toBe(0);
});
afterAll(() => t.cleanup());

/** The checks as piped output shows them: check → [status, detail]. */
function checks(stdout: string): Record<string, [string, string]> {
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [check, status, detail] = line.split('\t');
        return [check, [status, detail]];
      }),
  );
}

const CRON_LIKE = { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, TZ: undefined };

describe('arca doctor', () => {
  it('names the archive and why it is that one, and passes in a sound environment', async () => {
    const r = await t.arca(['doctor'], { env: CRON_LIKE });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const found = checks(r.stdout);
    expect(Object.keys(found)).toEqual(['archive', 'folder', 'disk space', 'time zone', 'locale', 'node']);
    expect(found.archive).toEqual(['ok', `${t.db} (--db)`]);
    expect(found.folder).toEqual(['ok', `${t.dir} is writable`]);
    expect(found['disk space'][1]).toMatch(/^\d+ MB free/);
    // A note when the zone in use is not the system's (it is on a machine set to Shanghai time).
    expect(found['time zone']).toEqual([
      systemTimeZone() === 'Asia/Shanghai' ? 'ok' : 'note',
      expect.stringMatching(/^dates in Asia\/Shanghai from --tz or \$ARCA_TZ; system /),
    ]);
    expect(found.locale).toEqual(['ok', 'LANG=C.UTF-8']);
  });

  it('says when the path comes from $ARCA_DB or the default under $XDG_DATA_HOME', async () => {
    expect(checks((await runCli(['doctor'], { env: { ...CRON_LIKE, ARCA_DB: t.db } })).stdout).archive).toEqual([
      'ok',
      `${t.db} ($ARCA_DB)`,
    ]);
    const xdg = path.join(t.dir, 'xdg');
    const r = await runCli(['doctor'], { env: { ...CRON_LIKE, ARCA_DB: undefined, XDG_DATA_HOME: xdg } });
    expect(checks(r.stdout).archive).toEqual([
      'problem',
      `${path.join(xdg, 'arca', 'archive.db')} (the default under $XDG_DATA_HOME; no --db or $ARCA_DB): no archive there yet (arca import creates it)`,
    ]);
    expect(checks(r.stdout).folder).toEqual([
      'ok',
      `${path.join(xdg, 'arca')} (created on first import under ${t.dir}) is writable`,
    ]);
  });

  it('a missing archive is a problem: exit 1, and nothing is created', async () => {
    const missing = path.join(t.dir, 'elsewhere', 'archive.db');
    const r = await runCli(['--db', missing, 'doctor'], { env: CRON_LIKE });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('arca: error: doctor found 1 problem (named above)\n');
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it('a folder that is a file, an unknown TZ: problems', async () => {
    const file = path.join(t.dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const r = await runCli(['--db', path.join(file, 'archive.db'), 'doctor'], {
      env: { ...CRON_LIKE, TZ: 'Mars/Olympus' },
    });
    expect(r.code).toBe(1);
    expect(checks(r.stdout).folder).toEqual(['problem', `${file}: a file, not a folder`]);
    expect(checks(r.stdout)['time zone']).toEqual(['problem', 'TZ=Mars/Olympus is not a zone this system knows']);
    expect(r.stderr).toBe('arca: error: doctor found 3 problems (named above)\n');
  });

  it('no locale at all is a note, not a problem', async () => {
    const r = await t.arca(['doctor'], { env: { ...CRON_LIKE, LANG: undefined } });
    expect(r.code).toBe(0);
    expect(checks(r.stdout).locale).toEqual([
      'note',
      'no LC_ALL, LC_MESSAGES or LANG (cron sets none): messages in English',
    ]);
  });

  it('--json gives the checks as objects', async () => {
    const r = await t.arca(['doctor', '--json'], { env: CRON_LIKE });
    expect(JSON.parse(r.stdout)[0]).toEqual({ check: 'archive', status: 'ok', detail: `${t.db} (--db)` });
  });
});
