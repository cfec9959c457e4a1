/**
 * arca as a command installed from its tarball. `npm pack` uses the built dist/ and man/ (npm run build,
 * as every e2e test needs); `npm install -g` puts it into a temp prefix, taking what npm's cache lacks from
 * the registry (better-sqlite3 may compile there: a minute or two). Only when the registry cannot be
 * reached is that test skipped, with the reason; the packed files are still run in place with the
 * project's dependencies.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, FIXTURES, ROOT } from '../helpers/arca.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-pack-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];
const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync('npm', [...args, ...QUIET], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env },
  });

// Packed without running `prepare` again: a rebuild would rewrite dist/ under the other e2e tests.
const packed = npm(['pack', '--ignore-scripts', '--pack-destination', temp], ROOT);
const tarball = path.join(temp, `arca-${version}.tgz`);
const prefix = path.join(temp, 'prefix');

/** npm's errors when the registry cannot be reached (or, offline, its cache lacks a package). */
const UNREACHABLE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED)\b/;

interface Install {
  code: number | null;
  stderr: string;
}
/** Started at once: the install takes minutes and runs while the other tests of this file do. */
const installing: Promise<Install> | undefined =
  packed.status !== 0
    ? undefined
    : new Promise((resolve, reject) => {
        const child = spawn('npm', ['install', '-g', '--prefer-offline', ...QUIET, '--prefix', prefix, tarball], {
          cwd: temp,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });

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

  it(
    'installs with npm install -g into a prefix and runs as `arca`, with its man page',
    { timeout: 600_000 },
    async (ctx) => {
      expect(installing, packed.stderr).toBeDefined();
      const install = await installing!;
      const unreachable = install.code !== 0 ? UNREACHABLE.exec(install.stderr) : null;
      // Only a registry out of reach skips; any other failure of the install is this test failing.
      if (unreachable) ctx.skip(`npm registry unreachable (${unreachable[1]}): the install needs it`);
      expect(install.code, install.stderr).toBe(0);
      const bin = path.join(prefix, 'bin', 'arca');
      expect(fs.existsSync(bin)).toBe(true);
      runsAsCommand(bin, 'installed.db');
      expect(fs.existsSync(path.join(prefix, 'share', 'man', 'man1', 'arca.1'))).toBe(true);
    },
  );
});
