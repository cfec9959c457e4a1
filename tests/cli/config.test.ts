import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArchive } from '../helpers/archive.js';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;
// An empty archive: config on a path with no archive is refused (missing-archive.test.ts).
beforeEach(async () => {
  t = tempCliArchive();
  (await newArchive(t.db)).close();
});
afterEach(() => t.cleanup());

describe('arca config', () => {
  it('shows every setting, and one alone as a bare value', async () => {
    // newArchive writes only the zone: language reads its default, zh (an archive from before the setting).
    expect((await t.arca(['config', 'get'])).stdout).toBe(
      'window-days\t30\ntimezone\tAsia/Shanghai\ntsa\t\ncounter-days\t15\nlanguage\tzh\nsite-name\t\nsite-url\t\ncontact\t\naddress\t\n',
    );
    expect((await t.arca(['config', 'get', 'window-days'])).stdout).toBe('30\n');
    expect(JSON.parse((await t.arca(['config', 'get', '--json'])).stdout)).toEqual([
      { key: 'window-days', value: 30 },
      { key: 'timezone', value: 'Asia/Shanghai' },
      { key: 'tsa', value: null },
      { key: 'counter-days', value: 15 },
      { key: 'language', value: 'zh' },
      { key: 'site-name', value: null },
      { key: 'site-url', value: null },
      { key: 'contact', value: null },
      { key: 'address', value: null },
    ]);
  });

  it('sets the default window, which new requests then use, and logs the change', async () => {
    const set = await t.arca(['config', 'set', 'window-days', '15'], { env: { ARCA_ACTOR: 'mei' } });
    expect([set.code, set.stderr]).toEqual([0, 'window-days: 30 → 15\n']);
    expect((await t.arca(['config', 'get', 'window-days'])).stdout).toBe('15\n');
    const log = JSON.parse((await t.arca(['log', '--json'])).stdout);
    expect(
      log.map((e: { actor: string; action: string; subject: string; details: unknown }) => [
        e.actor,
        e.action,
        e.subject,
        e.details,
      ]),
    ).toEqual([['mei', 'config.set', 'config:window-days', { from: 30, to: 15 }]]);

    // An article whose disclaimer names no window gets the archive default.
    const page = path.join(t.dir, 'page.json');
    fs.writeFileSync(
      page,
      JSON.stringify({
        title: 'Harbour ferry timetable changes',
        body: 'The last ferry now leaves at ten.',
        published: '2026-11-01',
      }),
    );
    expect((await t.arca(['import', page])).code).toBe(0);
    const open = JSON.parse(
      (await t.arca(['takedown', 'open', '1', '--claimant', 'Gull Point Media', '--json'])).stdout,
    );
    expect(open.due).toBe('2026-12-11');
  });

  it('stores a time zone in its canonical spelling', async () => {
    expect((await t.arca(['config', 'set', 'timezone', 'europe/berlin'])).code).toBe(0);
    expect((await t.arca(['config', 'get', 'timezone'])).stdout).toBe('Europe/Berlin\n');
  });

  it.each([
    [['config', 'set', 'window-days', '0'], 'arca: error: window-days needs a whole number of at least 1 (got "0")'],
    [
      ['config', 'set', 'counter-days', '15d'],
      'arca: error: counter-days needs a whole number of at least 1 (got "15d")',
    ],
    [
      ['config', 'set', 'timezone', 'Mars/Olympus'],
      'arca: error: unknown time zone "Mars/Olympus" (use an IANA name such as Asia/Shanghai or UTC)',
    ],
    [
      ['config', 'get', 'colour'],
      'arca: error: unknown setting "colour" (known: window-days, timezone, tsa, counter-days, language, site-name, site-url, contact, address)',
    ],
    [
      ['config', 'set', 'colour', 'red'],
      'arca: error: unknown setting "colour" (known: window-days, timezone, tsa, counter-days, language, site-name, site-url, contact, address)',
    ],
  ])('%j is a usage error', async (args, message) => {
    const r = await t.arca(args);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, message]);
  });
});

it('config get and set lead their help with examples', async () => {
  expect((await t.arca(['config', 'get', '--help'])).stdout).toMatch(/Examples:\n {2}\$ arca config get\n/);
  expect((await t.arca(['config', 'set', '--help'])).stdout).toMatch(
    /Examples:\n {2}\$ arca config set window-days 15\n/,
  );
});
