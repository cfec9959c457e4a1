/**
 * Numbers a person or a stored setting gives arca are bounded where they are read (issue 20): windows
 * 1–3650 days, ids and limits below 2^53. Each refusal is a usage error naming the value.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  const page = path.join(t.dir, 'page.json');
  fs.writeFileSync(
    page,
    JSON.stringify({ title: '渡口夜航公告', body: '渡船恢复夜间班次。', published: '2026-11-01' }),
  );
  expect((await t.arca(['import', page])).code).toBe(0);
});
afterEach(() => t.cleanup());

const firstLine = async (args: string[]) => {
  const r = await t.arca(args);
  return [r.code, r.stderr.split('\n')[0]];
};

describe('windows', () => {
  it('config set refuses a window past ten years, and keeps the old one', async () => {
    expect(await firstLine(['config', 'set', 'window-days', '99999999999999999999'])).toEqual([
      2,
      'arca: error: window-days is too long: at most 3650 days (got "99999999999999999999")',
    ]);
    expect(await firstLine(['config', 'set', 'window-days', '3651'])).toEqual([
      2,
      'arca: error: window-days is too long: at most 3650 days (got "3651")',
    ]);
    expect((await t.arca(['config', 'set', 'window-days', '3650'])).code).toBe(0);
    expect((await t.arca(['config', 'get', 'window-days'])).stdout).toBe('3650\n');
  });

  it('takedown open names an absurd stored default instead of dying on an invalid date', async () => {
    // An archive an older arca let take 1e20.
    const db = new Database(t.db);
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('window-days', '100000000000000000000')").run();
    db.close();
    expect(await firstLine(['takedown', 'open', '1', '--claimant', '岸边影像'])).toEqual([
      2,
      'arca: error: the default window is too long: 100000000000000000000 days (at most 3650)',
    ]);
  });

  it('takedown open --days past ten years is a usage error', async () => {
    expect(await firstLine(['takedown', 'open', '1', '--claimant', '岸边影像', '--days', '3000000'])).toEqual([
      2,
      'arca: error: the --days override is too long: 3000000 days (at most 3650)',
    ]);
  });
});

describe('ids and limits', () => {
  it('past 2^53 are usage errors, not database errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 2n ** 53n, max: 10n ** 30n }),
        fc.constantFrom(
          ['log', '--limit', ''],
          ['log', '--request', ''],
          ['log', '--request', 'R'],
          ['takedown', 'show', 'R'],
        ),
        async (n, [command, flag, prefix]) => {
          const [code, line] = await firstLine([command, flag, `${prefix}${n}`]);
          expect(code).toBe(2);
          expect(line).toMatch(/is too large: at most 9007199254740991 \(got "R?\d+"\)$/);
        },
      ),
      { numRuns: 15 },
    );
  });
});
