import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const E2E = path.join(FIXTURES, 'e2e');
const EXAMPLES = path.join(ROOT, 'examples');

/** Records written for these tests: which article ranks where is known in advance. */
const RECORDS = [
  {
    title: '滨江区调解中心挂牌',
    published: '2021-01-05',
    source: '滨江日报',
    author: '林知秋',
    body: '滨江区新设的调解中心今天挂牌。\n中心由退休法官坐班。',
    original_url: 'http://bj.example/1',
  },
  {
    title: '社区课堂开课',
    published: '2025-06-01',
    source: '滨江日报',
    author: '周航',
    body: '本期社区课堂请来律师讲解调解协议的效力。\n报名者众多。',
    original_url: 'http://bj.example/2',
  },
  {
    title: 'Harbour Court sets night hearings',
    published: '2024-02-02',
    source: 'Harbour Post',
    author: 'Mia Chen',
    body: 'The Harbour Court will hear small claims at night.\nCourtrooms stay open until nine.',
    original_url: 'http://hp.example/3',
  },
  {
    title: '港口法院发布白皮书',
    published: '2023-08-08',
    source: '港口法院',
    author: '佚名',
    body: '港口法院发布海事审判白皮书,总结五年来的审判经验。',
    original_url: 'http://gk.example/4',
  },
]
  .map((r) => JSON.stringify({ ...r, disclaimer: '请在30日内与本网联系。' }))
  .join('\n');

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  expect(
    (await t.arca(['import', '-q', EXAMPLES, path.join(E2E, 'court.txt'), path.join(E2E, 'procuratorate.txt')])).code,
  ).toBe(0);
  expect((await t.arca(['import', '-q', '--format', 'ndjson', '-'], { input: RECORDS })).code).toBe(0);
});
afterEach(() => t.cleanup());

interface Exported {
  id: number;
  title: string;
  body: string;
  source: string | null;
  author: string | null;
}
const allArticles = async (): Promise<Exported[]> =>
  (await t.arca(['export'])).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const hitIds = async (...args: string[]): Promise<number[]> => {
  const r = await t.arca(['search', '--all', ...args]);
  expect(r.code).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => Number(l.split('\t')[0]))
    .sort((a, b) => a - b);
};
const scan = async (pred: (text: string) => boolean): Promise<number[]> =>
  (await allArticles())
    .filter((a) => pred([a.title, a.body, a.source ?? '', a.author ?? ''].join('\n')))
    .map((a) => a.id)
    .sort((a, b) => a - b);

describe('recall equals a substring scan', () => {
  it.each(['院', '法院', '调解', '人民法院', '劳动争议典型', '检察院'])('for the Han query %s', async (q) => {
    const expected = await scan((text) => text.includes(q));
    expect(expected.length).toBeGreaterThan(0);
    expect(await hitIds(q)).toEqual(expected);
  });

  it('for Latin words (case-insensitive, whole words) and prefixes', async () => {
    expect(await hitIds('HARBOUR')).toEqual(await scan((text) => /\bharbour\b/i.test(text)));
    expect(await hitIds('court')).toEqual(await scan((text) => /\bcourt\b/i.test(text)));
    expect(await hitIds('court*')).toEqual(await scan((text) => /\bcourt/i.test(text)));
  });

  it('for AND, OR, NOT and phrases', async () => {
    expect(await hitIds('法院 调解')).toEqual(await scan((text) => text.includes('法院') && text.includes('调解')));
    expect(await hitIds('白皮书 OR 夜间')).toEqual(
      await scan((text) => text.includes('白皮书') || text.includes('夜间')),
    );
    expect(await hitIds('法院 -人民法院')).toEqual(
      await scan((text) => text.includes('法院') && !text.includes('人民法院')),
    );
    expect(await hitIds('"small claims"')).toEqual(await scan((text) => /small claims/i.test(text)));
  });
});

describe('ranking, snippets and output', () => {
  it('ranks a title hit above a newer body-only hit', async () => {
    const lines = (await t.arca(['search', '调解'])).stdout.trim().split('\n');
    const titles = lines.map((l) => l.split('\t')[3]);
    expect(titles.indexOf('滨江区调解中心挂牌')).toBeLessThan(titles.indexOf('社区课堂开课'));
  });

  it('marks hits in piped snippets and gives offsets in --json', async () => {
    const piped = (await t.arca(['search', '白皮书'])).stdout.trim().split('\n');
    expect(piped).toHaveLength(1);
    expect(piped[0].split('\t')).toEqual([
      '12',
      '2023-08-08',
      '港口法院',
      '港口法院发布白皮书',
      '港口法院发布海事审判[白皮书],总结五年来的审判经验。',
    ]);
    const [hit] = JSON.parse((await t.arca(['search', '白皮书', '--json'])).stdout);
    expect(hit).toMatchObject({ id: 12, title: '港口法院发布白皮书', window_days: 30, status: 'active' });
    expect(hit.body).toBeUndefined();
    expect(typeof hit.score).toBe('number');
    const [from, to] = hit.snippet.highlights[0];
    expect(hit.snippet.text.slice(from, to)).toBe('白皮书');
  });

  it('--count prints the total, --field narrows, --limit pages', async () => {
    expect((await t.arca(['search', '法院', '--count'])).stdout).toBe(
      `${(await scan((x) => x.includes('法院'))).length}\n`,
    );
    expect(await hitIds('法院', '--field', 'title')).toEqual(
      (await allArticles())
        .filter((a) => a.title.includes('法院'))
        .map((a) => a.id)
        .sort((a, b) => a - b),
    );
    expect((await t.arca(['search', '法院', '--limit', '2'])).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('applies the list filters', async () => {
    expect(await hitIds('法院', '--source', '港口')).toEqual([12]);
    const articles = await allArticles();
    expect(await hitIds('法院', '--since', '2025-01-01')).toEqual(
      (await scan((x) => x.includes('法院'))).filter((id) => {
        const a = articles.find((x) => x.id === id) as unknown as { published: string };
        return a.published >= '2025-01-01';
      }),
    );
  });
});

describe('bad and hostile queries', () => {
  it.each([
    ['"unbalanced', 'unbalanced quote'],
    ['OR', 'OR'],
    ['-法院', 'only excludes'],
    ['   ', 'empty query'],
  ])('%s is a usage error naming the problem', async (q, words) => {
    // "--" lets a query start with "-", as with any command-line program.
    const r = await t.arca(['search', '--', q]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^arca: error: /);
    expect(r.stderr).toContain(words);
  });

  it.each([
    'NEAR(法院',
    'title:法院',
    '*',
    '^法院',
    'a AND AND b',
    '{title body}: x',
    '法院)(',
    '"',
    "'; DROP TABLE articles; --",
  ])('%s never reaches SQLite as FTS syntax', async (q) => {
    const r = await t.arca(['search', q]);
    expect([0, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/fts5|SQLITE|syntax error|database error/i);
  });
});

describe('the index stays in step', () => {
  it('hides removed articles unless asked, forgets purged ones, and db check agrees', async () => {
    expect((await t.arca(['takedown', 'open', '12', '--claimant', 'X', '-q'])).code).toBe(0);
    expect((await t.arca(['takedown', 'remove', 'R1', '-q'])).code).toBe(0);
    expect(await hitIds('白皮书')).toEqual([]);
    expect(await hitIds('白皮书', '--status', 'removed')).toEqual([12]);
    expect((await t.arca(['takedown', 'open', '11', '--claimant', 'Y', '-q'])).code).toBe(0);
    expect((await t.arca(['takedown', 'remove', 'R2', '--purge', '--yes', '-q'])).code).toBe(0);
    expect(await hitIds('small', '--status', 'all')).toEqual([]);
    const check = await t.arca(['db', 'check']);
    expect([check.code, check.stderr]).toEqual([0, 'archive OK\n']);
  });

  it('updates follow re-imported pages, and reindex rebuilds the same index', async () => {
    const changed = JSON.stringify({
      title: '港口法院发布白皮书',
      body: '港口法院发布海商审判蓝皮书。',
      original_url: 'http://gk.example/4',
    });
    expect(
      (await t.arca(['import', '-q', '--on-duplicate', 'update', '--format', 'ndjson', '-'], { input: changed })).code,
    ).toBe(0);
    expect(await hitIds('白皮书')).toEqual([12]); // still in the title
    expect(await hitIds('海事')).toEqual([]); // gone from the body
    expect(await hitIds('蓝皮书')).toEqual([12]);
    const before = await hitIds('法院');
    expect((await t.arca(['db', 'reindex', '-q'])).code).toBe(0);
    expect(await hitIds('法院')).toEqual(before);
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });
});

describe('either script finds both, and URLs find their articles', () => {
  const PAGES = [
    {
      title: '白河區人民檢察院公告',
      published: '2024-03-01',
      source: '白河區人民檢察院',
      body: '本院檢察官依法提起公訴。',
      original_url: 'https://www.hljcourt.gov.cn/public/detail.php?id=39907&utm_source=wx',
    },
    {
      title: '白河区人民检察院公告',
      published: '2024-03-02',
      source: '白河区人民检察院',
      body: '本院检察官依法提起公诉。',
      original_url: 'http://tpc.example/news/2024/0302.html',
    },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n');
  let ids: number[];
  beforeEach(async () => {
    const r = await t.arca(['import', '--json', '--format', 'ndjson', '-'], { input: PAGES });
    ids = JSON.parse(r.stdout).items.map((item: { id: number }) => item.id);
  });
  const piped = async (...args: string[]) =>
    (await t.arca(['search', '--all', ...args])).stdout.trim().split('\n').filter(Boolean);

  it('a simplified query finds the traditional page and the other way round, each shown as written', async () => {
    const [traditional, simplified] = ids;
    for (const query of ['公诉', '公訴']) {
      expect(await piped(query)).toEqual([
        `${simplified}\t2024-03-02\t白河区人民检察院\t白河区人民检察院公告\t本院检察官依法提起[公诉]。`,
        `${traditional}\t2024-03-01\t白河區人民檢察院\t白河區人民檢察院公告\t本院檢察官依法提起[公訴]。`,
      ]);
    }
  });

  it('--exact-script finds only the script as written', async () => {
    const [traditional, simplified] = ids;
    expect((await piped('提起公訴', '--exact-script')).map((l) => Number(l.split('\t')[0]))).toEqual([traditional]);
    expect((await piped('公诉', '--exact-script')).map((l) => Number(l.split('\t')[0]))).toEqual([simplified]);
    expect(await t.arca(['search', '公訴', '--exact-script', '--count'])).toMatchObject({ code: 0, stdout: '1\n' });
    expect(await t.arca(['search', '公訴', '--count'])).toMatchObject({ code: 0, stdout: '2\n' });
  });

  it('a host, a host and path, or a full URL searches the URLs (http ≡ https, www. and tracking ignored)', async () => {
    const [traditional, simplified] = ids;
    expect(await piped('hljcourt.gov.cn')).toEqual([
      `${traditional}\t2024-03-01\t白河區人民檢察院\t白河區人民檢察院公告\thttps://www.[hljcourt.gov.cn]/public/detail.php?id=39907&utm_source=wx`,
    ]);
    expect((await piped('tpc.example/news'))[0].split('\t')[0]).toBe(String(simplified));
    expect((await piped('http://hljcourt.gov.cn/public/detail.php?id=39907#top'))[0].split('\t')[0]).toBe(
      String(traditional),
    );
    expect(await piped('hljcourt.gov.cn/private')).toEqual([]);
  });

  it('--field url searches the URL for any term; the text fields never see URL words', async () => {
    const [traditional] = ids;
    expect((await piped('39907', '--field', 'url')).map((l) => Number(l.split('\t')[0]))).toEqual([traditional]);
    expect(await piped('39907')).toEqual([]);
    const bad = await t.arca(['search', 'x', '--field', 'link']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'arca: error: --field must name title, body, source, author, url (got "link")\n',
    ]);
  });
});

describe('the page of hits tells what it left out', () => {
  it('says "N of M hits" on stderr when the page is not every hit, piped and on a terminal', async () => {
    const total = Number((await t.arca(['search', '法院', '--count'])).stdout);
    expect(total).toBeGreaterThan(2);
    expect((await t.arca(['search', '法院', '--limit', '2'])).stderr).toBe(
      `2 of ${total} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--limit', '2'], { tty: true })).stderr).toBe(
      `2 of ${total} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--offset', String(total - 1)])).stderr).toBe(
      `1 of ${total} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--offset', String(total + 5)])).stderr).toBe(
      `0 of ${total} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--all'])).stderr).toBe('');
    expect((await t.arca(['search', '法院', '--limit', '2', '-q'])).stderr).toBe('');
    expect((await t.arca(['search', '不存在的词'])).stderr).toBe('no articles match\n');
    // A taken-down article leaves the count with it, unless the status filter asks for it.
    const [first] = await hitIds('法院');
    expect((await t.arca(['takedown', 'open', String(first), '--claimant', 'X', '-q'])).code).toBe(0);
    expect((await t.arca(['takedown', 'remove', 'R1', '-q'])).code).toBe(0);
    expect((await t.arca(['search', '法院', '--limit', '2'])).stderr).toBe(
      `2 of ${total - 1} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--limit', '2', '--status', 'all'])).stderr).toBe(
      `2 of ${total} hits (--limit, --offset, --all)\n`,
    );
    expect((await t.arca(['search', '法院', '--limit', '2', '--status', 'removed'])).stderr).toBe('');
  });

  it('on an 80-column terminal the snippet keeps its hit in view and the title gives way first', async () => {
    const long = JSON.stringify({
      title: '滨江区人民法院关于开展2026年度诉讼服务质效评估工作的情况通报',
      published: '2026-01-02',
      source: '滨江区人民法院',
      body: `${'本院持续优化诉讼服务。'.repeat(6)}邀请人大代表旁听庭审。${'其他工作稳步推进。'.repeat(10)}`,
    });
    expect((await t.arca(['import', '-q', '--format', 'ndjson', '-'], { input: long })).code).toBe(0);
    const r = await t.arca(['search', '人大代表'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    const [header, row] = r.stdout.split('\n');
    expect(header).toMatch(/^ID +PUBLISHED +SOURCE +TITLE +SNIPPET$/);
    // The title gives way to its minimum; the snippet takes the rest of the line, its hit in the middle.
    expect(row).toBe('13  2026-01-02  滨江区人民…   滨江区人民…   …诉讼服务。邀请人大代表旁听庭审。其…');
  });
});
