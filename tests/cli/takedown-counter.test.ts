import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const COURT = path.join(FIXTURES, 'e2e', 'court.txt'); // article 1

let t: ReturnType<typeof tempCliArchive>;
const at = (now: string, env: Record<string, string> = {}) => ({ env: { ARCA_NOW: `${now}+08:00`, ...env } });

/** R1 against article 1, received on 1 November and removed on 5 November 2026. */
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', COURT])).code).toBe(0);
  const open = ['takedown', 'open', '1', '--claimant', 'Lotus Valley Press', '--received', '2026-11-01'];
  expect((await t.arca(open, at('2026-11-02T09:00:00'))).code).toBe(0);
  expect((await t.arca(['takedown', 'remove', 'R1'], at('2026-11-05T10:00:00'))).code).toBe(0);
});
afterEach(() => t.cleanup());

const counter = (extra: string[] = []) => [
  'takedown',
  'counter',
  'R1',
  '--received',
  '2026-11-06',
  '--from',
  '青禾日报社',
  ...extra,
];

async function state(): Promise<{ request: Record<string, unknown>; log: string }> {
  const show = await t.arca(['takedown', 'show', 'R1', '--json'], at('2026-11-06T12:00:00'));
  return { request: JSON.parse(show.stdout), log: (await t.arca(['log'])).stdout };
}

describe('a counter-notice, from arrival to restore', () => {
  it('counters, shows in check until its restore date, is overdue the day after, and restores', async () => {
    const statement = path.join(t.dir, 'statement.txt');
    fs.writeFileSync(statement, 'The repost was licensed by the photographer on 2025-06-01.\n');
    const recorded = await t.arca(
      counter(['--contact', 'legal@qinghe.example', '--reason', '转载已获授权', '--attach', statement, '--json']),
      at('2026-11-06T11:00:00'),
    );
    expect(recorded.code).toBe(0);
    expect(JSON.parse(recorded.stdout)).toMatchObject({
      id: 'R1',
      status: 'countered',
      due: '2026-12-01',
      decided_at: '2026-11-05T10:00:00+08:00',
      // 15 calendar days, the default counter-days.
      restore_due: '2026-11-21',
      counter_notice: {
        received: '2026-11-06T00:00:00+08:00',
        from: '青禾日报社',
        contact: 'legal@qinghe.example',
        reason: '转载已获授权',
      },
    });
    expect(recorded.stderr).toBe(
      'request R1 countered by 青禾日报社; restore due 2026-11-21. Next: arca takedown notice R1 ' +
        '(the letter forwarding it to the claimant), then arca takedown restore R1 on 2026-11-21\n',
    );
    const shown = JSON.parse((await t.arca(['takedown', 'show', 'R1', '--json'])).stdout);
    expect(shown.attachments).toMatchObject([{ name: 'statement.txt', role: 'counter_notice' }]);
    expect(shown.history.map((h: { status: string }) => h.status)).toEqual(['open', 'removed', 'countered']);
    // The article stays down while the claimant may still act.
    expect(JSON.parse((await t.arca(['show', '1', '--json'])).stdout).status).toBe('removed');

    const early = await t.arca(['takedown', 'check'], at('2026-11-10T09:00:00'));
    expect([early.code, early.stdout]).toEqual([0, '']);
    const soon = await t.arca(['takedown', 'check'], at('2026-11-15T09:00:00'));
    expect([soon.code, soon.stdout]).toEqual([0, 'restore-due\tR1\t2026-11-21\tLotus Valley Press\n']);
    expect(soon.stderr).toBe(
      'nothing overdue; 0 requests due within 7 days; 0 counter-notices past the restore date, ' +
        '1 to restore within 7 days (see arca takedown list --status countered)\n',
    );
    const onTheDay = await t.arca(['takedown', 'check', '--quiet'], at('2026-11-21T09:00:00'));
    expect([onTheDay.code, onTheDay.stdout]).toEqual([0, '']);
    const late = await t.arca(['takedown', 'check', '--quiet'], at('2026-11-22T09:00:00'));
    expect([late.code, late.stdout]).toEqual([3, 'restore-overdue\tR1\t2026-11-21\tLotus Valley Press\n']);
    const listed = await t.arca(['takedown', 'list', '--status', 'countered'], at('2026-11-22T09:00:00'));
    expect(listed.stdout.split('\t').slice(0, 2)).toEqual(['R1', 'countered']);

    const restored = await t.arca(['takedown', 'restore', 'R1', '--json'], at('2026-11-22T09:30:00'));
    expect([restored.code, JSON.parse(restored.stdout).status]).toEqual([0, 'restored']);
    expect(restored.stderr).toBe('request R1 restored; article 1 back in the archive\n');
    expect(JSON.parse((await t.arca(['show', '1', '--json'])).stdout).status).toBe('active');
    const after = await t.arca(['takedown', 'check'], at('2026-11-22T10:00:00'));
    expect([after.code, after.stdout]).toEqual([0, '']);

    const log = JSON.parse((await t.arca(['log', '--json'])).stdout) as Array<{ action: string; details: unknown }>;
    expect(log.map((e) => e.action).slice(-4)).toEqual([
      'takedown.removed',
      'takedown.countered',
      'article.restored',
      'takedown.restored',
    ]);
    expect(log.find((e) => e.action === 'takedown.countered')?.details).toEqual({
      received: '2026-11-06T00:00:00+08:00',
      restore_due: '2026-11-21',
      counter_days: 15,
      attachments: [{ name: 'statement.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string }],
    });
    // The sender's name and contact stay out of the log, which can never be redacted.
    expect(JSON.stringify(log)).not.toContain('qinghe');
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  it('counts counter-days as configured, and puts the restore date in the calendar', async () => {
    expect((await t.arca(['config', 'set', 'counter-days', '10'])).code).toBe(0);
    const r = await t.arca([...counter(), '--json'], at('2026-11-06T11:00:00'));
    expect(JSON.parse(r.stdout).restore_due).toBe('2026-11-16');
    const ics = (await t.arca(['takedown', 'calendar'], at('2026-11-06T12:00:00'))).stdout;
    expect(ics).toContain('UID:takedown-1-restore@arca');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261116');
    expect(ics).toContain('SUMMARY:Restore takedown request R1: counter-notice from 青禾日报社');
  });

  it('warns when the content comes back before its restore date', async () => {
    await t.arca(counter(), at('2026-11-06T11:00:00'));
    const r = await t.arca(['takedown', 'restore', 'R1'], at('2026-11-10T09:00:00'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'arca: warning: request R1 was restored before its restore date 2026-11-21: the claimant had until then to act\n',
    );
  });

  it('writes the forwarding letter to the claimant, in both languages', async () => {
    await t.arca(['config', 'set', 'site-name', '云岭新闻网']);
    await t.arca(counter(['--reason', '转载已获授权']), at('2026-11-06T11:00:00'));
    const zh = await t.arca(['takedown', 'notice', 'R1'], at('2026-11-07T09:00:00'));
    expect(zh.stdout).toContain(
      '处理结果：经核实，上述文章已于2026年11月5日删除。2026年11月6日，我们收到青禾日报社提交的不侵权声明' +
        '（理由：转载已获授权），现将该声明转送给您。',
    );
    expect(zh.stdout).toContain('我们将于2026年11月21日恢复上述文章。');
    expect(zh.stdout.endsWith('云岭新闻网\n2026年11月7日\n')).toBe(true);
    const en = await t.arca(['takedown', 'notice', 'R1', '--lang', 'en'], at('2026-11-07T09:00:00'));
    expect(en.stdout).toContain('otherwise we will restore the article on 21 November 2026.');
  });

  it('speaks Chinese to a Chinese operator', async () => {
    const r = await t.arca(counter(), at('2026-11-06T11:00:00', { ARCA_LANG: 'zh_CN.UTF-8' }));
    expect(r.stderr).toBe(
      '请求 R1 已收到 青禾日报社 的不侵权声明，应于 2026-11-21 恢复。下一步：arca takedown notice R1' +
        '（生成转送权利人的函件），到 2026-11-21 执行 arca takedown restore R1\n',
    );
  });
});

describe('counter-notices refused, with nothing written', () => {
  it('on a request that is not removed: exit 1, naming what the request allows', async () => {
    const open = ['takedown', 'open', '1', '--claimant', 'Greywater Agency', '--received', '2026-11-03'];
    expect((await t.arca(open, at('2026-11-06T09:00:00'))).code).toBe(0);
    const logBefore = (await t.arca(['log'])).stdout;
    const r = await t.arca(
      ['takedown', 'counter', 'R2', '--received', '2026-11-06', '--from', '青禾日报社'],
      at('2026-11-06T11:00:00'),
    );
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'arca: error: request R2 is open; only removed requests can be countered ' +
        '(an open request can be removed, rejected or withdrawn)\n',
    ]);
    expect((await t.arca(['log'])).stdout).toBe(logBefore);
    expect(JSON.parse((await t.arca(['takedown', 'show', 'R2', '--json'])).stdout)).toMatchObject({
      status: 'open',
      restore_due: null,
      counter_notice: null,
    });
  });

  it('a second counter-notice on the same request: exit 1', async () => {
    await t.arca(counter(), at('2026-11-06T11:00:00'));
    const before = await state();
    const r = await t.arca(counter(['--from', 'Someone Else']), at('2026-11-06T11:30:00'));
    expect([r.code, r.stderr]).toEqual([
      1,
      'arca: error: request R1 is countered; only removed requests can be countered (a countered request can be restored)\n',
    ]);
    expect(await state()).toEqual(before);
  });

  it.each<[string, string[], string]>([
    [
      'without a sender off a terminal',
      ['takedown', 'counter', 'R1', '--received', '2026-11-06'],
      'arca: error: missing --from (stdin is not a terminal, so arca cannot ask)',
    ],
    [
      'without a received date off a terminal',
      ['takedown', 'counter', 'R1', '--from', '青禾日报社'],
      'arca: error: missing --received (stdin is not a terminal, so arca cannot ask)',
    ],
    [
      'with a blank sender',
      ['takedown', 'counter', 'R1', '--received', '2026-11-06', '--from', '  '],
      'arca: error: a counter-notice needs its sender (--from): who says the content does not infringe',
    ],
    [
      'dated before the removal',
      counter().map((a) => (a === '2026-11-06' ? '2026-11-04' : a)),
      'arca: error: the counter-notice is dated 2026-11-04, before request R1 was removed on 2026-11-05: check --received',
    ],
    [
      'dated in the future',
      counter().map((a) => (a === '2026-11-06' ? '2026-11-09' : a)),
      'arca: error: the received time 2026-11-09T00:00:00+08:00 is in the future',
    ],
    [
      'with a date it cannot read',
      counter().map((a) => (a === '2026-11-06' ? 'next week' : a)),
      'arca: error: --received needs a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM) (got "next week")',
    ],
  ])('%s: exit 2', async (_name, args, message) => {
    const before = await state();
    const r = await t.arca(args, at('2026-11-06T11:00:00'));
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', message]);
    expect(await state()).toEqual(before);
  });

  it('a removed request restored without a counter-notice still needs its reason', async () => {
    const r = await t.arca(['takedown', 'restore', 'R1'], at('2026-11-06T11:00:00'));
    expect([r.code, r.stderr]).toEqual([
      2,
      'arca: error: missing --reason (stdin is not a terminal, so arca cannot ask)\n',
    ]);
  });
});

describe("the operator's identity", () => {
  it('keeps site name, contact and address on one line each, and "" unsets them', async () => {
    expect((await t.arca(['config', 'set', 'site-name', '云岭\n新闻网 '])).code).toBe(0);
    expect((await t.arca(['config', 'get', 'site-name'])).stdout).toBe('云岭 新闻网\n');
    await t.arca(['config', 'set', 'address', '云岭市文化路8号']);
    expect((await t.arca(['config', 'set', 'address', ''])).code).toBe(0);
    expect(JSON.parse((await t.arca(['config', 'get', 'address', '--json'])).stdout)).toEqual({
      key: 'address',
      value: null,
    });
  });

  it('signs the reply with the configured site, never the site the article came from', async () => {
    const unsigned = await t.arca(['takedown', 'notice', 'R1'], at('2026-11-05T12:00:00'));
    expect(unsigned.code).toBe(0);
    // Article 1 was saved from 法治资讯网: our letter is not theirs to sign.
    expect(unsigned.stdout).not.toContain('法治资讯网');
    expect(unsigned.stdout.endsWith('特此函告。\n\n【网站名称：请填写】\n2026年11月5日\n')).toBe(true);
    expect(unsigned.stderr).toBe(
      'arca: warning: no site name is set: the letter has a line to fill in where it is signed ' +
        '(arca config set site-name NAME)\n',
    );

    for (const [key, value] of [
      ['site-name', '云岭新闻网'],
      ['contact', 'rights@yunling.example'],
      ['address', '云岭市文化路8号'],
    ]) {
      await t.arca(['config', 'set', key, value]);
    }
    const zh = await t.arca(['takedown', 'notice', 'R1'], at('2026-11-05T12:00:00'));
    expect([zh.stderr, zh.stdout.split('\n').slice(-6)]).toEqual([
      '',
      ['', '云岭新闻网', '联系方式：rights@yunling.example', '地址：云岭市文化路8号', '2026年11月5日', ''],
    ]);
    const en = await t.arca(['takedown', 'notice', 'R1', '--lang', 'en'], at('2026-11-05T12:00:00'));
    expect(en.stdout.split('\n')[0]).toBe('5 November 2026');
    expect(en.stdout).toContain('On 1 November 2026, 云岭新闻网 received your notice (request R1).');
    expect(en.stdout.endsWith('云岭新闻网\nContact: rights@yunling.example\nAddress: 云岭市文化路8号\n')).toBe(true);
  });
});
