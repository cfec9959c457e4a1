/** Working-day deadlines, the holiday calendar commands, typed dates and channels, as an operator meets them. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const t = tempCliArchive();
const COURT = path.join(FIXTURES, 'e2e', 'court.txt');

beforeAll(async () => {
  expect((await t.arca(['--json', 'import', COURT])).code).toBe(0);
});
afterAll(() => t.cleanup());

async function open(args: string[], env: Record<string, string> = {}) {
  const r = await t.arca(['--json', 'takedown', 'open', '1', '--claimant', '澄湖传媒', ...args], { env });
  return { ...r, request: r.code === 0 ? JSON.parse(r.stdout) : null };
}

describe('takedown open --workdays', () => {
  it('counts working days across National Day, with the make-up Saturday 10/10', async () => {
    const r = await open(['--received', '2026年9月30日 16:00', '--workdays', '5']);
    expect(r.code).toBe(0);
    expect(r.request).toMatchObject({ received: '2026-09-30T16:00:00+08:00', due: '2026-10-13' });
  });

  it('refuses --days with --workdays', async () => {
    const r = await open(['--days', '5', '--workdays', '5']);
    expect([r.code, r.stderr]).toEqual([2, 'arca: error: give --days or --workdays, not both\n']);
  });

  it('warns past the horizon, naming the last year known, in both languages', async () => {
    const env = { ARCA_NOW: '2026-12-28T10:00:00+08:00' };
    const r = await open(['--received', '2026/12/24', '--workdays', '10'], env);
    expect(r.request.due).toBe('2027-01-07');
    expect(r.stderr).toContain(
      'arca: warning: R2: the holiday schedule of 2027 is not known (the last year known is 2026): ' +
        'its working days were counted by weekends alone; see arca holidays import\n',
    );
    const zh = await open(['--received', '2026/12/24', '--workdays', '10'], { ...env, ARCA_LANG: 'zh' });
    expect(zh.stderr).toContain('R3：尚无 2027 年的放假安排（已知的最后一年是 2026 年）');
  });

  it('refuses a date it cannot read, with an example', async () => {
    const r = await open(['--received', '30/09/2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'arca: error: --received needs a date such as 2026-11-20, 2026/11/20 or 2026年11月20日, ' +
        'with a time if you like: 2026-11-20 14:30, 2026年11月20日 14:30 (got "30/09/2026")\n',
    );
  });
});

describe('a disclaimer in working days', () => {
  it('sets window_unit, ends the window on the calendar, and gives a request its due date', async () => {
    const record = {
      title: '白鹭镇举办秋季农产品展销会',
      body: '展销会为期三天。',
      published: '2026-09-28',
      disclaimer: '本网转载仅供参考，如有侵权，请权利人在十个工作日内与本网联系。',
    };
    const imported = await t.arca(['--json', 'import', '--format', 'ndjson', '-'], { input: JSON.stringify(record) });
    const id = JSON.parse(imported.stdout).items[0].id as number;
    const shown = JSON.parse((await t.arca(['show', String(id), '--json'])).stdout);
    // 9/29, 9/30, then 10/8, 10/9, Saturday 10/10, 10/12–10/16: the 10th working day is Friday 10/16.
    expect(shown).toMatchObject({ window_days: 10, window_unit: 'workdays', window_ends: '2026-10-16' });
    const r = await t.arca([
      '--json',
      'takedown',
      'open',
      String(id),
      '--claimant',
      '澄湖传媒',
      '--received',
      '2026.10.9',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ due: '2026-10-22', late: false });
  });
});

describe('channels', () => {
  it('takes Chinese names, stores the enum value, and keeps a note', async () => {
    const wechat = await open(['--channel', '微信公众号', '--channel-note', '后台留言']);
    expect(wechat.request).toMatchObject({ channel: 'wechat', channel_note: '后台留言' });
    const noted = await open(['--channel-note', '上级单位转来']);
    expect(noted.request).toMatchObject({ channel: 'other', channel_note: '上级单位转来' });
    const shown = await t.arca(['takedown', 'show', noted.request.id]);
    expect(shown.stdout).toContain('channel\tother\nchannel_note\t上级单位转来\n');
  });

  it('refuses an unknown channel, listing the choices', async () => {
    const r = await open(['--channel', 'fax']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--channel must be one of email, phone, letter, form, wechat, qq, platform, other');
  });
});

describe('arca holidays', () => {
  it('lists a year the calendar knows, as data', async () => {
    const r = await t.arca(['holidays', 'list', '2026', '--json']);
    const days = JSON.parse(r.stdout) as Array<{ date: string; kind: string; source: string }>;
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(days[0]).toEqual({ date: '2026-01-01', kind: 'holiday', name: '元旦', source: 'shipped' });
    expect(r.stderr).toBe('the calendar knows 2025, 2026; horizon 2026\n');
  });

  it('imports nothing from a file with one malformed line, naming it', async () => {
    const file = path.join(t.dir, 'bad.txt');
    fs.writeFileSync(file, '2031-03-03 holiday 春耕节\n2031-03-04 rest\n');
    const r = await t.arca(['holidays', 'import', file]);
    expect([r.code, r.stderr]).toEqual([
      2,
      `arca: error: ${file}:2: "rest" must be holiday or workday, e.g. "2027-02-20 workday 春节"\n`,
    ]);
    expect((await t.arca(['holidays', 'list', '2031'])).stdout).toBe('');
  });

  it('imports a year, which due dates then follow, and logs it', async () => {
    const file = path.join(t.dir, '2031.txt');
    fs.writeFileSync(file, '2031-03-03 holiday 春耕节\n2031-03-04 holiday 春耕节\n2031-03-08 workday 春耕节\n');
    const r = await t.arca(['holidays', 'import', file]);
    expect([r.code, r.stderr]).toEqual([
      0,
      'imported 2031: 2 holidays, 1 make-up working day; next: arca holidays list\n',
    ]);
    expect((await t.arca(['holidays', 'list', '2031'])).stdout).toBe(
      '2031-03-03\tholiday\t春耕节\timported\n2031-03-04\tholiday\t春耕节\timported\n' +
        '2031-03-08\tworkday\t春耕节\timported\n',
    );
    const env = { ARCA_NOW: '2031-03-10T10:00:00+08:00' };
    const opened = await open(['--received', '2031-02-28', '--workdays', '4'], env);
    expect(opened.request.due).toBe('2031-03-08');
    const log = await t.arca(['--json', 'log'], { env });
    expect(log.stdout).toContain('"holidays.imported"');
  });

  it('says when a year is not known', async () => {
    const r = await t.arca(['holidays', 'list', '2029'], { env: { ARCA_LANG: 'zh-CN' } });
    expect(r.stderr).toBe(
      '日历中没有 2029 年的安排：这一年的工作日只按周末计算（已知的最后一年：2031；可用 arca holidays import FILE 导入）\n',
    );
  });
});
