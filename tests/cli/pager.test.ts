/** Long terminal output goes through a pager; short output, piped output and --no-pager do not. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

const t = tempCliArchive();
const ARTICLES = 30;

beforeAll(async () => {
  const records = Array.from({ length: ARTICLES }, (_, i) =>
    JSON.stringify({
      title: `渡口新闻第${i + 1}篇`,
      published: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      source: '晴川县融媒体中心',
      body: `第${i + 1}篇的正文。`,
      original_url: `http://news.qingchuan.example/ferry/${i + 1}.html`,
    }),
  );
  const file = path.join(t.dir, 'records.ndjson');
  fs.writeFileSync(file, `${records.join('\n')}\n`);
  expect((await t.arca(['import', file])).code).toBe(0);
});
afterAll(() => t.cleanup());

const lines = (text: string) => text.split('\n').filter(Boolean).length;

describe('the pager', () => {
  it('on a terminal, list taller than the screen goes through less -FRX, every row included', async () => {
    const r = await t.arca(['list'], { tty: true, rows: 24 });
    expect(r.code).toBe(0);
    expect(r.pager).toBe('less -FRX');
    expect(lines(r.stdout)).toBe(ARTICLES + 1); // the header, then every article: paged, not truncated
  });

  it('output that fits on the screen is written straight out', async () => {
    const r = await t.arca(['list', '--limit', '5'], { tty: true, rows: 24 });
    expect(r.pager).toBeUndefined();
    expect(lines(r.stdout)).toBe(6);
  });

  it('the screen’s height decides', async () => {
    expect((await t.arca(['list', '--limit', '5'], { tty: true, rows: 6 })).pager).toBe('less -FRX');
  });

  it('piped output is never paged and stays complete', async () => {
    const r = await t.arca(['list']);
    expect(r.pager).toBeUndefined();
    expect(lines(r.stdout)).toBe(ARTICLES);
  });

  it('--no-pager writes straight to the terminal', async () => {
    const r = await t.arca(['list', '--no-pager'], { tty: true });
    expect(r.pager).toBeUndefined();
    expect(lines(r.stdout)).toBe(ARTICLES + 1);
  });

  it('$ARCA_PAGER, then $PAGER, choose the pager; an empty ARCA_PAGER or PAGER=cat turns it off', async () => {
    expect((await t.arca(['list'], { tty: true, env: { ARCA_PAGER: 'most', PAGER: 'more' } })).pager).toBe('most');
    expect((await t.arca(['list'], { tty: true, env: { PAGER: 'more' } })).pager).toBe('more');
    expect((await t.arca(['list'], { tty: true, env: { ARCA_PAGER: '', PAGER: 'more' } })).pager).toBeUndefined();
    expect((await t.arca(['list'], { tty: true, env: { PAGER: 'cat' } })).pager).toBeUndefined();
  });

  it('log on a terminal pages too', async () => {
    const r = await t.arca(['log'], { tty: true });
    expect(r.pager).toBe('less -FRX');
    expect(lines(r.stdout)).toBe(ARTICLES + 1);
  });

  it('a usage error starts no pager', async () => {
    const r = await t.arca(['list', '--since', 'yesterday'], { tty: true });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.pager).toBeUndefined();
  });
});
