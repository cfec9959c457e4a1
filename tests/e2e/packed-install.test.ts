/**
 * arca as a command installed from its tarball. `npm pack` uses the built dist/ and man/ (npm run build,
 * as every e2e test needs); the install runs offline, from npm's cache, into a temp prefix. Where the cache
 * cannot serve every dependency (or better-sqlite3 cannot be built without the network), that test is
 * skipped with one line; the packed files are still run in place with the project's dependencies.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, FIXTURES, ROOT } from '../helpers/arca.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-pack-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env },
  });

// Packed without running `prepare` again: a rebuild would rewrite dist/ under the other e2e tests.
const packed = npm(['pack', '--ignore-scripts', '--pack-destination', temp], ROOT);
const tarball = path.join(temp, `arca-${version}.tgz`);
const prefix = path.join(temp, 'prefix');
const installed =
  packed.status === 0 ? npm(['install', '-g', '--offline', '--prefix', prefix, tarball], temp) : undefined;
const installSkipped =
  installed?.status !== 0 ? (installed?.stderr ?? '').split('\n').find((l) => l.trim()) : undefined;
if (installSkipped !== undefined)
  console.warn(`packed install skipped: npm cannot install offline here (${installSkipped.trim()})`);

/** `arca --version`, `import` and `list` through `bin`, as a user's shell runs them, with an archive of its own. */
function runsAsCommand(bin: string, archive: string): void {
  const run = (args: string[]) => {
    const env = { ...process.env, ARCA_DB: path.join(temp, archive), ARCA_NOW: FIXED_NOW, ARCA_TZ: 'UTC' };
    const r = spawnSync(bin, args, { encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  expect(run(['--version']).stdout).toMatch(
    new RegExp(`^arca ${version.replace(/\./g, '\\.')}\nSQLite \\d+\\.\\d+\\.\\d+\narchive schema \\d+\n$`),
  );
  expect(run(['import', path.join(FIXTURES, 'e2e', 'court.txt')])).toMatchObject({ code: 0 });
  const listed = run(['list']);
  expect(listed.code).toBe(0);
  expect(listed.stdout.split('\n').filter(Boolean)).toHaveLength(1);
}

describe('the npm package', () => {
  it('packs bin, dist, the man page, the LICENSE and the README', () => {
    expect(packed.status, packed.stderr).toBe(0);
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of ['bin/arca', 'dist/cli.js', 'man/arca.1', 'LICENSE', 'README.md', 'package.json']) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/tests/'))).toBe(false);
  });

  it('its files run on their own, with the project’s dependencies', () => {
    const unpacked = path.join(temp, 'unpacked');
    fs.mkdirSync(unpacked);
    expect(spawnSync('tar', ['xzf', tarball, '-C', unpacked]).status).toBe(0);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(unpacked, 'package', 'node_modules'));
    runsAsCommand(path.join(unpacked, 'package', 'bin', 'arca'), 'unpacked.db');
  });

  it.skipIf(installSkipped !== undefined)('installs with npm install -g into a prefix and runs as `arca`', () => {
    const bin = path.join(prefix, 'bin', 'arca');
    expect(fs.existsSync(bin)).toBe(true);
    runsAsCommand(bin, 'installed.db');
    expect(fs.existsSync(path.join(prefix, 'share', 'man', 'man1', 'arca.1'))).toBe(true);
  });
});
