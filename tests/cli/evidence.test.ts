import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';
import { packageHashProblems, readWarc, readZip } from '../helpers/wacz.js';

const E2E = path.join(FIXTURES, 'e2e');
const COURT = path.join(E2E, 'court.txt');
const PROCURATORATE = path.join(E2E, 'procuratorate.txt');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect((await t.arca(['import', COURT, PROCURATORATE])).code).toBe(0);
});
afterEach(() => t.cleanup());

const out = (name: string) => path.join(t.dir, name);

describe('arca evidence of an article', () => {
  it("names a mirrored page by its own address on the operator's site, the one complaints cite", async () => {
    const mirrored = tempCliArchive();
    try {
      const folder = path.join(mirrored.dir, 'mirror', 'news', '2026');
      fs.mkdirSync(folder, { recursive: true });
      fs.copyFileSync(COURT, path.join(folder, 'court.txt'));
      const base = ['--base-url', 'https://www.example.org/'];
      expect((await mirrored.arca(['import', path.join(mirrored.dir, 'mirror'), ...base])).code).toBe(0);
      const wacz = path.join(mirrored.dir, 'own.wacz');
      expect((await mirrored.arca(['evidence', '1', '--out', wacz])).code).toBe(0);
      const records = await readWarc((await readZip(wacz)).get('archive/data.warc.gz')!);
      expect(records.filter((rec) => rec.type === 'resource').map((rec) => rec.uri)).toEqual([
        'https://www.example.org/news/2026/court.txt',
      ]);
    } finally {
      mirrored.cleanup();
    }
  });

  it('packages the raw page exactly as imported, with sha256 digests every listed hash verifies', async () => {
    const r = await t.arca(['evidence', '1', '--out', out('a1.wacz')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^wrote .*a1\.wacz: 1 article, 0 attachments, 1 log entry; package digest sha256:[0-9a-f]{64}\n$/,
    );

    const files = await readZip(out('a1.wacz'));
    expect([...files.keys()]).toEqual([
      'archive/data.warc.gz',
      'indexes/index.cdx',
      'pages/pages.jsonl',
      'datapackage.json',
      'datapackage-digest.json',
    ]);
    expect(packageHashProblems(files)).toEqual([]);
    const datapackage = JSON.parse(files.get('datapackage.json')!.toString());
    expect(datapackage).toMatchObject({
      profile: 'data-package',
      wacz_version: '1.1.1',
      created: '2026-11-26T02:00:00.000Z',
    });

    const records = await readWarc(files.get('archive/data.warc.gz')!);
    expect(records.map((rec) => [rec.type, rec.uri])).toEqual([
      ['warcinfo', null],
      ['resource', 'http://www.qcfy.example.cn/news/detail.php?id=1024'],
      ['metadata', 'http://www.qcfy.example.cn/news/detail.php?id=1024'],
      ['metadata', 'urn:arca:audit-log'],
    ]);
    const [, resource, metadata, log] = records;
    const imported = fs.readFileSync(COURT);
    expect(resource.body.equals(imported)).toBe(true);
    expect(resource.date).toBe('2026-11-26T02:00:00.000Z');
    expect(resource.header('WARC-Payload-Digest')).toBe(`sha256:${sha256(imported)}`);
    expect(resource.header('WARC-Block-Digest')).toBe(`sha256:${sha256(imported)}`);
    expect(resource.header('Content-Type')).toBe('text/plain; charset=utf-8');

    const meta = JSON.parse(metadata.body.toString());
    expect(metadata.header('WARC-Concurrent-To')).toBe(resource.header('WARC-Record-ID'));
    expect(meta.article).toMatchObject({
      id: 1,
      title: '青川县人民法院启用智慧调解中心 群众纠纷就近化解',
      source: '青川县人民法院',
    });
    expect(meta.provenance).toMatchObject({
      path: COURT,
      sha256: sha256(imported),
      raw_size: imported.length,
      format: 'txt',
    });

    expect(JSON.parse(log.body.toString()).audit_log.entries).toMatchObject([
      { seq: 1, action: 'article.imported', subject: 'article:1' },
    ]);

    // The CDXJ index finds the page's bytes where a replay tool would look: at its offset in the WARC.
    const index = files.get('indexes/index.cdx')!.toString().trimEnd().split('\n');
    expect(index.map((line) => line.split(' ').slice(0, 2))).toEqual([
      ['cn,example,qcfy)/news/detail.php?id=1024', '20261126020000'],
      ['cn,example,qcfy)/news/detail.php?id=1024', '20261126020000'],
      ['urn:arca:audit-log', '20261126020000'],
    ]);
    const entries = index.map((line) => JSON.parse(line.slice(line.indexOf('{'))));
    const { offset, length } = entries.find((entry) => entry.mime.startsWith('text/plain'));
    const indexed = await readWarc(
      files.get('archive/data.warc.gz')!.subarray(Number(offset), Number(offset) + Number(length)),
    );
    expect(indexed.map((rec) => [rec.type, rec.body.equals(imported)])).toEqual([['resource', true]]);

    const pages = files
      .get('pages/pages.jsonl')!
      .toString()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(pages).toEqual([
      { format: 'json-pages-1.0', id: 'pages', title: 'All Pages' },
      { id: 'article-1', url: resource.uri, ts: '2026-11-26T02:00:00.000Z', title: meta.article.title },
    ]);
  });

  it('finds the article by its original URL and says what it wrote in --json', async () => {
    const r = await t.arca([
      'evidence',
      'http://www.qcfy.example.cn/news/detail.php?id=1024',
      '--out',
      out('u.wacz'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      articles: [1],
      purged: [],
      request: null,
      attachments: 0,
      log_entries: 1,
    });
  });

  it('refuses an existing file without --force, and replaces it with --force', async () => {
    fs.writeFileSync(out('taken.wacz'), 'keep me');
    const refused = await t.arca(['evidence', '1', '--out', out('taken.wacz')]);
    expect([refused.code, refused.stderr]).toEqual([
      2,
      `arca: error: ${out('taken.wacz')} already exists: choose another --out or pass --force\n`,
    ]);
    expect(fs.readFileSync(out('taken.wacz'), 'utf8')).toBe('keep me');
    expect((await t.arca(['evidence', '1', '--out', out('taken.wacz'), '--force'])).code).toBe(0);
    expect(packageHashProblems(await readZip(out('taken.wacz')))).toEqual([]);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('fails on an unknown article or request, and needs --out', async () => {
    expect(await t.arca(['evidence', '9', '--out', out('x.wacz')])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'arca: error: no article 9 (see arca list)\n',
    });
    const noRequest = await t.arca(['evidence', 'R4', '--out', out('x.wacz')]);
    expect([noRequest.code, noRequest.stderr.split('\n')[0]]).toEqual([
      1,
      'arca: error: no takedown request R4 (see arca takedown list --status all)',
    ]);
    expect((await t.arca(['evidence', '1'])).code).toBe(2);
    expect(await t.arca(['evidence', '1', '--out', path.join(t.dir, 'no-such-folder', 'x.wacz')])).toEqual({
      code: 1,
      stdout: '',
      stderr: `arca: error: cannot write ${path.join(t.dir, 'no-such-folder', 'x.wacz')}: ENOENT\n`,
    });
    expect(fs.existsSync(out('x.wacz'))).toBe(false);
  });
});

describe('arca evidence of a request', () => {
  it('holds articles, attachments, log entries with chain hashes; a purged article by hashes only', async () => {
    const notice = out('notice.txt');
    fs.writeFileSync(notice, 'Fictional notice: we hold the rights to the mediation story.\n');
    expect(
      (await t.arca(['takedown', 'open', '1', '2', '--claimant', 'Willow Bank Studio', '--attach', notice])).code,
    ).toBe(0);
    expect((await t.arca(['takedown', 'remove', 'R1', '--purge', '--yes'])).code).toBe(0);

    const r = await t.arca(['evidence', 'r1', '--out', out('r1.wacz'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: [1, 2], purged: [1, 2], request: 'R1', attachments: 1 });

    const files = await readZip(out('r1.wacz'));
    expect(packageHashProblems(files)).toEqual([]);
    const records = await readWarc(files.get('archive/data.warc.gz')!);
    expect(records.map((rec) => [rec.type, rec.uri])).toEqual([
      ['warcinfo', null],
      ['metadata', 'http://www.qcfy.example.cn/news/detail.php?id=1024'],
      ['metadata', expect.any(String)],
      ['resource', 'urn:arca:request:R1:attachment:notice.txt'],
      ['metadata', 'urn:arca:request:R1'],
    ]);
    const purgedMeta = JSON.parse(records[1].body.toString());
    expect(purgedMeta.article).toMatchObject({ status: 'purged', body: null });
    expect(purgedMeta.provenance.sha256).toBe(sha256(fs.readFileSync(COURT)));
    expect(records[3].body.equals(fs.readFileSync(notice))).toBe(true);

    const { request, audit_log: log } = JSON.parse(records[4].body.toString());
    expect(request).toMatchObject({ status: 'removed', claimant: 'Willow Bank Studio', articles: [1, 2] });
    expect(log.entries.map((e: { action: string }) => e.action)).toEqual([
      'article.imported',
      'article.imported',
      'takedown.opened',
      'article.removed',
      'article.purged',
      'article.removed',
      'article.purged',
      'takedown.removed',
    ]);
    // Each hash recomputes from the entry as the package gives it, and they chain (no other entries exist here).
    for (const e of log.entries) {
      const text = [e.prev_hash, e.at, e.actor, e.action, e.subject, JSON.stringify(e.details)].join('\u001f');
      expect(sha256(Buffer.from(text))).toBe(e.hash);
    }
    expect(log.head.hash).toBe(log.entries[log.entries.length - 1].hash);
    expect(files.get('pages/pages.jsonl')!.toString().trimEnd().split('\n')).toHaveLength(1);
  });
});

it('evidence, takedown report, log stamp and log stamps lead their help with examples', async () => {
  const cases: Array<[string[], string]> = [
    [['evidence'], 'arca evidence 12 --out article-12.wacz'],
    [['takedown', 'report'], 'arca takedown report --since 2026-01-01 --until 2026-12-31 > report-2026.md'],
    [['log', 'stamp'], 'arca log stamp --tsa http://timestamp.example/tsa'],
    [['log', 'stamps'], 'arca log stamps'],
  ];
  for (const [command, example] of cases) {
    const r = await t.arca([...command, '--help']);
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining(`Examples:\n  $ ${example}\n`)]);
  }
});
