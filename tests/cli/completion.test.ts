/** `arca completion SHELL` and the hidden `arca complete -- WORDS` its scripts call on every TAB. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_STATUSES } from '../../src/takedown/requests.js';
import { FIXTURES } from '../helpers/arca.js';
import { runCli, tempCliArchive } from '../helpers/cli.js';

const t = tempCliArchive();
beforeAll(async () => {
  expect((await t.arca(['import', path.join(FIXTURES, 'e2e', 'court.txt')])).code).toBe(0);
  for (const claimant of ['Lotus Valley Press', 'Crane Hill Media', 'Jade Lake Studio']) {
    expect((await t.arca(['takedown', 'open', '1', '--claimant', claimant])).code).toBe(0);
  }
  expect((await t.arca(['takedown', 'reject', 'R2', '--reason', 'licensed'])).code).toBe(0);
});
afterAll(() => t.cleanup());

/** The candidate words of one answer, without descriptions or the directive line. */
async function candidates(words: string[], archive = true): Promise<string[]> {
  const r = archive ? await t.arca(['complete', '--', ...words]) : await runCli(['complete', '--', ...words]);
  expect(r.code).toBe(0);
  return r.stdout
    .split('\n')
    .filter((line) => line && !line.startsWith(':'))
    .map((line) => line.split('\t')[0]);
}

describe('arca completion SHELL', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that asks `arca complete --`', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('arca complete --');
  });

  it('refuses another shell with a usage error naming the supported ones', async () => {
    expect(await runCli(['completion', 'tcsh'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('Allowed choices are bash, zsh, fish.'),
    });
  });

  it('is not listed as the hidden `complete` helper in help', async () => {
    const help = (await runCli(['--help'])).stdout;
    expect(help).toContain('completion');
    expect(help).not.toMatch(/^\s+complete\b/m);
  });
});

/** The request ids `takedown list` shows (the open ones), as the user would copy them. */
async function shownOpenIds(): Promise<string[]> {
  return (await t.arca(['takedown', 'list'])).stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[0]);
}

describe('arca complete -- WORDS', () => {
  it('offers commands, then subcommands with their descriptions', async () => {
    expect(await candidates(['ex'])).toEqual(['export']);
    const r = await t.arca(['complete', '--', 'takedown', 'ch']);
    expect(r.stdout).toBe(
      'check\toverdue and due-soon requests, and restores due after counter-notices, for cron: exit 3 when any is overdue\n:4\n',
    );
  });

  it('offers options, global ones included, after a command', async () => {
    expect(await candidates(['search', 'x', '--fi'])).toEqual(['--field']);
    expect(await candidates(['list', '--js'])).toContain('--json');
  });

  it('offers the choices of enum options, read from the commands themselves', async () => {
    expect(await candidates(['takedown', 'list', '--status', ''])).toEqual([...LIST_STATUSES]);
    expect(await candidates(['export', '--format', ''])).toEqual(expect.arrayContaining(['ndjson', 'csv', 'html']));
    expect(await candidates(['list', '--sort', 'p'])).toEqual(['published']);
  });

  it('offers the open request ids for the verbs that take one, as takedown list shows them', async () => {
    const shown = await shownOpenIds();
    expect(shown).toHaveLength(2); // the rejected one is not offered
    for (const verb of ['remove', 'reject', 'withdraw', 'restore', 'show', 'notice']) {
      expect(await candidates(['takedown', verb, ''])).toEqual(shown);
    }
  });

  it('reads the archive named by --db on the line being completed', async () => {
    expect(await candidates(['--db', t.db, 'takedown', 'remove', ''], false)).toEqual(await shownOpenIds());
  });

  it('offers no ids, creates nothing and says nothing when the archive is missing', async () => {
    const missing = path.join(t.dir, 'none.db');
    const r = await runCli(['complete', '--', '--db', missing, 'takedown', 'remove', '']);
    expect(r).toEqual({ code: 0, stdout: ':4\n', stderr: '' });
    expect(await import('node:fs').then((fs) => fs.existsSync(missing))).toBe(false);
  });

  it('lets the shell complete file names where a path is expected', async () => {
    expect((await t.arca(['complete', '--', 'import', ''])).stdout).toBe(':0\n');
    expect((await t.arca(['complete', '--', 'export', '--out', ''])).stdout).toBe(':0\n');
    expect((await t.arca(['complete', '--', 'list', '--source', ''])).stdout).toBe(':4\n');
  });
});
