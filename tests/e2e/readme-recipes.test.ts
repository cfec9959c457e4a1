/**
 * Every line of the README's "Shell recipes" runs in bash against a small archive: a recipe that
 * stops working on real data (empty fields, R ids) fails here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runArca } from '../helpers/arca.js';

/** The recipes: each command of the README's sh block (a line ending in | continues on the next). */
function recipes(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## Shell recipes\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands: string[] = [];
  let pending = '';
  for (const line of block.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    pending += `${pending ? '\n' : ''}${line}`;
    if (!/\|\s*$/.test(line)) {
      commands.push(pending);
      pending = '';
    }
  }
  return commands;
}

/** A crontab line is run as its command. */
const command = (recipe: string) => recipe.replace(/^(\S+\s+){5}(?=arca )/, '');

let home: string;
let db: string;
beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-recipes-'));
  db = path.join(home, 'archive.db');
  fs.mkdirSync(path.join(home, 'backups'));
  fs.mkdirSync(path.join(home, 'calendars'));
  fs.mkdirSync(path.join(home, 'bin'));
  fs.writeFileSync(path.join(home, 'bin', 'arca'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
    mode: 0o755,
  });
  // Article 3 names no source: its TSV row has an empty field, as real pages often do.
  const record = JSON.stringify({
    title: 'Harbour ferry timetable changes',
    body: 'The last ferry now leaves at ten.',
    published: '2024-06-01',
  });
  const arca = (args: string[], input?: string) => runArca(['--db', db, ...args], { input });
  expect(
    arca(['import', path.join(FIXTURES, 'e2e', 'court.txt'), path.join(FIXTURES, 'e2e', 'procuratorate.txt')]).code,
  ).toBe(0);
  expect(arca(['import', '--format', 'ndjson', '-'], `${record}\n`).code).toBe(0);
  expect(arca(['takedown', 'open', '2', '--claimant', 'Willow Bank Studio', '--received', '2026-11-01']).code).toBe(0);
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function bash(script: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
    cwd: home,
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: home,
      PATH: `${path.join(home, 'bin')}:${process.env.PATH}`,
      ARCA_DB: db,
      ARCA_TZ: 'Asia/Shanghai',
      ARCA_NOW: '2026-11-26T10:00:00+08:00',
      ARCA_ACTOR: 'tester',
    },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("the README's shell recipes", () => {
  const all = recipes();

  it('are found', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  for (const recipe of all) {
    it(`runs: ${recipe.split('  #')[0]}`, () => {
      const r = bash(command(recipe));
      // The archive holds an overdue request: check says so with exit 3, as the crontab line expects.
      const expected = recipe.includes('takedown check') ? 3 : 0;
      expect(r.code, r.stderr).toBe(expected);
      if (expected === 0) expect(r.stderr).not.toContain('arca: error');
    });
  }

  it('the awk recipes keep empty fields: the article without a source is found, its field held by "-"', () => {
    const [awk] = all.filter((r) => r.includes(`'$3 == ""`));
    expect(bash(awk).stdout).toBe('3\n');
    const [placeholder] = all.filter((r) => r.includes('IFS='));
    expect(bash(placeholder).stdout).toBe('2 白石市人民检察院\n3 -\n1 青川县人民法院\n');
  });

  it('the reply-letter recipe writes one letter per overdue request, named by its R id', () => {
    const [letters] = all.filter((r) => r.includes('reply-$id'));
    expect(bash(letters).code).toBe(0);
    // R1 (received 2026-11-01, a 15-day window) is overdue on 2026-11-26.
    expect(fs.readFileSync(path.join(home, 'reply-R1.txt'), 'utf8')).toContain('Willow Bank Studio');
  });
});
