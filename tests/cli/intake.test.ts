/** Complaints in: URLs however written, the e-mail intake on and off a terminal, corrections, attachments out. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const EMAIL = path.join(FIXTURES, 'email');
const mailFile = (name: string) => path.join(EMAIL, name);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  // 1: 青石镇 (30 days, own address …/1103.html), 2: 湖滨区 (15 days, …/1106.html), 3: the ferry (no own address).
  expect((await t.arca(['import', mailFile('articles.ndjson')])).code).toBe(0);
});
afterEach(() => t.cleanup());

const json = async (args: string[], options?: Parameters<typeof t.arca>[1]) => {
  const result = await t.arca([...args, '--json'], options);
  expect(result.stderr).not.toContain('error');
  return JSON.parse(result.stdout);
};

describe('an article found from any spelling of its URLs', () => {
  it.each([
    'https://www.example.org/news/2026/1103.html',
    'http://EXAMPLE.org:80/news/2026/1103.html/?utm_source=wechat&from=timeline#comments',
    'example.org/news/2026/1103.html',
    'https://court.qingshi.example/news/2026/1101.html', // its source's address
  ])('show %s', async (url) => {
    expect((await json(['show', url])).id).toBe(1);
  });

  it('a different query string is a different page: exit 1, saying which URLs were looked at', async () => {
    const result = await t.arca(['show', 'http://jcy.hubin.example/a/20261105.shtml?id=78']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'arca: error: no article with the URL http://jcy.hubin.example/a/20261105.shtml?id=78 ' +
        "(as its own address or its source's)\n",
    );
  });

  it('text that is no URL is a usage error', async () => {
    const result = await t.arca(['show', 'news-1103']);
    expect(result).toMatchObject({ code: 2, stderr: 'arca: error: "news-1103" is neither an article id nor a URL\n' });
  });

  it('search finds an article by its own address too, spelt another way', async () => {
    const hits = await json(['search', 'https://example.org/news/2026/1106.html?spm=a.b']);
    expect(hits.map((h: { id: number }) => h.id)).toEqual([2]);
  });

  it('import skips a page whose URL is another spelling of one archived', async () => {
    const copy = path.join(t.dir, 'copy.ndjson');
    fs.writeFileSync(
      copy,
      `${JSON.stringify({ title: '另一标题', body: '另一段正文，内容不同。', site_url: 'http://example.org/news/2026/1103.html/' })}\n`,
    );
    expect(await json(['import', copy])).toMatchObject({ imported: 0, duplicates: 1 });
  });
});

describe('the page’s own address (site_url)', () => {
  const page = (canonical: string) =>
    `<html><head><title>示例</title><link rel="canonical" href="${canonical}"></head><body><h1>公告标题</h1>` +
    `<p>这是一段足够长的正文内容，用来说明页面的地址从哪里来，以及它归谁所有：${canonical}。</p></body></html>`;

  it('is the canonical link while no site-url is set, and the source’s address once it points elsewhere', async () => {
    const file = path.join(t.dir, 'a.html');
    fs.writeFileSync(file, page('https://www.example.org/notice/7.html'));
    const [item] = (await json(['import', file])).items;
    expect(await json(['show', String(item.id)])).toMatchObject({
      site_url: 'https://www.example.org/notice/7.html',
      original_url: null,
    });

    expect((await t.arca(['config', 'set', 'site-url', 'https://www.example.org/'])).code).toBe(0);
    const other = path.join(t.dir, 'b.html');
    fs.writeFileSync(other, page('https://court.qingshi.example/notice/8.html'));
    const [second] = (await json(['import', other])).items;
    expect(await json(['show', String(second.id)])).toMatchObject({
      site_url: null,
      original_url: 'https://court.qingshi.example/notice/8.html',
    });
  });

  it('is --base-url plus the file’s path under the folder, index.html being the folder', async () => {
    const mirror = path.join(t.dir, 'mirror');
    fs.mkdirSync(path.join(mirror, 'notice', '2026'), { recursive: true });
    fs.writeFileSync(path.join(mirror, 'notice', '2026', '9.html'), page('/notice/2026/9.html'));
    fs.writeFileSync(path.join(mirror, 'notice', 'index.html'), page('/notice/').replace('公告标题', '公告列表'));
    const result = await json(['import', mirror, '--base-url', 'https://www.example.org/']);
    const urls = await Promise.all(
      result.items.map(async (item: { id: number }) => (await json(['show', String(item.id)])).site_url),
    );
    expect(urls.sort()).toEqual(['https://www.example.org/notice/', 'https://www.example.org/notice/2026/9.html']);
    expect((await json(['show', 'example.org/notice/2026/9.html'])).title).toBe('公告标题');
  });

  it('--base-url must be an http(s) URL', async () => {
    const result = await t.arca(['import', EMAIL, '--base-url', 'www.example.org']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--base-url needs an http(s) URL');
  });
});

describe('takedown open --from-email, without a terminal', () => {
  it('records the request from the mail alone: claimant, contact, received, channel, articles, the .eml kept', async () => {
    const request = await json(['takedown', 'open', '--from-email', mailFile('attachments.eml')]);
    expect(request).toMatchObject({
      claimant: 'Stonebridge Law Office',
      contact: 'counsel@stonebridge-law.example',
      received: '2026-11-20T16:45:00+08:00',
      channel: 'email',
      articles: [1, 2],
      due: '2026-12-05', // received + the smaller window (15 days)
    });
    const shown = await json(['takedown', 'show', request.id]);
    const eml = fs.readFileSync(mailFile('attachments.eml'));
    expect(shown.attachments.map((a: { name: string; size: number }) => [a.name, a.size])).toEqual([
      ['attachments.eml', eml.length],
      ['notice.pdf', 66],
      ['授权书.txt', 73],
    ]);
    expect(shown.attachments[0].sha256).toBe(sha256(eml));
  });

  it('reads the mail from standard input with -, and the flags override what it says', async () => {
    const result = await t.arca(
      ['takedown', 'open', '--from-email', '-', '--claimant', 'Lantern Hill Media Ltd', '--json'],
      { input: fs.readFileSync(mailFile('plain-utf8.eml')) },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ claimant: 'Lantern Hill Media Ltd', articles: [3] });
    expect(result.stderr).toContain(
      'arca: warning: these URLs in the mail match no article: example.org/unknown/page-404.html\n',
    );
  });

  it('exits 1 listing the URLs that matched nothing, and writes nothing', async () => {
    const mail =
      'From: A <a@b.example>\r\nSubject: x\r\nDate: Mon, 23 Nov 2026 09:00:00 +0800\r\n\r\nhttps://nowhere.example/p/1\r\n';
    const result = await t.arca(['takedown', 'open', '--from-email', '-'], { input: mail });
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'arca: error: the mail names no archived article; these URLs matched nothing: https://nowhere.example/p/1 ' +
        '(import the pages first, or pass the article ids); nothing was recorded\n',
    });
    expect(await json(['takedown', 'list', '--status', 'all'])).toEqual([]);
  });

  it('--dry-run shows the parse and the matches and records nothing', async () => {
    const result = await t.arca(['takedown', 'open', '--from-email', mailFile('forwarded.eml'), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('claimant\t澄湖传媒法务部\n');
    expect(result.stdout).toContain('received\t2026-11-23T10:12:00+08:00\n');
    expect(result.stdout).toContain('url\thttps://example.org/news/2026/1103.html?from=groupmessage → #1\n');
    expect(result.stderr).toBe('dry run: the mail names 1 article; nothing was recorded\n');
    expect(await json(['takedown', 'list', '--status', 'all'])).toEqual([]);
  });

  it('a mail file that cannot be read fails with exit 1', async () => {
    const result = await t.arca(['takedown', 'open', '--from-email', path.join(t.dir, 'missing.eml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^arca: error: cannot read the e-mail .*missing\.eml: /);
  });
});

describe('takedown open --from-email, on a terminal', () => {
  it('shows what the mail says and records it only once confirmed', async () => {
    // Confirmation answered "no" on the memory terminal's stdin: nothing is recorded.
    const declined = await t.arca(['takedown', 'open', '--from-email', mailFile('gbk-text.eml')], {
      tty: true,
      input: 'n\n',
    });
    expect(declined.stderr).toContain('claimant: 青石影像工作室');
    expect(declined.stderr).toContain('url: www.example.org/news/2026/1103.html → #1');
    expect(await json(['takedown', 'list', '--status', 'all'])).toEqual([]);
  });
});

describe('takedown edit', () => {
  it('corrects an open request, recomputes the due date, and logs each field old → new', async () => {
    await json(['takedown', 'open', '1', '--claimant', 'Qingshi Photo', '--received', '2026-11-20']);
    const result = await t.arca([
      'takedown',
      'edit',
      'R1',
      '--received',
      '2026-11-24T09:00',
      '--claimant',
      '青石影像工作室',
      '--add-article',
      'example.org/news/2026/1106.html',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      [
        'received: 2026-11-20T00:00:00+08:00 → 2026-11-24T09:00:00+08:00',
        'due: 2026-12-20 → 2026-12-09',
        // Article 2's 15-day window closed on 2026-11-21.
        'late: false → true',
        'claimant: Qingshi Photo → 青石影像工作室',
        'articles: 1 → 1,2',
        'corrected request R1, due 2026-12-09; arca log shows the old and new values',
        '',
      ].join('\n'),
    );
    const [entry] = (await json(['log'])).filter((e: { action: string }) => e.action === 'takedown.edited');
    expect(entry.details.changes).toEqual({
      received: { from: '2026-11-20T00:00:00+08:00', to: '2026-11-24T09:00:00+08:00' },
      due: { from: '2026-12-20', to: '2026-12-09' },
      late: { from: false, to: true },
      claimant: { from: 'Qingshi Photo', to: '青石影像工作室' },
      articles: { from: [1], to: [1, 2] },
    });
    // A correction is no decision: the history still shows the request opened and nothing else.
    expect((await json(['takedown', 'show', 'R1'])).history.map((h: { status: string }) => h.status)).toEqual(['open']);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  it('counts a corrected working-day promise on the mainland calendar, and takes channels by their Chinese names', async () => {
    await json(['takedown', 'open', '1', '--claimant', 'Q', '--received', '2026-09-28', '--days', '5']);
    const result = await t.arca(['takedown', 'edit', 'R1', '--workdays', '5', '--channel', '微信']);
    expect(result.code).toBe(0);
    // 9/29, 9/30, National Day (10/1–10/7), 10/8, 10/9, then Saturday 10/10, a make-up working day: the fifth.
    expect(await json(['takedown', 'show', 'R1'])).toMatchObject({ due: '2026-10-10', channel: 'wechat' });
    const [entry] = (await json(['log'])).filter((e: { action: string }) => e.action === 'takedown.edited');
    expect(entry.details.changes).toMatchObject({
      due: { from: '2026-10-03', to: '2026-10-10' },
      override_unit: { from: 'days', to: 'workdays' },
      channel: { from: null, to: 'wechat' },
    });
  });

  it('refuses to leave a request without an article, or to edit a decided one', async () => {
    await json(['takedown', 'open', '1', '--claimant', 'Q']);
    expect((await t.arca(['takedown', 'edit', 'R1', '--remove-article', '1'])).code).toBe(2);
    expect((await t.arca(['takedown', 'edit', 'R1'])).code).toBe(2);
    await t.arca(['takedown', 'withdraw', 'R1']);
    const decided = await t.arca(['takedown', 'edit', 'R1', '--claimant', 'Other']);
    expect(decided).toMatchObject({
      code: 1,
      stderr:
        'arca: error: request R1 is withdrawn; only an open request can be corrected (its decision is on record)\n',
    });
  });
});

describe('takedown attachment', () => {
  it('writes an attachment back byte for byte, and never over a file without --force', async () => {
    await json(['takedown', 'open', '--from-email', mailFile('attachments.eml')]);
    const out = path.join(t.dir, 'notice-copy.pdf');
    const written = await t.arca(['takedown', 'attachment', 'R1', 'notice.pdf', '--out', out]);
    expect(written.code).toBe(0);
    const shown = await json(['takedown', 'show', 'R1']);
    const notice = shown.attachments.find((a: { name: string }) => a.name === 'notice.pdf');
    expect(sha256(fs.readFileSync(out))).toBe(notice.sha256);

    const again = await t.arca(['takedown', 'attachment', 'R1', 'notice.pdf', '--out', out]);
    expect(again).toMatchObject({ code: 2, stderr: `arca: error: ${out} exists: pass --force to replace it\n` });
    expect((await t.arca(['takedown', 'attachment', 'R1', '授权书.txt', '--out', out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('授权书');

    const which = await t.arca(['takedown', 'attachment', 'R1', '--out', '-']);
    expect(which.code).toBe(2);
    expect(which.stderr).toContain('name one of attachments.eml, notice.pdf, 授权书.txt');
    const eml = await t.arca(['takedown', 'attachment', 'R1', 'attachments.eml', '--out', '-']);
    expect(eml.stdoutBytes.equals(fs.readFileSync(mailFile('attachments.eml')))).toBe(true);
  });

  it('refuses the bytes of a redacted attachment', async () => {
    await json(['takedown', 'open', '--from-email', mailFile('attachments.eml')]);
    expect((await t.arca(['takedown', 'redact', 'R1', '--yes'])).code).toBe(0);
    const result = await t.arca(['takedown', 'attachment', 'R1', 'notice.pdf', '--out', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('were erased (takedown redact)');
  });
});
