import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXED_NOW, FIXTURES, tempArchive, type RunResult } from '../helpers/arca.js';

const LIBRARY_GBK = fs.readFileSync(path.join(FIXTURES, 'import-e2e', 'library-gbk-undeclared.html'));
const LIBRARY_TITLE = '雁湖市图书馆延长夜间开放时间';
const OVERSIZED = Buffer.alloc(4096, '<p>x</p>');

/** Requests per path, to prove the CLI asks a bounded number of times. */
const hits = new Map<string, number>();
/** A page of 60 000 short blocks (9 MB): downloaded in milliseconds, parsed in seconds. */
const WIDE = Buffer.from(
  `<html><head><title>渡口</title></head><body>${Array.from(
    { length: 60_000 },
    (_, i) => `<div class="c"><p>雁湖渡口夜航恢复,末班船延至晚十点,第${i}班。</p><span>附</span></div>`,
  ).join('')}</body></html>`,
);
/** Paths whose response was sent in full. */
const finished = new Set<string>();

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  hits.set(url, (hits.get(url) ?? 0) + 1);
  switch (url) {
    case '/news/library.html':
      // The page declares no charset itself: only the header says GBK.
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK', 'content-length': LIBRARY_GBK.length });
      res.end(LIBRARY_GBK);
      return;
    case '/moved-permanently':
      res.writeHead(301, { location: '/news/library.html' }).end();
      return;
    case '/moved-temporarily':
      res.writeHead(302, { location: '/news/library.html' }).end();
      return;
    case '/loop':
      res.writeHead(302, { location: '/loop' }).end();
      return;
    case '/big-declared.html':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': OVERSIZED.length });
      res.end(OVERSIZED);
      return;
    case '/big-streamed.html':
      // No content-length: the cap must hold while reading the body.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(OVERSIZED);
      return;
    case '/wide.html':
      res.on('finish', () => finished.add(url));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': WIDE.length });
      res.end(WIDE);
      return;
    case '/silent':
      return; // never answers; the socket is destroyed in afterAll
    default:
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  }
});

let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let t: ReturnType<typeof tempArchive>;
beforeEach(() => {
  t = tempArchive();
  hits.clear();
});
afterEach(() => t.cleanup());

const CHILD_LIMIT_MS = 15_000;

/**
 * Runs the built CLI without blocking this process: the server above answers from the test's own
 * event loop, which spawnSync would freeze. Killed if it outlives CHILD_LIMIT_MS.
 */
function arcaAsync(args: string[]): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARCA_NOW: FIXED_NOW,
    ARCA_TZ: 'Asia/Shanghai',
    ARCA_ACTOR: 'tester',
  };
  delete env.NO_COLOR;
  const child = spawn(process.execPath, [BIN, '--db', t.db, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  return new Promise((resolve, reject) => {
    const killer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`arca ${args.join(' ')} ran past ${CHILD_LIMIT_MS} ms`));
    }, CHILD_LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('import URL', () => {
  it('decodes a GBK page whose charset is only in the Content-Type header, and show names the encoding', async () => {
    const url = `${base}/news/library.html`;
    const r = await arcaAsync(['import', url]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'imported 1, updated 0, duplicates 0, failed 0\n' });

    const article = JSON.parse((await arcaAsync(['show', '1', '--json'])).stdout);
    expect(article).toMatchObject({
      title: LIBRARY_TITLE,
      site: '雁湖资讯网',
      category: '城市生活',
      source: '雁湖市文化和旅游局',
      author: '邵明远',
      views: 2318,
      body: '雁湖市图书馆自三月十日起将周一至周五的闭馆时间推迟到晚上九点，自习区同步延长开放。\n馆长宁静秋介绍，夜间时段将增派两名值班馆员，并开放二楼的少儿阅览室。',
      original_url: 'http://www.yanhu-wl.example/news/2025/0304.html',
      window_days: 30,
    });
    expect(article.provenance).toEqual({
      path: url,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      encoding: 'gb18030',
    });

    const lines = (await arcaAsync(['show', '1'])).stdout.split('\n');
    expect(lines).toContain(`provenance\t${url}`);
    expect(lines).toContain('encoding\tgb18030');
    expect(lines).toContain(`title\t${LIBRARY_TITLE}`);
  });

  it.each(['/moved-permanently', '/moved-temporarily'])(
    'follows the redirect at %s and records the URL as given',
    async (route) => {
      const url = `${base}${route}`;
      const r = await arcaAsync(['import', '--json', url]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).items).toEqual([
        { path: url, line: null, status: 'imported', id: 1, duplicate_of: null, error: null, warnings: [] },
      ]);
      expect(hits.get('/news/library.html')).toBe(1);
      const article = JSON.parse((await arcaAsync(['show', '1', '--json'])).stdout);
      expect(article.title).toBe(LIBRARY_TITLE);
      expect(article.provenance.path).toBe(url);
    },
  );

  it('fails a 404 naming the status, exit 1, nothing stored', async () => {
    const url = `${base}/missing.html`;
    const r = await arcaAsync(['import', url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `arca: error: ${url}: HTTP 404 Not Found`,
        'imported 0, updated 0, duplicates 0, failed 1',
        'arca: error: 1 of 1 items failed (named above)',
        '',
      ].join('\n'),
    );
    expect((await arcaAsync(['list'])).stdout).toBe('');
  });

  it('gives up on a redirect loop after a bounded number of requests', async () => {
    const r = await arcaAsync(['import', `${base}/loop`]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`arca: error: ${base}/loop: cannot fetch: redirect count exceeded`);
    expect(hits.get('/loop')).toBe(21);
  });

  it.each([
    ['/big-declared.html', 'too large (4096 bytes; the limit is 1024, see --max-size)'],
    ['/big-streamed.html', 'too large (more than 1024 bytes, see --max-size)'],
  ])('refuses %s over --max-size 1k', async (route, reason) => {
    const r = await arcaAsync(['import', '--max-size', '1k', `${base}${route}`]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`arca: error: ${base}${route}: ${reason}`);
  });

  it('counts parsing in --timeout: a page that downloads at once but parses slowly fails alone', async () => {
    const r = await arcaAsync(['import', '--timeout', '0.5', `${base}/wide.html`]);
    expect(finished.has('/wide.html')).toBe(true);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      1,
      `arca: error: ${base}/wide.html: timed out after 0.5 s (see --timeout)`,
    ]);
  });

  it('times out on a server that never answers under --timeout 1', async () => {
    // The default timeout (30 s) is past CHILD_LIMIT_MS: an ignored --timeout fails this test.
    const r = await arcaAsync(['import', '--timeout', '1', `${base}/silent`]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`arca: error: ${base}/silent: timed out after 1 s (see --timeout)`);
  });

  it('refuses an ftp:// URL before touching the archive', async () => {
    const r = await arcaAsync(['import', 'ftp://files.example/page.html']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'arca: error: ftp://files.example/page.html: only http and https URLs can be imported\n',
    });
    expect(fs.existsSync(t.db)).toBe(false);
  });
});
