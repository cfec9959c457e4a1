import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSI, FIXTURES } from '../helpers/arca.js';
import { runCli, tempCliArchive } from '../helpers/cli.js';
import { NO_SHARED, SAMPLE_DIR } from '../helpers/shared.js';

const E2E = path.join(FIXTURES, 'e2e');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(() => {
  t = tempCliArchive();
});
afterEach(() => t.cleanup());

describe('import → list → show', () => {
  it('imports text pages and lists them newest first as TSV when piped', async () => {
    const imp = await t.arca(['import', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')]);
    expect(imp.stderr).toContain('imported 2, updated 0, duplicates 0, failed 0');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toBe('');
    const list = await t.arca(['list']);
    expect(list.code).toBe(0);
    const rows = list.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows).toEqual([
      ['2', '2025-07-02', '白石市人民检察院', '白石市检察院开展未成年人保护专项监督', '2025-07-17', 'active'],
      ['1', '2024-03-18', '青川县人民法院', '青川县人民法院启用智慧调解中心 群众纠纷就近化解', '2024-04-17', 'active'],
    ]);
    expect(list.stdout).not.toMatch(ANSI);
  });

  it('show --json gives every field of the article shape', async () => {
    await t.arca(['import', path.join(E2E, 'court.txt')]);
    const show = await t.arca(['show', '1', '--json']);
    expect(show.code).toBe(0);
    const a = JSON.parse(show.stdout);
    expect(a).toMatchObject({
      id: 1,
      title: '青川县人民法院启用智慧调解中心 群众纠纷就近化解',
      site: '法治资讯网',
      category: '地方资讯',
      published: '2024-03-18',
      source: '青川县人民法院',
      author: '佚名',
      editor: null,
      views: null,
      original_url: 'http://www.qcfy.example.cn/news/detail.php?id=1024',
      window_days: 30,
      window_ends: '2024-04-17',
      status: 'active',
      imported_at: '2026-11-26T10:00:00+08:00',
    });
    expect(a.body.split('\n')).toHaveLength(3);
    expect(a.body).not.toMatch(/联系电话|版权所有|欢迎访问/);
    expect(a.disclaimer).toContain('请在30日内与本网联系');
    expect(a.provenance.path).toBe(path.join(E2E, 'court.txt'));
    expect(a.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('show --raw reproduces the imported bytes, matching the recorded sha256', async () => {
    await t.arca(['import', path.join(E2E, 'court.txt')]);
    const raw = (await t.arca(['show', '1', '--raw'])).stdoutBytes;
    expect(raw.equals(fs.readFileSync(path.join(E2E, 'court.txt')))).toBe(true);
    const sha = JSON.parse((await t.arca(['show', '1', '--json'])).stdout).provenance.sha256;
    expect(createHash('sha256').update(raw).digest('hex')).toBe(sha);
  });

  it('show finds an article by its original URL', async () => {
    await t.arca(['import', E2E]);
    const show = await t.arca(['show', 'http://www.bsjcy.example.cn/art/2025/7/2/art_88.html', '--json']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).window_days).toBe(15);
  });

  it('re-importing the same folder adds nothing and reports duplicates', async () => {
    await t.arca(['import', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')]);
    const again = await t.arca(['import', '--json', path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')]);
    expect(again.code).toBe(0);
    const result = JSON.parse(again.stdout);
    expect(result).toMatchObject({ imported: 0, updated: 0, duplicates: 2, failed: 0 });
    expect(result.items.map((i: { duplicate_of: number }) => i.duplicate_of)).toEqual([1, 2]);
    expect((await t.arca(['list'])).stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a bad NDJSON line fails alone, with its line number, and exits 1', async () => {
    const r = await t.arca(['import', '--json', path.join(E2E, 'records.ndjson')]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ imported: 2, failed: 1 });
    const failed = result.items.find((i: { status: string }) => i.status === 'failed');
    expect(failed.line).toBe(2);
    expect(r.stderr).toContain(`arca: error: ${path.join(E2E, 'records.ndjson')}:2: `);
    expect((await t.arca(['list'])).stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('an empty file and a binary file fail clearly and store nothing', async () => {
    const r = await t.arca(['import', path.join(E2E, 'empty.txt'), path.join(E2E, 'binary.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(E2E, 'empty.txt')}: empty file`);
    expect(r.stderr).toContain(`${path.join(E2E, 'binary.txt')}: not text`);
    expect((await t.arca(['list'])).stdout).toBe('');
  });

  it.skipIf(NO_SHARED)('imports the real sample page with its fields and no site chrome in the body', async () => {
    const r = await t.arca(['import', SAMPLE_DIR]);
    expect(r.code).toBe(0);
    const a = JSON.parse((await t.arca(['show', '1', '--json'])).stdout);
    expect(a).toMatchObject({
      published: '2019-11-13',
      source: '黑龙江省高级人民法院',
      author: '佚名',
      window_days: 30,
      original_url: 'http://www.hljcourt.gov.cn/public/detail.php?id=39907',
      category: '资讯速递',
      site: '政策法规网',
    });
    expect(a.title).toMatch(/^同频共振/);
    expect(a.body).not.toMatch(/联系电话|办公区|版权所有|欢迎访问|原文链接|免责声明/);
    expect(a.body.startsWith('8月7日')).toBe(true);
  });
});

describe('filters', () => {
  beforeEach(async () => {
    await t.arca(['import', E2E]);
  });

  it('filters by source, dates and window against ARCA_NOW', async () => {
    const ids = async (args: string[]) =>
      (await t.arca(['list', ...args])).stdout
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(await ids(['--source', '检察院'])).toEqual(['2']);
    expect(await ids(['--since', '2024-01-01', '--until', '2024-12-31'])).toEqual(['4', '1']);
    expect(await ids(['--sort', 'published', '--asc'])).toEqual(['3', '1', '4', '2']);
    expect(await ids(['--limit', '1', '--offset', '1'])).toEqual(['4']);
    expect(await ids(['--window', 'open'])).toEqual([]);
    expect(await ids(['--window', 'open'])).toEqual([]);
    const open = await t.arca(['list', '--window', 'open'], { env: { ARCA_NOW: '2025-07-10T12:00:00+08:00' } });
    expect(open.stdout.split('\t')[0]).toBe('2');
  });

  it('rejects a bad date or value as a usage error (exit 2)', async () => {
    const r = await t.arca(['list', '--since', '2024-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^arca: error: --since needs a date such as 2026-11-20, 2026\/11\/20, 2026.11.20 or 2026年11月20日/,
    );
    expect((await t.arca(['list', '--status', 'gone'])).code).toBe(2);
    expect((await t.arca(['list', '--limit', 'ten'])).code).toBe(2);
  });
});

describe('usage and archive errors', () => {
  it('an unknown flag exits 2 with one clear line', async () => {
    const r = await t.arca(['list', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^arca: error: unknown option '--colour'/);
  });

  it('a file that is not an arca archive is refused with exit 1, not a crash', async () => {
    const bogus = path.join(t.dir, 'notes.db');
    fs.writeFileSync(bogus, 'just some notes\n');
    const r = await runCli(['--db', bogus, 'list']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`arca: error: ${bogus} is not an arca archive (not an SQLite database)`);
    expect(fs.readFileSync(bogus, 'utf8')).toBe('just some notes\n');
  });

  it('help leads with examples and exits 0', async () => {
    for (const cmd of [[], ['import'], ['list'], ['show']]) {
      const r = await runCli([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });
});
