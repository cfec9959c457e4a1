import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;

/** Runs a step of the story at a moment of its own (the clock), failing loudly if it does not succeed. */
async function at(moment: string, args: string[]): Promise<void> {
  const r = await t.arca(args, { env: { ARCA_NOW: `${moment}+08:00` } });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
}

/**
 * A year of notices against three articles (1 and 2 on 法治资讯网, 3 on 滨江法治网), told in order:
 * R1 from the year before; R2 removed with purge in 3 days, then countered; R3 rejected after its due date; R4 names 1
 * and 3, removes only 3 (1 is gone already), then is restored; R5 withdrawn; R6 overdue; R7 open.
 */
beforeAll(async () => {
  t = tempCliArchive();
  await at('2025-12-01T09:00:00', [
    'import',
    path.join(FIXTURES, 'e2e', 'court.txt'),
    path.join(FIXTURES, 'e2e', 'procuratorate.txt'),
    path.join(FIXTURES, 'import-e2e', 'ferry.txt'),
  ]);
  await at('2025-12-20T09:00:00', ['takedown', 'open', '1', '--claimant', 'Old Claim Co', '--days', '5']);
  await at('2025-12-22T09:00:00', ['takedown', 'reject', 'R1', '--reason', 'no rights shown']);
  await at('2026-03-02T09:00:00', [
    'takedown',
    'open',
    '1',
    '--claimant',
    'Lantern Hill Media',
    '--contact',
    'rights@lanternhill.example',
    '--channel',
    'email',
    '--days',
    '10',
    '--work',
    'Photo essay "Mediation at the doorstep"',
  ]);
  await at('2026-03-05T16:00:00', ['takedown', 'remove', 'R2', '--purge', '--yes']);
  await at('2026-03-09T09:00:00', ['takedown', 'counter', 'R2', '--received', '2026-03-08', '--from', 'Qinghe Daily']);
  await at('2026-04-01T09:00:00', [
    'takedown',
    'open',
    '2',
    '--claimant',
    'Greywater Agency',
    '--channel',
    'letter',
    '--days',
    '5',
  ]);
  await at('2026-04-10T09:00:00', ['takedown', 'reject', 'R3', '--reason', "the notice is the prosecutor's own"]);
  await at('2026-05-10T09:00:00', [
    'takedown',
    'open',
    '1',
    '3',
    '--claimant',
    'Lantern Hill Media',
    '--contact',
    '+86 000 0000 0000',
    '--channel',
    'email',
    '--days',
    '15',
  ]);
  await at('2026-05-11T09:00:00', ['takedown', 'remove', 'R4']);
  await at('2026-06-01T09:00:00', ['takedown', 'restore', 'R4', '--reason', 'licence shown']);
  await at('2026-06-15T09:00:00', [
    'takedown',
    'open',
    '2',
    '--claimant',
    'Osprey Rights',
    '--channel',
    'form',
    '--days',
    '10',
  ]);
  await at('2026-06-20T09:00:00', ['takedown', 'withdraw', 'R5']);
  await at('2026-11-01T09:00:00', [
    'takedown',
    'open',
    '3',
    '--claimant',
    'Lantern Hill Media',
    '--channel',
    'email',
    '--days',
    '10',
  ]);
  await at('2026-11-20T09:00:00', ['takedown', 'open', '2', '--claimant', 'Osprey Rights', '--days', '30']);
});
afterAll(() => t.cleanup());

const YEAR = ['--since', '2026-01-01', '--until', '2026-12-31'];
const report = async (args: string[]) =>
  JSON.parse((await t.arca(['takedown', 'report', ...args, '--format', 'json'])).stdout);

describe('arca takedown report on a scripted year', () => {
  it('counts requests, outcomes, articles, sites, channels, days to decide, late decisions and claimants', async () => {
    expect(await report(YEAR)).toEqual({
      period: { since: '2026-01-01', until: '2026-12-31' },
      as_of: '2026-11-26',
      requests_received: 6,
      // R2's counter-notice is still waiting for its restore: countered, no longer merely removed.
      outcomes: { removed: 0, rejected: 1, withdrawn: 1, restored: 1, countered: 1, open: 2, overdue: 1 },
      articles: { named: 3, taken_down: 2, purged: 1 },
      sites: [
        { site: '法治资讯网', requests: 5, articles: 2 },
        { site: '滨江法治网', requests: 2, articles: 1 },
      ],
      channels: [
        { channel: 'email', requests: 3 },
        { channel: 'form', requests: 1 },
        { channel: 'letter', requests: 1 },
        { channel: null, requests: 1 },
      ],
      // R2 3 days, R3 9, R4 1, R5 5: the median of 1 3 5 9 is 4.
      days_to_decision: { decided: 4, median: 4, longest: 9 },
      decided_after_due: { count: 1, requests: ['R3'] },
      top_claimants: [
        { claimant: 'Lantern Hill Media', requests: 3 },
        { claimant: 'Osprey Rights', requests: 2 },
        { claimant: 'Greywater Agency', requests: 1 },
      ],
    });
  });

  it('keeps contacts out unless --include-contacts', async () => {
    const stdout = (await t.arca(['takedown', 'report', '--json', '--notices'])).stdout;
    expect(stdout).not.toContain('lanternhill.example');
    expect(stdout).not.toContain('+86');
    const withContacts = await report([...YEAR, '--include-contacts']);
    expect(withContacts.top_claimants[0]).toEqual({
      claimant: 'Lantern Hill Media',
      requests: 3,
      contacts: ['rights@lanternhill.example', '+86 000 0000 0000'],
    });
  });

  it('adds one Lumen-shaped notice per request with --notices: action taken Yes, No or Partial', async () => {
    const { notices } = await report([...YEAR, '--notices']);
    expect(notices.map((n: { id: string; action_taken: string | null }) => [n.id, n.action_taken])).toEqual([
      ['R2', 'Yes'],
      ['R3', 'No'],
      ['R4', 'Partial'],
      ['R5', 'No'],
      ['R6', null],
      ['R7', null],
    ]);
    expect(notices[0]).toEqual({
      id: 'R2',
      status: 'countered',
      date_received: '2026-03-02T09:00:00+08:00',
      sender_name: 'Lantern Hill Media',
      principal_name: 'Lantern Hill Media',
      works: [
        {
          description: 'Photo essay "Mediation at the doorstep"',
          infringing_urls: [{ url: 'http://www.qcfy.example.cn/news/detail.php?id=1024' }],
        },
      ],
      action_taken: 'Yes',
    });
  });

  it('counts every request without a period, and none in an empty one', async () => {
    expect((await report([])).requests_received).toBe(7);
    const empty = await report(['--since', '2024-01-01', '--until', '2024-12-31']);
    expect(empty).toMatchObject({
      requests_received: 0,
      days_to_decision: { decided: 0, median: null, longest: null },
      sites: [],
    });
  });

  it('writes the figures as CSV, one a row', async () => {
    const r = await t.arca(['takedown', 'report', ...YEAR, '--format', 'csv']);
    const rows = parse(r.stdout) as string[][];
    expect(rows[0]).toEqual(['section', 'name', 'value']);
    expect(rows).toContainEqual(['outcome', 'overdue', '1']);
    expect(rows).toContainEqual(['site_requests', '法治资讯网', '5']);
    expect(rows).toContainEqual(['days_to_decision', 'median', '4']);
    expect(rows).toContainEqual(['decided_after_due', 'requests', 'R3']);
    expect(rows).toContainEqual(['claimant', 'Lantern Hill Media', '3']);
  });

  it('writes Markdown to publish by default', async () => {
    const md = (await t.arca(['takedown', 'report', ...YEAR])).stdout;
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# Transparency report: copyright takedown requests',
      '',
      'Requests received from 2026-01-01 to 2026-12-31, as they stood on 2026-11-26.',
    ]);
    expect(md).toContain(
      '| Counter-notice received, restore pending | 1 |\n| Still open | 2 |\n| of which overdue | 1 |',
    );
    expect(md).toContain(
      'Decided: 4; median 4 days; longest 9 days, from receipt to the first decision. ' +
        'Decided after the due date: 1 (R3).',
    );
    expect(md).toContain('| 法治资讯网 | 5 | 2 |');
  });

  it('refuses bad dates, a reversed period, and --notices with CSV', async () => {
    const cases: Array<[string[], string]> = [
      [['--since', '2026-02-30'], 'arca: error: --since needs a date as YYYY-MM-DD (got "2026-02-30")'],
      [
        ['--since', '2026-06-01', '--until', '2026-01-01'],
        'arca: error: --since 2026-06-01 is after --until 2026-01-01',
      ],
      [
        ['--notices', '--format', 'csv'],
        'arca: error: --notices adds records, not figures: use --format json or md with it',
      ],
      [['--format', 'pdf'], 'arca: error: --format must be one of md, json, csv (got "pdf")'],
    ];
    for (const [args, message] of cases) {
      const r = await t.arca(['takedown', 'report', ...args]);
      expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', message]);
    }
  });
});
