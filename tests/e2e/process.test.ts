/** What only a real process shows: the first run on a machine, and the installed entry point answering. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteVersion } from '../../src/db/connection.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { BIN, FIXED_NOW, FIXTURES, ROOT, runArca, tempArchive } from '../helpers/arca.js';
import { runCli } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');

let t: ReturnType<typeof tempArchive>;
beforeEach(() => {
  t = tempArchive();
});
afterEach(() => t.cleanup());

describe('bin/arca', () => {
  it('creates the default archive under XDG_DATA_HOME with its folders', () => {
    const xdg = path.join(t.dir, 'xdg');
    const r = runArca(['import', path.join(E2E, 'court.txt')], { env: { XDG_DATA_HOME: xdg, ARCA_DB: undefined } });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(xdg, 'arca', 'archive.db'))).toBe(true);
  });

  it('--version prints the package version, the SQLite version and the archive schema version, and exits 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      expect(runArca([flag])).toMatchObject({
        code: 0,
        stdout: `arca ${version}\nSQLite ${sqliteVersion()}\narchive schema ${SCHEMA_VERSION}\n`,
      });
    }
  });

  it('ends quietly with exit 0 when the reader closes the pipe early (arca export | head)', async () => {
    // Far more than a pipe holds, so arca is still writing when head has gone.
    const records = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        title: `滨江渡口第${i + 1}期通告`,
        published: '2025-03-01',
        source: '滨江日报',
        body: `第${i + 1}期：${'渡口今日照常通航。'.repeat(120)}`,
        original_url: `http://bj.example/notice/${i + 1}`,
      }),
    ).join('\n');
    expect((await runCli(['--db', t.db, 'import', '-q', '--format', 'ndjson', '-'], { input: records })).code).toBe(0);
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "$0" "$1" --db "$2" export | head -c 100 > /dev/null`, process.execPath, BIN, t.db],
      {
        env: { ...process.env, ARCA_NOW: FIXED_NOW, ARCA_TZ: 'Asia/Shanghai' },
        encoding: 'utf8',
      },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});
