/** Enum flags are checked as commander parses them (commands/shared/options.ts choiceOption): one message shape. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const COURT = path.join(FIXTURES, 'e2e', 'court.txt');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', COURT])).code).toBe(0);
});
afterEach(() => t.cleanup());

describe('a value outside an enum flag’s choices', () => {
  it('takedown open --channel: a usage error, and no request is stored', async () => {
    expect(await t.arca(['takedown', 'open', '1', '--claimant', 'L', '--channel', 'fax'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --channel must be one of email, phone, letter, form, other (got "fax")\n',
    });
    expect((await t.arca(['takedown', 'list', '--status', 'all'])).stdout).toBe('');
  });

  it('takedown list --status', async () => {
    expect(await t.arca(['takedown', 'list', '--status', 'late'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --status must be one of open, overdue, due-soon, countered, closed, all (got "late")\n',
    });
  });

  it('takedown notice --lang', async () => {
    expect((await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press'])).code).toBe(0);
    expect(await t.arca(['takedown', 'notice', 'R1', '--lang', 'fr'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --lang must be one of zh, en (got "fr")\n',
    });
  });

  it('list --status, --window and --sort', async () => {
    expect(await t.arca(['list', '--status', 'gone'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'arca: error: --status must be one of active, removed, all (got "gone")\n',
    });
    expect((await t.arca(['list', '--window', 'ajar'])).stderr).toBe(
      'arca: error: --window must be one of open, closed (got "ajar")\n',
    );
    expect((await t.arca(['list', '--sort', 'size'])).stderr).toBe(
      'arca: error: --sort must be one of published, imported, title, views, id (got "size")\n',
    );
  });
});
