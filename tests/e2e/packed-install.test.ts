/**
 * arca as a command installed from its tarball. `npm pack` uses the built dist/ and man/ (npm run build,
 * as every e2e test needs); `npm install -g` puts it into a temp prefix, taking what npm's cache lacks from
 * the registry. better-sqlite3's install script fetches its prebuilt binary from a mirror, as an operator
 * behind a firewall sets one (`npm_config_better_sqlite3_binary_host`): here the project's own build,
 * served from this process. Without it the install compiles SQLite, three minutes of both cores here that
 * slow every other test; a version the mirror lacks still compiles. Only when the registry cannot be
 * reached is that test skipped, with the reason; the packed files are still run in place with the
 * project's dependencies.
 */
import { createHash } from 'node:crypto';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

const SQLITE = path.join(ROOT, 'node_modules', 'better-sqlite3');
const sqliteVersion = (JSON.parse(fs.readFileSync(path.join(SQLITE, 'package.json'), 'utf8')) as { version: string })
  .version;
/** The file prebuild-install asks a mirror for (glibc Linux and the other platforms it names without a libc). */
const binaryPath = `/v${sqliteVersion}/better-sqlite3-v${sqliteVersion}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
const binary = path.join(temp, 'better-sqlite3-binary.tar.gz');
spawnSync('tar', ['czf', binary, '-C', SQLITE, 'build/Release/better_sqlite3.node']);

/** A mirror of one file, on a port of its own; anything else is not there. */
async function startMirror(): Promise<{ host: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    if (req.url !== binaryPath) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/gzip' });
    fs.createReadStream(binary).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, close: () => server.close() };
}

/**
 * prebuild-install keeps what it downloads in npm's cache, named after the URL: the mirror's port differs
 * every run, so its copy is removed rather than left to pile up.
 */
function forgetCachedBinary(host: string): void {
  const url = host + binaryPath;
  const cache = process.env.npm_config_cache ?? path.join(os.homedir(), '.npm');
  const digest = createHash('sha512').update(url).digest('hex').slice(0, 6);
  fs.rmSync(path.join(cache, '_prebuilds', `${digest}-${path.basename(url).replace(/[^a-zA-Z0-9.]+/g, '-')}`), {
    force: true,
  });
}

/** Started at once: the install takes a while and runs while the other tests of this file do. */
const installing: Promise<Install> | undefined =
  packed.status !== 0
    ? undefined
    : startMirror().then(
        (mirror) =>
          new Promise<Install>((resolve, reject) => {
            const child = spawn('npm', ['install', '-g', '--prefer-offline', ...QUIET, '--prefix', prefix, tarball], {
              cwd: temp,
              stdio: ['ignore', 'ignore', 'pipe'],
              env: { ...process.env, npm_config_better_sqlite3_binary_host: mirror.host },
            });
            let stderr = '';
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
            child.on('error', reject);
            child.on('close', (code) => {
              mirror.close();
              forgetCachedBinary(mirror.host);
              resolve({ code, stderr });
            });
          }),
      );

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
