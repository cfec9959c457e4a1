/** The exported HTML site in a real browser: the process that matters here is Chromium's. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');
/** examples/ then two e2e pages (ids 1–8), then a record with hostile title and body (id 9). */
const SEED = [path.join(ROOT, 'examples'), path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')];
const HOSTILE = {
  title: '<script>alert(1)</script>',
  published: '2025-01-02',
  source: 'Night Owl Gazette',
  body: 'First line <img src=x onerror=alert(1)>\nSecond line & more',
  original_url: 'javascript:alert(1)',
  disclaimer: 'Rights holders may contact us within 30 days.',
};

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

async function seed(): Promise<void> {
  expect((await t.arca(['-q', 'import', ...SEED])).code).toBe(0);
}

async function importRecords(records: object[]): Promise<void> {
  const r = await t.arca(['-q', 'import', '--format', 'ndjson', '-'], {
    input: records.map((x) => JSON.stringify(x)).join('\n'),
  });
  expect([r.code, r.stderr]).toEqual([0, '']);
}

async function exported(): Promise<Array<{ title: string }>> {
  const r = await t.arca(['-q', 'export']);
  expect(r.code).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title: string });
}

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);

/** The DOM Chromium renders from a file, and its log (console messages and CSP violations land there). */
function renderInChromium(file: string): { dom: string; log: string } {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-chromium-'));
  try {
    const r = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--enable-logging=stderr',
        '--dump-dom',
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 15_000 },
    );
    expect(r.status).toBe(0);
    return { dom: r.stdout, log: r.stderr };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

describe('the html site in a browser', () => {
  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders in headless Chromium: every title in the index, hostile text inert, no script or CSP error'
      : `renders in headless Chromium (skipped: Chromium is absent, no ${CHROMIUM}; apt-get install chromium)`,
    async () => {
      await seed();
      await importRecords([HOSTILE]);
      const dir = path.join(t.dir, 'site');
      expect((await t.arca(['-q', 'export', '--format', 'html', '--out', dir])).code).toBe(0);

      const index = renderInChromium(path.join(dir, 'index.html'));
      const rows = DomUtils.getElementsByTagName('tr', parseDocument(index.dom)).slice(1);
      expect(rows.map((row) => DomUtils.textContent(DomUtils.getElementsByTagName('td', row)[2]!))).toEqual(
        (await exported()).map((a) => a.title),
      );
      // The sort script and style run under the page's own CSP: a hash mismatch or a script error would log here.
      expect(index.log).not.toContain('CONSOLE');

      const hostile = renderInChromium(path.join(dir, '000009-_script_alert(1)_script_.html'));
      const page = parseDocument(hostile.dom);
      expect(DomUtils.textContent(DomUtils.getElementsByTagName('h1', page)[0]!)).toBe('<script>alert(1)</script>');
      expect(DomUtils.getElementsByTagName('script', page)).toEqual([]);
      expect(DomUtils.getElementsByTagName('img', page)).toEqual([]);
      expect(hostile.log).not.toContain('CONSOLE');
    },
    20_000,
  );
});
