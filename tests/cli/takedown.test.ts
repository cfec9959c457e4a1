import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');
const COURT = path.join(E2E, 'court.txt'); // article 1: 30-day window
const PROCURATORATE = path.join(E2E, 'procuratorate.txt'); // article 2: 15-day window

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', COURT, PROCURATORATE])).code).toBe(0);
});
afterEach(() => t.cleanup());

const at = (now: string) => ({ env: { ARCA_NOW: now } });
const listedIds = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => Number(line.split('\t')[0]));

describe('the takedown story, from scripts', () => {
  it('open → check → remove → notice → restore, with the audit log to prove it', async () => {
    const notice = path.join(t.dir, 'notice.txt');
    fs.writeFileSync(notice, 'Lotus Valley Press holds the rights to the mediation-centre photographs.\n');

    const open = await t.arca([
      'takedown',
      'open',
      '1',
      '--claimant',
      'Lotus Valley Press',
      '--contact',
      'legal@lotus.example',
      '--work',
      'Mediation centre photographs',
      '--channel',
      'email',
      '--received',
      '2026-11-20',
      '--attach',
      notice,
      '--json',
    ]);
    expect(open.code).toBe(0);
    expect(JSON.parse(open.stdout)).toEqual({
      id: 'R1',
      status: 'open',
      received: '2026-11-20T00:00:00+08:00',
      due: '2026-12-20',
      overdue: false,
      // The article's own 30-day window closed in 2024: the request is late, but recorded.
      late: true,
      claimant: 'Lotus Valley Press',
      contact: 'legal@lotus.example',
      work: 'Mediation centre photographs',
      reason: null,
      channel: 'email',
      articles: [1],
      decided_at: null,
      note: null,
      restore_due: null,
      counter_notice: null,
    });

    const quiet = await t.arca(['takedown', 'check']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([
      0,
      '',
      'nothing overdue; 0 requests due within 7 days\n',
    ]);

    const soon = await t.arca(['takedown', 'check'], at('2026-12-20T23:30:00+08:00'));
    expect([soon.code, soon.stdout]).toEqual([0, 'due-soon\tR1\t2026-12-20\tLotus Valley Press\n']);

    const overdue = await t.arca(['takedown', 'check'], at('2026-12-21T00:30:00+08:00'));
    expect(overdue.code).toBe(3);
    expect(overdue.stdout).toBe('overdue\tR1\t2026-12-20\tLotus Valley Press\n');
    expect(overdue.stderr).toBe(
      'arca: error: 1 request overdue, 0 requests due within 7 days (see arca takedown list --status overdue)\n',
    );

    const remove = await t.arca(
      ['takedown', 'remove', 'R1', '--note', 'photographs confirmed as theirs'],
      at('2026-12-21T09:00:00+08:00'),
    );
    expect(remove.code).toBe(0);
    expect(remove.stderr).toBe('request R1 removed; article 1 taken down\n');
    expect(listedIds((await t.arca(['list'])).stdout)).toEqual([2]);
    expect(listedIds((await t.arca(['list', '--status', 'removed'])).stdout)).toEqual([1]);
    expect((await t.arca(['takedown', 'check'], at('2026-12-22T09:00:00+08:00'))).code).toBe(0);

    const letter = await t.arca(['takedown', 'notice', 'R1', '--lang', 'en']);
    expect(letter.code).toBe(0);
    expect(letter.stdout).toContain('Dear Lotus Valley Press,\n');
    expect(letter.stdout).toContain('1. 青川县人民法院启用智慧调解中心 群众纠纷就近化解 (article 1)\n');
    expect(letter.stdout).toContain('Decision: The article listed above was removed on 21 December 2026.\n');

    const restore = await t.arca(
      ['takedown', 'restore', 'R1', '--reason', 'counter-notice: the court released the photographs'],
      at('2027-01-05T10:00:00+08:00'),
    );
    expect(restore.code).toBe(0);
    expect(listedIds((await t.arca(['list'])).stdout)).toEqual([2, 1]);

    const again = await t.arca(['takedown', 'remove', 'R1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'arca: error: request R1 is restored; only open requests can be removed (a restored request is final)\n',
    );

    const show = JSON.parse((await t.arca(['takedown', 'show', 'R1', '--json'])).stdout);
    expect(show).toMatchObject({
      status: 'restored',
      decided_at: '2027-01-05T10:00:00+08:00',
      note: 'counter-notice: the court released the photographs',
      attachments: [{ name: 'notice.txt', size: 73 }],
    });

    const log = JSON.parse((await t.arca(['log', '--request', 'R1', '--json'])).stdout);
    expect(log.map((e: { action: string; actor: string; at: string }) => [e.action, e.actor, e.at])).toEqual([
      ['takedown.opened', 'tester', '2026-11-26T10:00:00+08:00'],
      ['takedown.removed', 'tester', '2026-12-21T09:00:00+08:00'],
      ['takedown.restored', 'tester', '2027-01-05T10:00:00+08:00'],
    ]);
    const articleLog = JSON.parse((await t.arca(['log', '--article', '1', '--json'])).stdout);
    expect(articleLog.map((e: { action: string }) => e.action)).toEqual([
      'article.imported',
      'article.removed',
      'article.restored',
    ]);

    const check = await t.arca(['db', 'check']);
    expect([check.code, check.stderr]).toEqual([0, 'archive OK\n']);
  });

  it('names the missing flag instead of prompting when stdin is not a terminal', async () => {
    const r = await t.arca(['takedown', 'open', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('arca: error: missing --claimant (stdin is not a terminal, so arca cannot ask)\n');
    expect((await t.arca(['takedown', 'list', '--status', 'all'])).stdout).toBe('');
  });

  it('purges only with --yes off a terminal, and then no byte of the text stays in the file', async () => {
    const sentence = Buffer.from('讲解如何识别网络诈骗', 'utf8');
    const fileHolds = () =>
      [t.db, `${t.db}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(sentence));
    expect(fileHolds()).toBe(true);
    expect(
      (
        await t.arca([
          'takedown',
          'open',
          'http://www.bsjcy.example.cn/art/2025/7/2/art_88.html',
          '--claimant',
          'Willow Bank Studio',
        ])
      ).code,
    ).toBe(0);

    const refused = await t.arca(['takedown', 'remove', 'R1', '--purge']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('arca: error: --purge deletes article text for good: add --yes to confirm');
    expect(JSON.parse((await t.arca(['show', '2', '--json'])).stdout).status).toBe('active');

    const purged = await t.arca(['takedown', 'remove', 'R1', '--purge', '--yes']);
    expect([purged.code, purged.stderr]).toEqual([
      0,
      '--purge deletes for good the text of 1 article named by request R1:\n' +
        '  article 2  白石市检察院开展未成年人保护专项监督\nrequest R1 removed; article 2 taken down and purged\n',
    ]);
    expect(fileHolds()).toBe(false);
    const article = JSON.parse((await t.arca(['show', '2', '--json'])).stdout);
    expect(article).toMatchObject({
      status: 'purged',
      body: '',
      title: '白石市检察院开展未成年人保护专项监督',
      original_url: 'http://www.bsjcy.example.cn/art/2025/7/2/art_88.html',
    });
    expect(article.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);

    const restore = await t.arca(['takedown', 'restore', 'R1', '--reason', 'counter-notice accepted']);
    expect(restore.code).toBe(0);
    expect(restore.stderr).toBe(
      'request R1 restored\narca: warning: article 2 stays down: it was purged: its text is gone for good\n',
    );
  });

  it('writes the open due dates as an iCalendar file', async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press']);
    const out = path.join(t.dir, 'deadlines.ics');
    const r = await t.arca(['takedown', 'calendar', '--out', out]);
    expect([r.code, r.stderr]).toEqual([0, `1 due date written to ${out}\n`]);
    const ics = fs.readFileSync(out, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261226');
  });

  it("every takedown subcommand's help leads with examples", async () => {
    for (const sub of [
      'open',
      'list',
      'show',
      'check',
      'remove',
      'reject',
      'withdraw',
      'restore',
      'calendar',
      'notice',
    ]) {
      const help = await t.arca(['takedown', sub, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`Examples:\\n  \\$ arca takedown ${sub}`));
    }
  });
});

describe('request ids and article ids cannot be confused', () => {
  it('a bare number where a request is expected: exit 2, saying what it could mean, nothing purged', async () => {
    // Request R1 names article 2: "remove 2" once meant request 2 and could purge the wrong article.
    expect((await t.arca(['takedown', 'open', '2', '--claimant', 'Willow Bank Studio'])).code).toBe(0);
    const r = await t.arca(['takedown', 'remove', '2', '--purge', '--yes']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'arca: error: 2 is not a request; article 2 has open request R1\n',
    ]);
    const one = await t.arca(['takedown', 'show', '1']);
    expect([one.code, one.stderr]).toEqual([2, 'arca: error: 1 is not a request; did you mean R1?\n']);
    expect((await t.arca(['log', '--request', '1'])).code).toBe(2);
    expect(JSON.parse((await t.arca(['show', '2', '--json'])).stdout)).toMatchObject({
      status: 'active',
      takedowns: [{ id: 'R1', status: 'open' }],
    });
    expect((await t.arca(['takedown', 'withdraw', 'r1'])).stderr).toBe('request R1 withdrawn\n');
  });

  it('--attach takes one file per flag: the number after it is the article', async () => {
    const notice = path.join(t.dir, 'notice.pdf');
    const licence = path.join(t.dir, 'licence.pdf');
    fs.writeFileSync(notice, '%PDF-1.4 notice\n');
    fs.writeFileSync(licence, '%PDF-1.4 licence\n');
    const r = await t.arca([
      'takedown',
      'open',
      '--attach',
      notice,
      '--attach',
      licence,
      '2',
      '--claimant',
      'Willow Bank Studio',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'R1', articles: [2] });
    const show = JSON.parse((await t.arca(['takedown', 'show', 'R1', '--json'])).stdout);
    expect(show.attachments.map((a: { name: string }) => a.name)).toEqual(['notice.pdf', 'licence.pdf']);
  });

  it('takedown calendar --out refuses to overwrite a file without --force', async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press']);
    const out = path.join(t.dir, 'deadlines.ics');
    fs.writeFileSync(out, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const refused = await t.arca(['takedown', 'calendar', '--out', out]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `arca: error: ${out} already exists: choose another --out or pass --force\n`,
    ]);
    expect((await t.arca(['takedown', 'calendar', '--out', out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('DTSTART;VALUE=DATE:20261226');
  });
});

describe('takedown check --quiet, for cron', () => {
  it('prints only the overdue rows, and nothing at all when none is overdue', async () => {
    await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press', '--received', '2026-11-20']); // due 2026-12-20
    await t.arca([
      'takedown',
      'open',
      '2',
      '--claimant',
      'Willow Bank Studio',
      '--received',
      '2026-11-20',
      '--days',
      '40',
    ]);
    const calm = await t.arca(['takedown', 'check', '--quiet'], at('2026-12-19T09:00:00+08:00'));
    expect([calm.code, calm.stdout, calm.stderr]).toEqual([0, '', '']);
    const overdue = await t.arca(['takedown', 'check', '--quiet'], at('2026-12-27T09:00:00+08:00'));
    expect([overdue.code, overdue.stdout]).toEqual([3, 'overdue\tR1\t2026-12-20\tLotus Valley Press\n']);
    // Without --quiet the due-soon row shows too.
    const loud = await t.arca(['takedown', 'check'], at('2026-12-27T09:00:00+08:00'));
    expect(loud.stdout).toBe(
      'overdue\tR1\t2026-12-20\tLotus Valley Press\ndue-soon\tR2\t2026-12-30\tWillow Bank Studio\n',
    );
  });
});
