import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestNumber } from '../../src/takedown/ids.js';
import { appendAudit, listAudit, verifyAuditChain } from '../../src/db/audit.js';
import type { Db } from '../../src/db/connection.js';
import {
  articleCountsByStatus,
  BackupTargetError,
  backupArchive,
  releaseFreePages,
  schemaVersion,
  storageProblems,
} from '../../src/db/maintenance.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { findArticlesByTitle, requestCountsByStatus } from '../../src/db/takedowns.js';
import { decideRequest, openRequest } from '../../src/takedown/requests.js';
import { addArticle, newArchive } from '../helpers/archive.js';
import { scopeAt } from './takedown-requests-fixtures.js';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-db-'));
  db = await newArchive(path.join(dir, 'archive.db'));
});
afterEach(() => {
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ctx = { at: '2026-01-21T10:00:00+08:00', actor: 'tester' };

describe('releaseFreePages', () => {
  const pages = () => ({
    total: db.pragma('page_count', { simple: true }) as number,
    free: db.pragma('freelist_count', { simple: true }) as number,
  });

  it('hands the pages freed inside a new archive back to the file system', () => {
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2); // incremental
    // About 2 MB of article text, then gone: its pages stay in the file, free.
    const ids = Array.from({ length: 40 }, (_, i) =>
      addArticle(db, { title: `晴川县第${i}次防汛会商`, body: '汛期值守安排。'.repeat(3000) }),
    );
    db.prepare(`DELETE FROM articles WHERE id IN (${ids.join(',')})`).run();
    const before = pages();
    expect(before.free).toBeGreaterThan(400);
    releaseFreePages(db);
    // The file shrinks by the free pages, and by a pointer-map page that only tracked them.
    expect(pages().free).toBe(0);
    expect(before.total - before.free - pages().total).toBeGreaterThanOrEqual(0);
    expect(before.total - before.free - pages().total).toBeLessThanOrEqual(1);
  });
});

describe('storageProblems', () => {
  it('finds nothing wrong with a sound archive', () => {
    addArticle(db, { title: '晴川县图书馆延长开放时间' });
    expect(storageProblems(db)).toEqual([]);
  });

  it('reports a row that refers to a missing row', () => {
    const id = addArticle(db, { title: '晴川县图书馆延长开放时间' });
    openRequest(scopeAt(db, '2026-01-21T10:00:00+08:00'), { claimant: 'Lotus Valley Press', articleIds: [id] });
    db.pragma('foreign_keys = OFF');
    db.prepare('INSERT INTO takedown_articles (takedown_id, article_id) VALUES (1, 77)').run();
    expect(storageProblems(db)).toEqual(['a takedown_articles row refers to a missing articles row']);
  });
});

describe('the audit chain', () => {
  function logOfFive(): void {
    for (let i = 1; i <= 5; i++) appendAudit(db, ctx, 'config.set', 'config:window-days', { to: i });
  }

  /** Someone with the file and sqlite3 in hand: the append-only triggers go first. */
  function tamper(sql: string): void {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.exec(sql);
  }

  it('verifies an untouched log, and the database refuses edits to it', () => {
    logOfFive();
    expect(verifyAuditChain(db)).toBeNull();
    expect(() => db.exec("UPDATE audit_log SET actor = 'someone' WHERE seq = 3")).toThrow(
      'the audit log is append-only',
    );
    expect(() => db.exec('DELETE FROM audit_log WHERE seq = 3')).toThrow('the audit log is append-only');
  });

  it('names the first entry whose content was edited', () => {
    logOfFive();
    tamper(`UPDATE audit_log SET details = '{"to":30}' WHERE seq = 3`);
    expect(verifyAuditChain(db)).toEqual({ seq: 3, problem: 'does not match its hash' });
  });

  it('names the entry after one that was deleted', () => {
    logOfFive();
    tamper('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(db)).toEqual({ seq: 3, problem: 'does not link to the entry before it' });
  });

  it('listAudit --limit gives the newest entries, oldest first', () => {
    logOfFive();
    expect(listAudit(db, { limit: 2 }).map((e) => e.details)).toEqual([{ to: 4 }, { to: 5 }]);
  });
});

describe('counts and lookups', () => {
  it('counts articles and requests by state', () => {
    const scope = scopeAt(db, '2026-01-21T10:00:00+08:00');
    const ids = ['甲', '乙', '丙'].map((t) => addArticle(db, { title: `晴川${t}` }));
    const r = openRequest(scope, { claimant: 'Lotus Valley Press', articleIds: [ids[0]] });
    openRequest(scope, { claimant: 'Willow Bank Studio', articleIds: [ids[1]] });
    decideRequest(scope, requestNumber(r.id), 'remove');
    expect(articleCountsByStatus(db)).toEqual({ active: 2, removed: 1 });
    expect(requestCountsByStatus(db)).toEqual({ open: 1, removed: 1 });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it("the picker's title search takes % and _ literally", () => {
    addArticle(db, { title: '利率下调0.5%的影响' });
    addArticle(db, { title: '利率下调05的影响' });
    expect(findArticlesByTitle(db, '0.5%', 10).map((a) => a.title)).toEqual(['利率下调0.5%的影响']);
    expect(findArticlesByTitle(db, '下调_5', 10)).toEqual([]);
  });
});

describe('backupArchive', () => {
  it('writes a copy holding the same articles and log, and leaves no partial file', async () => {
    addArticle(db, { title: '晴川县图书馆延长开放时间' });
    const target = path.join(dir, 'backup.db');
    await backupArchive(db, target, { overwrite: false });
    const copy = await newArchive(target);
    expect(copy.prepare('SELECT title FROM articles').all()).toEqual([{ title: '晴川县图书馆延长开放时间' }]);
    expect(verifyAuditChain(copy)).toBeNull();
    copy.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses to replace a file unless told to, and never the archive itself', async () => {
    const target = path.join(dir, 'backup.db');
    fs.writeFileSync(target, 'an older backup');
    await expect(backupArchive(db, target, { overwrite: false })).rejects.toThrow(
      new BackupTargetError(`${target} already exists (pass --force to replace it)`),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('an older backup');
    await backupArchive(db, target, { overwrite: true });
    expect(fs.readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3');
    await expect(backupArchive(db, path.join(dir, 'archive.db'), { overwrite: true })).rejects.toThrow(
      `${path.join(dir, 'archive.db')} is the archive itself; name another file`,
    );
  });
});
