import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/db/connection.js';
import { tempCliArchive } from '../helpers/cli.js';

/**
 * A purge as an attacker would test it: the article's words must not be recoverable from the search
 * index (FTS5's own vocabulary view), from the file's bytes (free pages included), or from a backup
 * taken afterwards, even after the article was updated and the index merged its segments.
 */

// Unique words, read back only through the index: checked without their first letters, which FTS5's
// prefix compression may leave out of a stored term.
const FIRST_VERSION = { latin: 'quillbrookvanta', han: '瑶琴渡口' };
const SECOND_VERSION = { latin: 'marrowfenlisk', han: '鹤汀洲头' };
const TARGET_URL = 'http://news.willowbank.example/2026/0112/ferry.html';

function filler(n: number) {
  return {
    title: `晴川县第${n}期便民服务通报`,
    published: '2026-01-10',
    source: '晴川县融媒体中心',
    original_url: `http://news.willowbank.example/2026/0110/notice-${n}.html`,
    body: `本期通报第${n}号：县政务服务中心延长周末窗口开放时间。\nThe county service hall keeps its weekend desks open (notice ${n}).`,
  };
}

function target(words: { latin: string; han: string }) {
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `第${i + 1}段：老船工在${words.han}讲述摆渡往事，the ${words.latin} ferry crossed at dawn.`,
  );
  return {
    title: '柳湾渡口的最后一班船',
    published: '2026-01-12',
    source: '晴川日报',
    original_url: TARGET_URL,
    body: paragraphs.join('\n'),
  };
}

const ndjson = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

/** The index terms whose instances belong to the article, read from a copy (fts5vocab changes the schema). */
function indexedTermsOf(file: string, dir: string, articleId: number, index = 'article_search'): string[] {
  const copy = path.join(dir, `vocab-${path.basename(file)}`);
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    db.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, '${index}', 'instance')`);
    return db.prepare('SELECT DISTINCT term FROM temp.vocab WHERE doc = ?').pluck().all(articleId) as string[];
  } finally {
    db.close();
  }
}

function bytesContain(file: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [file, `${file}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(needle));
}

describe('a purge leaves nothing of the article in the search index', () => {
  let t: ReturnType<typeof tempCliArchive>;
  beforeEach(() => {
    t = tempCliArchive();
  });
  afterEach(() => t.cleanup());

  it('neither in the index, nor in the file, nor in a backup taken after it, for every version of the article', async () => {
    const write = (name: string, records: object[]) => {
      const file = path.join(t.dir, name);
      fs.writeFileSync(file, ndjson(records));
      return file;
    };
    // Three runs, three index segments; the article is in the middle one.
    expect(
      (
        await t.arca([
          '-q',
          'import',
          write(
            'a.ndjson',
            Array.from({ length: 20 }, (_, i) => filler(i)),
          ),
        ])
      ).code,
    ).toBe(0);
    expect((await t.arca(['-q', 'import', write('b.ndjson', [target(FIRST_VERSION), filler(100)])])).code).toBe(0);
    expect(
      (
        await t.arca([
          '-q',
          'import',
          write(
            'c.ndjson',
            Array.from({ length: 20 }, (_, i) => filler(200 + i)),
          ),
        ])
      ).code,
    ).toBe(0);
    const updated = await t.arca([
      '--json',
      'import',
      '--on-duplicate',
      'update',
      write('d.ndjson', [target(SECOND_VERSION)]),
    ]);
    expect(JSON.parse(updated.stdout).updated).toBe(1);
    const id = JSON.parse((await t.arca(['--json', 'search', SECOND_VERSION.latin])).stdout)[0].id as number;
    expect(indexedTermsOf(t.db, t.dir, id)).toContain(SECOND_VERSION.latin);
    // The titles' own index (ranking's first tier) holds its title's words as well.
    expect(indexedTermsOf(t.db, t.dir, id, 'article_title_search')).toContain('渡口');
    // What FTS5 does on its own in a busy archive, on arca's connection: merge segments, freeing the old ones' pages.
    const archive = await openArchive(t.db);
    archive.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
    archive.close();

    expect(
      (
        await t.arca([
          '-q',
          'takedown',
          'open',
          String(id),
          '--claimant',
          'Willow Bank Press',
          '--received',
          '2026-11-20',
        ])
      ).code,
    ).toBe(0);
    expect((await t.arca(['-q', 'takedown', 'remove', 'R1', '--purge', '--yes'])).code).toBe(0);
    const backup = path.join(t.dir, 'after-purge.db');
    expect((await t.arca(['-q', 'db', 'backup', backup])).code).toBe(0);

    for (const file of [t.db, backup]) {
      expect(indexedTermsOf(file, t.dir, id)).toEqual([]);
      expect(indexedTermsOf(file, t.dir, id, 'article_title_search')).toEqual([]);
      for (const words of [FIRST_VERSION, SECOND_VERSION]) {
        expect(bytesContain(file, words.latin.slice(3))).toBe(false);
        expect(bytesContain(file, words.han)).toBe(false);
      }
    }
    // The raw bytes of both versions are gone (the first version's only through the log's import entries).
    const archiveAfter = new Database(t.db, { readonly: true });
    expect(
      archiveAfter
        .prepare(
          `SELECT count(*) FROM audit_log l JOIN raw_blobs b ON b.sha256 = json_extract(l.details, '$.sha256')
      WHERE l.subject = ? AND l.action IN ('article.imported', 'article.updated') AND b.data IS NULL`,
        )
        .pluck()
        .get(`article:${id}`),
    ).toBe(2);
    archiveAfter.close();
    // The rest of the index is intact, and the archive is sound.
    expect(JSON.parse((await t.arca(['--json', 'search', 'notice'])).stdout)).toHaveLength(20);
    expect((await t.arca(['search', FIRST_VERSION.latin])).stdout).toBe('');
    expect((await t.arca(['db', 'check'])).code).toBe(0);
  });

  it('says so, and logs it on their side, when other articles shared the purged raw file', async () => {
    const file = path.join(t.dir, 'pair.json');
    fs.writeFileSync(file, JSON.stringify([target(FIRST_VERSION), filler(1)]));
    expect((await t.arca(['-q', 'import', file])).code).toBe(0);
    expect(
      (await t.arca(['-q', 'takedown', 'open', '1', '--claimant', 'Willow Bank Press', '--received', '2026-11-20']))
        .code,
    ).toBe(0);
    const purge = await t.arca(['-q', 'takedown', 'remove', 'R1', '--purge', '--yes']);
    expect([purge.code, purge.stderr]).toEqual([
      0,
      'arca: warning: article 2 came from the same file as article 1: its raw bytes were purged too (its text stays)\n',
    ]);
    const log = JSON.parse((await t.arca(['log', '--json'])).stdout) as Array<{
      action: string;
      subject: string;
      details: unknown;
    }>;
    expect(log.filter((e) => e.subject === 'article:2').map((e) => [e.action, e.details])).toEqual([
      ['article.imported', expect.anything()],
      ['article.raw_purged', { request: 1, with: 1 }],
    ]);
    const sibling = JSON.parse((await t.arca(['show', '2', '--json'])).stdout);
    expect([sibling.status, sibling.body]).toEqual([
      'active',
      expect.stringContaining('weekend desks open (notice 1)'),
    ]);
  });
});
