import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/db/connection.js';
import { ArchiveError } from '../../src/db/errors.js';
import { MIGRATIONS, migrate } from '../../src/db/migrations/index.js';
import { ARCA_APPLICATION_ID, SCHEMA_VERSION } from '../../src/db/schema.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-mig-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('are numbered 1..n in order, the last being the schema version an up-to-date archive has', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(MIGRATIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  it('bring a new database to the latest schema and mark it as an arca archive', () => {
    const db = new Database(':memory:');
    migrate(db, { timezone: 'Asia/Shanghai' });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(ARCA_APPLICATION_ID);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'timezone'").get()).toEqual({ value: 'Asia/Shanghai' });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['articles', 'disclaimers', 'provenance', 'raw_blobs', 'takedowns', 'audit_log']),
    );
  });

  it('leave new and upgraded search indexes merging a bounded amount per commit', () => {
    const config = (db: Database.Database) =>
      Object.fromEntries(
        db
          .prepare("SELECT k, v FROM article_search_config WHERE k IN ('automerge', 'crisismerge')")
          .raw()
          .all() as Array<[string, number]>,
      );
    const fresh = new Database(':memory:');
    migrate(fresh, {});
    expect(config(fresh)).toEqual({ automerge: 16, crisismerge: 64 });
    // An archive at schema 3 had only automerge set: crisis merges came at FTS5's default of 16.
    const upgraded = new Database(':memory:');
    for (const m of MIGRATIONS.slice(0, 3)) m.up(upgraded);
    upgraded.pragma('user_version = 3');
    expect(config(upgraded)).toEqual({ automerge: 16 });
    migrate(upgraded, {});
    expect(config(upgraded)).toEqual({ automerge: 16, crisismerge: 64 });
  });

  it('upgrade an archive of schema 4 to an index that deletes for good, and rewrite its file', async () => {
    const file = path.join(dir, 'v4.db');
    fs.copyFileSync(path.join(__dirname, '../fixtures/archives/schema-v4.db'), file);
    const before = new Database(file, { readonly: true });
    // Made before arca turned on auto-vacuum; its index deleted by tombstones (contentless_delete).
    expect(before.pragma('auto_vacuum', { simple: true })).toBe(0);
    expect(before.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get()).toContain(
      'contentless_delete',
    );
    before.close();
    const db = await openArchive(file, { create: true });
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get()).not.toContain(
      'contentless_delete',
    );
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name = 'articles_purge_search'").get(),
    ).toBeUndefined();
    expect([db.pragma('auto_vacuum', { simple: true }), db.pragma('freelist_count', { simple: true })]).toEqual([2, 0]);
    // Every article with a body is indexed again, and found.
    expect(db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'harbour'").pluck().get()).toBe(
      1,
    );
    db.close();
  });

  it('upgrade an archive of schema 5 to an index that folds scripts and searches URLs', async () => {
    const file = path.join(dir, 'v5.db');
    fs.copyFileSync(path.join(__dirname, '../fixtures/archives/schema-v5.db'), file);
    const db = await openArchive(file);
    const { compileQuery } = await import('../../src/search/query.js');
    const count = (query: string) =>
      db
        .prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?')
        .pluck()
        .get(compileQuery(query).match);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get()).toContain('url');
    // The court page's original link, found by its host; its text in either script.
    expect(count('qcfy.example.cn')).toBe(1);
    expect(count('人民檢察院')).toBe(count('人民检察院'));
    expect(count('人民检察院')).toBeGreaterThan(0);
    db.close();
  });

  it('upgrade an archive of schema 7 to requests that can be countered, keeping every row and reference', async () => {
    const file = path.join(dir, 'v7.db');
    fs.copyFileSync(path.join(__dirname, '../fixtures/archives/schema-v7.db'), file);
    const db = await openArchive(file);
    expect(db.prepare('SELECT id, status, due, restore_due FROM takedowns ORDER BY id').all()).toEqual([
      { id: 1, status: 'removed', due: '2026-12-20', restore_due: null },
      { id: 2, status: 'rejected', due: '2026-12-07', restore_due: null },
    ]);
    expect(db.prepare('SELECT takedown_id, article_id FROM takedown_articles ORDER BY 1').all()).toEqual([
      { takedown_id: 1, article_id: 1 },
      { takedown_id: 2, article_id: 2 },
    ]);
    db.prepare("UPDATE takedowns SET status = 'countered', restore_due = '2026-12-11' WHERE id = 1").run();
    expect(() => db.prepare("UPDATE takedowns SET status = 'pending' WHERE id = 1").run()).toThrow(/CHECK/);
    // Foreign keys are on again once the upgrade is done: a link to no request is refused.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare('INSERT INTO takedown_articles (takedown_id, article_id) VALUES (9, 1)').run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('upgrade an archive of schema 8 to URLs matched by their keys, in the table and the search index', async () => {
    const file = path.join(dir, 'v8.db');
    fs.copyFileSync(path.join(__dirname, '../fixtures/archives/schema-v8.db'), file);
    const db = await openArchive(file);
    const { findArticleIdsByUrl } = await import('../../src/db/articles.js');
    const { compileQuery } = await import('../../src/search/query.js');
    // Stored as the page wrote it; found by another spelling of it.
    expect(db.prepare('SELECT original_url, site_url FROM articles WHERE id = 1').get()).toEqual({
      original_url: 'http://www.qcfy.example.cn/news/detail.php?id=1024',
      site_url: null,
    });
    expect(findArticleIdsByUrl(db, 'HTTPS://qcfy.example.cn/news/detail.php?utm_source=x&id=1024#top')).toEqual([1]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM articles WHERE original_url_key = ? OR site_url_key = ?')
      .all('a', 'b') as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/articles_original_url_key.*articles_site_url_key/s);
    const hits = db
      .prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?')
      .pluck()
      .get(compileQuery('https://qcfy.example.cn/news/detail.php?id=1024&spm=1').match);
    expect(hits).toBe(1);
    db.close();
  });

  it('are idempotent: opening twice changes nothing', async () => {
    const file = path.join(dir, 'a.db');
    (await openArchive(file, { create: true })).close();
    const db = await openArchive(file, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('upgrade an archive of schema 10 with the titles indexed, so its title hits rank first', async () => {
    const file = path.join(dir, 'v10.db');
    fs.copyFileSync(path.join(__dirname, '../fixtures/archives/schema-v10.db'), file);
    const db = await openArchive(file);
    const { compileQuery } = await import('../../src/search/query.js');
    const { searchArticles, searchIndexProblem } = await import('../../src/db/search-index.js');
    const { parseArticleFilters } = await import('../../src/query/filters.js');
    // Every article with its text, in the titles' index too (the removed one keeps its text).
    expect(db.prepare('SELECT count(*) FROM article_title_search_docsize').pluck().get()).toBe(5);
    expect(searchIndexProblem(db)).toBeNull();
    const view = { tz: 'Asia/Shanghai', defaultWindowDays: 20 };
    // 调解 is in the titles of 1 (removed) and 5, and in the body of 3 others at most: 5 comes first.
    const hits = searchArticles(db, compileQuery('调解'), parseArticleFilters({ status: 'all' }, view.tz), view).hits;
    expect(
      hits
        .slice(0, 2)
        .map((hit) => hit.article.id)
        .sort(),
    ).toEqual([1, 5]);
    db.close();
  });

  it('refuse an archive made by a newer arca', async () => {
    const file = path.join(dir, 'future.db');
    (await openArchive(file, { create: true })).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    await expect(openArchive(file, { create: true })).rejects.toThrow(
      new ArchiveError(
        `this archive has schema version ${SCHEMA_VERSION + 1}, newer than this arca understands (${SCHEMA_VERSION}): upgrade arca`,
      ),
    );
  });

  it('refuse an SQLite database that another program made', async () => {
    const file = path.join(dir, 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE notes (x)');
    raw.close();
    await expect(openArchive(file, { create: true })).rejects.toThrow(
      `${file} is an SQLite database but not an arca archive`,
    );
  });

  it('make the folders of a new archive', async () => {
    const file = path.join(dir, 'deep', 'er', 'archive.db');
    (await openArchive(file, { create: true })).close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('keep the audit log append-only', () => {
    const db = new Database(':memory:');
    migrate(db, {});
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES ('t', 'a', 'x', 's', '{}', 'p', 'h')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow('the audit log is append-only');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('the audit log is append-only');
  });
});
