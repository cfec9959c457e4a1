import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')])).code).toBe(0);
});
afterEach(() => t.cleanup());

describe('arca log', () => {
  it('prints one entry a line when piped: seq, time, actor, action, subject, details', async () => {
    await t.arca(['takedown', 'open', '2', '--claimant', 'Willow Bank Studio', '--days', '5'], {
      env: { ARCA_ACTOR: 'mei' },
    });
    const rows = (await t.arca(['log'])).stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['1', '2026-11-26T10:00:00+08:00', 'tester', 'article.imported', 'article:1'],
      ['2', '2026-11-26T10:00:00+08:00', 'tester', 'article.imported', 'article:2'],
      ['3', '2026-11-26T10:00:00+08:00', 'mei', 'takedown.opened', 'request:R1'],
    ]);
    expect(JSON.parse(rows[2][5])).toEqual({ articles: [2], due: '2026-12-01', late: true });
    // The JSON is the log as recorded (and hashed): the subject keeps its plain number.
    const json = JSON.parse((await t.arca(['log', '--request', 'R1', '--json'])).stdout);
    expect(json.map((e: { subject: string }) => e.subject)).toEqual(['request:1']);
  });

  it('filters by article (id or URL) and keeps the newest entries with --limit', async () => {
    const byUrl = JSON.parse(
      (await t.arca(['log', '--article', 'http://www.bsjcy.example.cn/art/2025/7/2/art_88.html', '--json'])).stdout,
    );
    expect(byUrl.map((e: { seq: number; subject: string }) => [e.seq, e.subject])).toEqual([[2, 'article:2']]);
    expect(byUrl[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.arca(['log', '--limit', '1'])).stdout.split('\t')[0]).toBe('2');
  });

  it('refuses a limit that is not a number', async () => {
    const r = await t.arca(['log', '--limit', 'ten']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      'arca: error: --limit needs a whole number of at least 1 (got "ten")',
    ]);
  });
});

it('log leads its help with examples', async () => {
  expect((await t.arca(['log', '--help'])).stdout).toMatch(/Examples:\n {2}\$ arca log --request R3\n/);
});
