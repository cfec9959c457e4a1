import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

/** Made by the previous release: five articles (1 removed), two requests, article 5's "，" stored as ",". */
const OLD_ARCHIVE = path.join(FIXTURES, 'archives', 'schema-v5.db');
const FOLDED = '松江口镇人民调解委员会完成换届,新一届委员共九人。\n委员会将每月在集市日设点接待群众。';
const PUBLISHED = '松江口镇人民调解委员会完成换届，新一届委员共九人。\n委员会将每月在集市日设点接待群众。';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
  fs.copyFileSync(OLD_ARCHIVE, t.db);
});
afterEach(() => t.cleanup());

const json = async (args: string[]) => JSON.parse((await t.arca([...args, '--json'])).stdout);
/** What re-extraction must leave alone: every article's id and status, every request. */
const unchangedState = async () => ({
  articles: (await json(['list', '--status', 'all'])).map((a: { id: number; status: string }) => [a.id, a.status]),
  requests: await json(['takedown', 'list', '--status', 'all']),
});

describe('db reextract on an archive of the previous release', () => {
  it('gives the text its full-width punctuation back, keeps ids, statuses and requests, and db check passes', async () => {
    const before = await unchangedState();
    const r = await t.arca(['db', 'reextract', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: 5,
        changed: {
          body: [FOLDED, PUBLISHED],
          disclaimer: ['如涉及版权问题,请在30日内与本网联系。', '如涉及版权问题，请在30日内与本网联系。'],
        },
      },
    ]);
    expect(r.stderr).toBe('re-extracted 5 articles: 1 changed, 4 unchanged\n');
    expect((await json(['show', '5'])).body).toBe(PUBLISHED);
    expect(await unchangedState()).toEqual(before);
    // The index follows the new text: its snippet shows the page's own characters.
    expect(
      (await json(['search', '换届'])).map((h: { id: number; snippet: { text: string } }) => [h.id, h.snippet.text]),
    ).toEqual([[5, expect.stringContaining('换届，新一届')]]);
    expect(await t.arca(['db', 'check'])).toMatchObject({ code: 0, stderr: 'archive OK\n' });
  });

  it('logs the run and each changed article; a second run changes nothing', async () => {
    await t.arca(['db', 'reextract']);
    const log = (await json(['log']))
      .slice(-2)
      .map((e: { action: string; subject: string; details: unknown }) => [e.action, e.subject, e.details]);
    expect(log).toEqual([
      ['article.updated', 'article:5', { reextracted: true, fields: ['body', 'disclaimer'] }],
      ['articles.reextracted', 'archive', { ids: [5], checked: 5, changed: 1, failed: 0 }],
    ]);
    expect(await t.arca(['db', 'reextract'])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 're-extracted 5 articles: 0 changed, 5 unchanged\n',
    });
  });

  it('--dry-run reports the change and writes nothing, not even to the log', async () => {
    const logBefore = await json(['log']);
    const r = await t.arca(['db', 'reextract', '--dry-run']);
    expect(r).toMatchObject({
      code: 0,
      stdout: '5\tbody, disclaimer\n',
      stderr: 'would change 1 of 5 articles (dry run: nothing was written)\n',
    });
    expect((await json(['show', '5'])).body).toBe(FOLDED);
    expect(await json(['log'])).toEqual(logBefore);
  });

  it('re-extracts a removed article without reviving it, and never touches a purged one', async () => {
    await t.arca(['takedown', 'open', '5', '--claimant', 'Tidewater Press', '--received', '2026-11-25']);
    await t.arca(['takedown', 'remove', 'R3']);
    await t.arca(['takedown', 'open', '3', '--claimant', 'Tidewater Press', '--received', '2026-11-25']);
    expect((await t.arca(['takedown', 'remove', 'R4', '--purge', '--yes'])).code).toBe(0);
    const before = await unchangedState();
    expect(before.articles).toEqual(
      expect.arrayContaining([
        [5, 'removed'],
        [3, 'purged'],
      ]),
    );
    const r = await t.arca(['db', 'reextract', '--json']);
    expect(r.stderr).toBe('re-extracted 4 articles: 1 changed, 3 unchanged\n');
    expect(JSON.parse(r.stdout).map((a: { id: number }) => a.id)).toEqual([5]);
    expect(await unchangedState()).toEqual(before);
    expect((await json(['show', '5'])).body).toBe(PUBLISHED);
    expect(await t.arca(['db', 'check'])).toMatchObject({ code: 0 });
  });

  it('takes the shared filters: --status active leaves removed articles alone', async () => {
    await t.arca(['takedown', 'open', '5', '--claimant', 'Tidewater Press', '--received', '2026-11-25']);
    await t.arca(['takedown', 'remove', 'R3']);
    expect(await t.arca(['db', 'reextract', '--status', 'active'])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 're-extracted 3 articles: 0 changed, 3 unchanged\n',
    });
    expect(await t.arca(['db', 'reextract', '--source', '松江口镇'])).toMatchObject({
      code: 0,
      stdout: '5\tbody, disclaimer\n',
      stderr: 're-extracted 1 article: 1 changed, 0 unchanged\n',
    });
  });

  it('creates no archive, and names a bad filter as a usage error', async () => {
    const missing = path.join(t.dir, 'none.db');
    const r = await t.arca(['--db', missing, 'db', 'reextract']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);
    expect(await t.arca(['db', 'reextract', '--since', 'yesterday'])).toMatchObject({
      code: 2,
      stderr:
        'arca: error: --since needs a date such as 2026-11-20, 2026/11/20, 2026.11.20 or 2026年11月20日 ' +
        '(got "yesterday")\n',
    });
  });
});
