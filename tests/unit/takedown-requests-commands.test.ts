import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestNumber, type RequestId } from '../../src/takedown/ids.js';
import { runCalendar } from '../../src/commands/takedown/calendar.js';
import { runCheck } from '../../src/commands/takedown/check.js';
import { runCounter } from '../../src/commands/takedown/counter.js';
import { runList } from '../../src/commands/takedown/list.js';
import { runNotice } from '../../src/commands/takedown/notice.js';
import { runOpen } from '../../src/commands/takedown/open.js';
import { runReject } from '../../src/commands/takedown/reject.js';
import { runRemove } from '../../src/commands/takedown/remove.js';
import { runRestore } from '../../src/commands/takedown/restore.js';
import { runShow } from '../../src/commands/takedown/show.js';
import { runWithdraw } from '../../src/commands/takedown/withdraw.js';
import type { Db } from '../../src/db/connection.js';
import { AttentionError, FailureError, UsageError } from '../../src/errors.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { TransitionError } from '../../src/takedown/lifecycle.js';
import type { ArchiveScope } from '../../src/db/scope.js';
import { getRequest } from '../../src/takedown/requests.js';
import type { TakedownStatus } from '../../src/types.js';
import { addArticle, newArchive } from '../helpers/archive.js';
import { depsFor, scopeAt, scriptedPrompter } from './takedown-requests-fixtures.js';

const NOW = '2026-01-21T10:00:00+08:00';

let db: Db;
let scope: ArchiveScope;
let a30: number;
let a15: number;
let url15: string;
beforeEach(async () => {
  db = await newArchive();
  scope = scopeAt(db, NOW);
  a30 = addArticle(db, { title: '晴川县图书馆延长开放时间', window_days: 30 });
  a15 = addArticle(db, { title: '柳湾渡口春季放流活动举行', window_days: 15 });
  url15 = (db.prepare('SELECT original_url FROM articles WHERE id = ?').get(a15) as { original_url: string })
    .original_url;
});
afterEach(() => db.close());

const piped = () => memoryIO();
const terminal = () => memoryIO({ stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true });
const flags = { claimant: 'Lotus Valley Press', contact: 'legal@lotus.example', channel: 'email' };
const articleStatus = (id: number) =>
  (db.prepare('SELECT status FROM articles WHERE id = ?').get(id) as { status: string }).status;
const title = (id: number) =>
  (db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string }).title;
const requestCount = () => (db.prepare('SELECT count(*) AS n FROM takedowns').get() as { n: number }).n;

describe('takedown open', () => {
  it('names articles by id or original URL and prints the request as a TSV record when piped', async () => {
    const io = piped();
    await runOpen(depsFor(scope, io), [String(a30), url15], { ...flags, received: '2026-01-20' });
    expect(io.stdoutText()).toBe(
      [
        'id\tR1',
        'status\topen',
        'received\t2026-01-20T00:00:00+08:00',
        'due\t2026-02-04',
        'late\tfalse',
        'claimant\tLotus Valley Press',
        'contact\tlegal@lotus.example',
        'work\t',
        'reason\t',
        'channel\temail',
        'channel_note\t',
        `articles\t${a30},${a15}`,
        'decided_at\t',
        'note\t',
        '',
      ].join('\n'),
    );
    expect(io.stderrText()).toBe(
      [
        'arca: warning: the notice lacks: the work claimed; preliminary evidence (at least one attachment)',
        `opened request R1 on articles ${a30}, ${a15}, due 2026-02-04; next: arca takedown remove R1, or reject R1 --reason …`,
        '',
      ].join('\n'),
    );
  });

  it("prints the spec's JSON shape with --json", async () => {
    const io = piped();
    await runOpen(depsFor(scope, io, undefined, 'json'), [String(a15)], {
      ...flags,
      work: 'River photo essay',
      days: '3',
    });
    expect(JSON.parse(io.stdoutText())).toEqual({
      id: 'R1',
      status: 'open',
      received: '2026-01-21T10:00:00+08:00',
      due: '2026-01-24',
      overdue: false,
      late: false,
      claimant: 'Lotus Valley Press',
      contact: 'legal@lotus.example',
      work: 'River photo essay',
      reason: null,
      channel: 'email',
      channel_note: null,
      articles: [a15],
      decided_at: null,
      note: null,
      restore_due: null,
      counter_notice: null,
    });
  });

  it('shows on a terminal how many days are left', async () => {
    const io = terminal();
    await runOpen(depsFor(scope, io), [String(a30)], flags);
    expect(io.stdoutText()).toMatch(/^due: +2026-02-20 \(in 30 days\)$/m);
  });

  it('stores attachment files, and fails on one it cannot read before storing anything', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-attach-'));
    try {
      const notice = path.join(dir, 'notice.txt');
      fs.writeFileSync(notice, 'We hold the rights to the river photographs.\n');
      await expect(
        runOpen(depsFor(scope, piped()), [String(a30)], { ...flags, attach: [notice, path.join(dir, 'missing.pdf')] }),
      ).rejects.toThrow(new FailureError(`cannot read attachment ${path.join(dir, 'missing.pdf')}: ENOENT`));
      expect(requestCount()).toBe(0);
      await runOpen(depsFor(scope, piped()), [String(a30)], { ...flags, attach: [notice] });
      expect(db.prepare('SELECT name, size FROM attachments').all()).toEqual([{ name: 'notice.txt', size: 45 }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each<[string, string[], Record<string, string>, string]>([
    [
      'no claimant',
      ['1'],
      { contact: 'x@y.example' },
      'missing --claimant (stdin is not a terminal, so arca cannot ask)',
    ],
    [
      'no article',
      [],
      { claimant: 'Lotus Valley Press' },
      'missing REF (an article id or URL) (stdin is not a terminal, so arca cannot ask)',
    ],
    [
      'a received date that is not one',
      ['1'],
      { claimant: 'L', received: '2026-02-30' },
      '--received needs a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, ' +
        'with a time if you like: 2026-11-20 14:30, 2026年11月20日 14:30 (got "2026-02-30")',
    ],
    ['zero days', ['1'], { claimant: 'L', days: '0' }, '--days needs a whole number of at least 1 (got "0")'],
    [
      'a REF that is neither id nor URL',
      ['article-one'],
      { claimant: 'L' },
      '"article-one" is neither an article id nor a URL',
    ],
  ])('without a terminal, %s is a usage error and nothing is stored', async (_what, refs, given, message) => {
    // A usage error of any kind (a date's is an InvalidDateError), with exactly this message.
    const error: unknown = await runOpen(depsFor(scope, piped()), refs, given).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
    expect(requestCount()).toBe(0);
  });

  it('on a terminal, picks the articles by title and asks every value not given', async () => {
    const prompter = scriptedPrompter([
      '柳湾',
      a15,
      true,
      '图书馆',
      a30,
      false,
      'Willow Bank Studio',
      'studio@willow.example',
      '',
      '',
      'letter',
      '',
    ]);
    const io = terminal();
    const request = await runOpen(depsFor(scope, io, prompter), [], {});
    expect(prompter.asked).toEqual([
      'Find the article: its id, a URL of it, or words of its title',
      'Which article?',
      'Does the request name another article?',
      'Find the article: its id, a URL of it, or words of its title',
      'Which article?',
      'Does the request name another article?',
      'Claimant: who holds the rights',
      'Contact (email, phone or address; Enter to skip)',
      'Work claimed (title, its URL; Enter to skip)',
      'Reason given (Enter to skip)',
      'How did the notice arrive?',
      'Received on (2026-11-20, 2026/11/20, 2026年11月20日, a time may follow)',
    ]);
    expect(request).toMatchObject({
      articles: [a30, a15],
      claimant: 'Willow Bank Studio',
      contact: 'studio@willow.example',
      work: null,
      reason: null,
      channel: 'letter',
      received: '2026-01-21T00:00:00+08:00',
      due: '2026-02-05',
    });
  });

  it('the picker refuses search text no title contains', async () => {
    const prompter = scriptedPrompter(['渡船']);
    await expect(runOpen(depsFor(scope, terminal(), prompter), [], flags)).rejects.toThrow(
      'answer "渡船" to "Find the article: its id, a URL of it, or words of its title" refused: no article has the id, URL or title words "渡船"',
    );
  });

  it('on a terminal with every required value given, asks nothing', async () => {
    const prompter = scriptedPrompter([]);
    await runOpen(depsFor(scope, terminal(), prompter), [String(a30)], flags);
    expect(prompter.asked).toEqual([]);
  });
});

describe('the lifecycle through the commands', () => {
  async function requestIn(status: TakedownStatus): Promise<RequestId> {
    const { id } = await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    const d = depsFor(scope, piped());
    if (status === 'removed' || status === 'restored') await runRemove(d, String(id), {});
    if (status === 'restored') await runRestore(d, String(id), { reason: 'licence shown' });
    if (status === 'rejected') await runReject(d, String(id), { reason: 'our own photographs' });
    if (status === 'withdrawn') await runWithdraw(d, String(id));
    return id;
  }

  const actions = {
    remove: (id: string) => runRemove(depsFor(scope, piped()), id, {}),
    reject: (id: string) => runReject(depsFor(scope, piped()), id, { reason: 'not theirs' }),
    withdraw: (id: string) => runWithdraw(depsFor(scope, piped()), id),
    restore: (id: string) => runRestore(depsFor(scope, piped()), id, { reason: 'counter-notice accepted' }),
  };
  const allowed: Record<string, TakedownStatus> = {
    'open remove': 'removed',
    'open reject': 'rejected',
    'open withdraw': 'withdrawn',
    'removed restore': 'restored',
  };
  const cases = (['open', 'removed', 'rejected', 'withdrawn', 'restored'] as TakedownStatus[]).flatMap((from) =>
    (Object.keys(actions) as Array<keyof typeof actions>).map((action) => [from, action] as const),
  );

  it.each(cases)('a request %s, asked to %s', async (from, action) => {
    const id = await requestIn(from);
    const expected = allowed[`${from} ${action}`];
    if (expected) {
      const { request } = await actions[action](String(id));
      expect(request.status).toBe(expected);
      expect(request.decided_at).toBe('2026-01-21T10:00:00+08:00');
    } else {
      const attempt = actions[action](String(id));
      await expect(attempt).rejects.toThrow(TransitionError);
      await expect(actions[action](String(id))).rejects.toThrow(new RegExp(`^request ${id} is ${from}; only `));
      expect(getRequest(scope, requestNumber(id)).status).toBe(from);
    }
    // Only a request that ends up removed keeps its article down.
    expect(articleStatus(a30)).toBe((expected ?? from) === 'removed' ? 'removed' : 'active');
  });

  it('reject without --reason is a usage error off a terminal, and asks on one', async () => {
    const { id } = await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    await expect(runReject(depsFor(scope, piped()), String(id), {})).rejects.toThrow(
      new UsageError('missing --reason (stdin is not a terminal, so arca cannot ask)'),
    );
    const prompter = scriptedPrompter(['the photographs are ours']);
    const { request } = await runReject(depsFor(scope, terminal(), prompter), String(id), {});
    expect(prompter.asked).toEqual([`Why is request ${id} rejected?`]);
    expect(request.note).toBe('the photographs are ours');
  });

  it('an impossible move is refused before anything is asked', async () => {
    const id = await requestIn('withdrawn');
    const prompter = scriptedPrompter([]);
    await expect(runReject(depsFor(scope, terminal(), prompter), String(id), {})).rejects.toThrow(TransitionError);
    expect(prompter.asked).toEqual([]);
  });

  it('counter asks on a terminal who sent it and when (default today); an open request is refused first', async () => {
    const { id } = await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    const silent = scriptedPrompter([]);
    await expect(runCounter(depsFor(scope, terminal(), silent), String(id), {})).rejects.toThrow(TransitionError);
    expect(silent.asked).toEqual([]);
    await runRemove(depsFor(scope, piped()), String(id), {});
    const prompter = scriptedPrompter(['Willow Bank Studio', '']);
    const request = await runCounter(depsFor(scope, terminal(), prompter), String(id), {});
    expect(prompter.asked).toEqual([
      'Counter-notice from: who says the content does not infringe',
      'Counter-notice received on (YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
    ]);
    expect([request.status, request.counter_notice?.received, request.restore_due]).toEqual([
      'countered',
      '2026-01-21T00:00:00+08:00',
      '2026-02-05',
    ]);
  });

  it('a request id that does not exist is reported as such', async () => {
    await expect(runWithdraw(depsFor(scope, piped()), 'R42')).rejects.toThrow(
      'no takedown request R42 (see arca takedown list --status all)',
    );
    await expect(runWithdraw(depsFor(scope, piped()), 'x')).rejects.toThrow(
      new UsageError('"x" is not a request (request ids look like R12)'),
    );
  });

  it('restore warns about articles that stay down', async () => {
    const id = await requestIn('removed');
    await runOpen(depsFor(scope, piped()), [String(a30)], { claimant: 'Willow Bank Studio' });
    await runRemove(depsFor(scope, piped()), 'R2', {});
    const io = piped();
    await runRestore(depsFor(scope, io), String(id), { reason: 'licence shown' });
    expect(io.stderrText()).toBe(
      `request ${id} restored\narca: warning: article ${a30} stays down: request R2 still keeps it removed\n`,
    );
    expect(articleStatus(a30)).toBe('removed');
  });
});

describe('takedown remove --purge', () => {
  const body = () => (db.prepare('SELECT body FROM articles WHERE id = ?').get(a30) as { body: string | null }).body;

  it('without a terminal needs --yes, and changes nothing without it', async () => {
    const { id } = await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    const text = body();
    expect(text).toMatch(/^正文第\d+篇。$/);
    await expect(runRemove(depsFor(scope, piped()), String(id), { purge: true })).rejects.toThrow(
      new UsageError(
        '--purge deletes article text for good: add --yes to confirm (stdin is not a terminal, so arca cannot ask)',
      ),
    );
    expect([getRequest(scope, requestNumber(id)).status, articleStatus(a30), body()]).toEqual(['open', 'active', text]);
    const io = piped();
    await runRemove(depsFor(scope, io), String(id), { purge: true, yes: true });
    expect([getRequest(scope, requestNumber(id)).status, articleStatus(a30), body()]).toEqual([
      'removed',
      'purged',
      null,
    ]);
    // With --yes the operator still reads what the request id stood for.
    expect(io.stderrText()).toBe(
      `--purge deletes for good the text of 1 article named by request ${id}:\n` +
        `  article ${a30}  ${title(a30)}\nrequest ${id} removed; article ${a30} taken down and purged\n`,
    );
  });

  it('on a terminal asks to type the request id, and stops when it does not match', async () => {
    const { id } = await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    // The article's id is not the request's: typing it stops the purge.
    for (const typed of ['7', String(a30)]) {
      const io = terminal();
      await expect(
        runRemove(depsFor(scope, io, scriptedPrompter([typed])), String(id), { purge: true }),
      ).rejects.toThrow(new FailureError(`you typed "${typed}", not ${id}: nothing was removed`));
      expect(io.stderrText()).toBe(
        `--purge deletes for good the text of 1 article named by request ${id}:\n  article ${a30}  ${title(a30)}\n`,
      );
    }
    expect([getRequest(scope, requestNumber(id)).status, articleStatus(a30)]).toEqual(['open', 'active']);
    const right = scriptedPrompter([id.toLowerCase()]);
    await runRemove(depsFor(scope, terminal(), right), String(id), { purge: true });
    expect(right.asked).toEqual([`Type ${id} to purge, anything else to stop`]);
    expect([getRequest(scope, requestNumber(id)).status, articleStatus(a30), body()]).toEqual([
      'removed',
      'purged',
      null,
    ]);
  });
});

describe('takedown check', () => {
  async function seed(): Promise<void> {
    const at = depsFor(scopeAt(db, '2026-01-20T09:00:00+08:00'), piped());
    await runOpen(at, [String(a30)], { ...flags, days: '3' }); // due 2026-01-23
    await runOpen(at, [String(a30)], { claimant: 'Willow Bank Studio', days: '6' }); // due 2026-01-26
  }

  it('prints one line per request, then exits 3 when anything is overdue', async () => {
    await seed();
    const io = piped();
    const check = runCheck(depsFor(scopeAt(db, '2026-01-24T08:00:00+08:00'), io), { within: '7d' });
    await expect(check).rejects.toThrow(AttentionError);
    await expect(check).rejects.toThrow(
      '1 request overdue, 1 request due within 7 days (see arca takedown list --status overdue)',
    );
    expect(io.stdoutText()).toBe(
      'overdue\tR1\t2026-01-23\tLotus Valley Press\ndue-soon\tR2\t2026-01-26\tWillow Bank Studio\n',
    );
  });

  it('exits 0 with a summary on stderr when nothing is overdue', async () => {
    await seed();
    const io = piped();
    await runCheck(depsFor(scopeAt(db, '2026-01-21T08:00:00+08:00'), io), { within: '2d' });
    expect(io.stdoutText()).toBe('due-soon\tR1\t2026-01-23\tLotus Valley Press\n');
    expect(io.stderrText()).toBe('nothing overdue; 1 request due within 2 days\n');
  });

  it('gives {overdue, due_soon, restore_overdue, restore_due} with --json', async () => {
    await seed();
    const io = piped();
    await expect(
      runCheck(depsFor(scopeAt(db, '2026-01-24T08:00:00+08:00'), io, undefined, 'json'), { within: '1w' }),
    ).rejects.toThrow(AttentionError);
    const result = JSON.parse(io.stdoutText());
    expect(Object.keys(result)).toEqual(['overdue', 'due_soon', 'restore_overdue', 'restore_due']);
    expect(result.overdue.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue])).toEqual([['R1', true]]);
    expect(result.due_soon.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue])).toEqual([['R2', false]]);
  });

  it('refuses a period it cannot read', async () => {
    await expect(runCheck(depsFor(scope, piped()), { within: 'soon' })).rejects.toThrow(
      new UsageError('--within needs a number of days such as 7d or 2w (got "soon")'),
    );
  });
});

describe('takedown list, show, notice, calendar', () => {
  it('list shows overdue requests as such', async () => {
    await runOpen(depsFor(scopeAt(db, '2026-01-10T09:00:00+08:00'), piped()), [String(a30)], {
      ...flags,
      days: '3',
      work: 'River photo essay',
    });
    const io = piped();
    await runList(depsFor(scope, io), { status: 'all', within: '7d' });
    expect(io.stdoutText()).toBe(
      `R1\toverdue\t2026-01-13\t2026-01-10\tLotus Valley Press\tRiver photo essay\t${a30}\n`,
    );
  });

  it('show lists the articles and attachments, and warns which notice elements are missing', async () => {
    await runOpen(depsFor(scope, piped()), [String(a15)], { claimant: 'Lotus Valley Press' });
    const io = piped();
    await runShow(depsFor(scope, io), 'R1');
    expect(io.stdoutText()).toContain(`\narticle\t${a15} 柳湾渡口春季放流活动举行 <${url15}> (active)\n`);
    expect(io.stderrText()).toBe(
      'arca: warning: request R1: the notice lacks contact details; the work claimed; preliminary evidence (at least one attachment)\n',
    );
    const json = piped();
    await runShow(depsFor(scope, json, undefined, 'json'), 'R1');
    expect(JSON.parse(json.stdoutText())).toMatchObject({
      id: 'R1',
      articles: [a15],
      attachments: [],
      named_articles: [
        { id: a15, title: '柳湾渡口春季放流活动举行', original_url: url15, site: '晴川新闻网', status: 'active' },
      ],
    });
  });

  it('notice prints the letter', async () => {
    await runOpen(depsFor(scope, piped()), [String(a15)], flags);
    const io = piped();
    await runNotice(depsFor(scope, io), 'R1', { lang: 'zh' });
    expect(io.stdoutText()).toContain('处理结果：您的通知正在审核中，我们将在2026年2月5日前作出处理决定。');
  });

  it('calendar writes the open due dates to a file', async () => {
    await runOpen(depsFor(scope, piped()), [String(a15)], flags);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-ics-'));
    try {
      const io = piped();
      const out = path.join(dir, 'deadlines.ics');
      await runCalendar(depsFor(scope, io), { out });
      expect(fs.readFileSync(out, 'utf8')).toContain('DTSTART;VALUE=DATE:20260205');
      expect(io.stdoutText()).toBe('');
      expect(io.stderrText()).toBe(`1 due date written to ${out}\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('request ids cannot be taken for article ids', () => {
  it('a bare number is a usage error saying what it could mean', async () => {
    // Articles a30 (1) and a15 (2); request R1 names article 2.
    await runOpen(depsFor(scope, piped()), [String(a15)], flags);
    const remove = (text: string) => runRemove(depsFor(scope, piped()), text, { purge: true, yes: true });
    await expect(remove(String(a15))).rejects.toThrow(
      new UsageError(`${a15} is not a request; article ${a15} has open request R1`),
    );
    await expect(remove('1')).rejects.toThrow(new UsageError('1 is not a request; did you mean R1?'));
    await expect(remove('9')).rejects.toThrow(
      new UsageError('9 is not a request; request ids look like R9, and there is no request R9'),
    );
    expect([articleStatus(a30), articleStatus(a15), getRequest(scope, 1).status]).toEqual(['active', 'active', 'open']);
  });

  it('an article named by several requests lists them; a number that is both names both', async () => {
    await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    await runOpen(depsFor(scope, piped()), [String(a30)], { claimant: 'Willow Bank Studio' });
    await runWithdraw(depsFor(scope, piped()), 'R2');
    await expect(runShow(depsFor(scope, piped()), String(a30))).rejects.toThrow(
      new UsageError(`${a30} is not a request; article ${a30} has open request R1; did you mean R${a30}?`),
    );
    await runWithdraw(depsFor(scope, piped()), 'r1');
    await expect(runShow(depsFor(scope, piped()), String(a30))).rejects.toThrow(
      new UsageError(
        `${a30} is not a request; article ${a30} has requests R1 (withdrawn), R2 (withdrawn); did you mean R${a30}?`,
      ),
    );
  });
});

describe('warnings when a request is opened', () => {
  it('a second open request by the same claimant for the same article names the first', async () => {
    await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    const io = piped();
    await runOpen(depsFor(scope, io), [String(a30), String(a15)], { ...flags, claimant: 'lotus valley press' });
    expect(io.stderrText().split('\n')[0]).toBe(
      `arca: warning: R2: lotus valley press already has open request R1 for article ${a30}`,
    );
    // Another claimant, or a closed request, is no repeat.
    await runWithdraw(depsFor(scope, piped()), 'R1');
    const other = piped();
    await runOpen(depsFor(scope, other), [String(a30)], { claimant: 'Willow Bank Studio' });
    expect(other.stderrText()).not.toContain('already has');
  });

  it('a request against an already purged article names the purge', async () => {
    await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    await runRemove(depsFor(scopeAt(db, '2026-01-22T09:00:00+08:00'), piped()), 'R1', { purge: true, yes: true });
    const io = piped();
    await runOpen(depsFor(scopeAt(db, '2026-01-25T09:00:00+08:00'), io), [String(a30)], {
      claimant: 'Willow Bank Studio',
    });
    expect(io.stderrText().split('\n')[0]).toBe(
      `arca: warning: R2: article ${a30} was already purged by request R1 on 2026-01-22: ` +
        'its text is gone, only its title, URLs and hashes remain',
    );
  });
});

describe('request history', () => {
  it("restore keeps the removal's note and date beside its own, in show and its JSON", async () => {
    await runOpen(depsFor(scope, piped()), [String(a30)], flags);
    await runRemove(depsFor(scopeAt(db, '2026-01-22T09:00:00+08:00'), piped()), 'R1', { note: 'evidence checked' });
    await runRestore(depsFor(scopeAt(db, '2026-02-03T15:30:00+08:00'), piped()), 'R1', {
      reason: 'counter-notice: licence shown',
    });
    const io = piped();
    await runShow(depsFor(scope, io), 'R1');
    expect(io.stdoutText()).toContain(
      [
        'history\t2026-01-21T10:00:00+08:00 open by tester',
        'history\t2026-01-22T09:00:00+08:00 removed by tester: evidence checked',
        'history\t2026-02-03T15:30:00+08:00 restored by tester: counter-notice: licence shown',
      ].join('\n'),
    );
    const json = piped();
    await runShow(depsFor(scope, json, undefined, 'json'), 'R1');
    expect(JSON.parse(json.stdoutText())).toMatchObject({
      status: 'restored',
      note: 'counter-notice: licence shown',
      history: [
        { status: 'open', at: '2026-01-21T10:00:00+08:00', actor: 'tester', note: null },
        { status: 'removed', at: '2026-01-22T09:00:00+08:00', actor: 'tester', note: 'evidence checked' },
        { status: 'restored', at: '2026-02-03T15:30:00+08:00', actor: 'tester', note: 'counter-notice: licence shown' },
      ],
    });
  });
});

describe('takedown calendar --out', () => {
  it('refuses an existing file without --force, and replaces it whole with --force', async () => {
    await runOpen(depsFor(scope, piped()), [String(a15)], flags);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-ics-'));
    try {
      const out = path.join(dir, 'deadlines.ics');
      fs.writeFileSync(out, 'my own calendar\n');
      await expect(runCalendar(depsFor(scope, piped()), { out })).rejects.toThrow(
        new UsageError(`${out} already exists: choose another --out or pass --force`),
      );
      expect(fs.readFileSync(out, 'utf8')).toBe('my own calendar\n');
      await runCalendar(depsFor(scope, piped()), { out, force: true });
      expect(fs.readFileSync(out, 'utf8')).toContain('DTSTART;VALUE=DATE:20260205');
      expect(fs.readdirSync(dir)).toEqual(['deadlines.ics']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
