import { createHash } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestNumber } from '../../src/takedown/ids.js';
import {
  auditEntryWithHash,
  auditHead,
  auditProtectionProblem,
  listAudit,
  stateReplayProblems,
  verifyAuditChain,
} from '../../src/db/audit.js';
import type { Db } from '../../src/db/connection.js';
import { rawEvidenceProblems } from '../../src/db/maintenance.js';
import { decideRequest, openRequest } from '../../src/takedown/requests.js';
import { addArticle, newArchive } from '../helpers/archive.js';
import { scopeAt } from './takedown-requests-fixtures.js';

/** What db check finds after direct edits of the archive file, the way someone covering tracks would make them. */
let db: Db;
let sha: string;
beforeEach(async () => {
  db = await newArchive();
  addArticle(db, { title: '柳湾渡口恢复夜航' });
  sha = db.prepare('SELECT sha256 FROM raw_blobs ORDER BY id LIMIT 1').pluck().get() as string;
});
afterEach(() => db.close());

describe('rawEvidenceProblems', () => {
  it('finds nothing wrong with evidence as imported', () => {
    expect(rawEvidenceProblems(db)).toEqual([]);
  });

  it('names raw bytes rewritten in place, which still claim the old sha256', () => {
    const forged = Buffer.from('柳湾渡口恢复夜航\n（改写过的正文）\n', 'utf8');
    db.prepare('UPDATE raw_blobs SET data = ?, size = ? WHERE sha256 = ?').run(
      brotliCompressSync(forged),
      forged.length,
      sha,
    );
    expect(rawEvidenceProblems(db)).toEqual([
      `raw file ${sha.slice(0, 12)}… no longer matches its sha256: the imported evidence was altered`,
    ]);
  });

  it('names bytes that are no longer compressed data at all, and counts past ten', () => {
    for (let i = 0; i < 11; i++) addArticle(db, { title: `第${i}篇` });
    db.prepare("UPDATE raw_blobs SET data = x'00ff00ff'").run();
    const problems = rawEvidenceProblems(db);
    expect(problems).toHaveLength(11);
    expect(problems[0]).toBe(`raw file ${sha.slice(0, 12)}… cannot be decompressed: the imported evidence was altered`);
    expect(problems[10]).toBe('2 more raw files do not match their sha256');
  });
});

describe('auditProtectionProblem', () => {
  it('is null while the log refuses UPDATE and DELETE', () => {
    expect(auditProtectionProblem(db)).toBeNull();
  });

  it('reports a dropped or defanged trigger', () => {
    db.exec('DROP TRIGGER audit_log_no_delete');
    expect(auditProtectionProblem(db)).toBe(
      'the audit log is no longer append-only (trigger audit_log_no_delete removed or changed): entries may have been edited since',
    );
    db.exec(
      'DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END',
    );
    expect(auditProtectionProblem(db)).toContain(
      'trigger audit_log_no_update and audit_log_no_delete removed or changed',
    );
  });
});

describe('an appended entry whose details are not JSON', () => {
  beforeEach(() => {
    // Hashed and linked as arca would, so only its details give it away.
    const prev = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    const fields = ['2026-01-21T10:00:00+08:00', 'intruder', 'article.restored', 'article:1', 'not json at all'];
    const hash = createHash('sha256')
      .update([prev, ...fields].join('\u001f'))
      .digest('hex');
    db.prepare(
      'INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(...fields, prev, hash);
  });

  it('fails the chain check, naming the entry', () => {
    expect(verifyAuditChain(db)).toEqual({ seq: 2, problem: 'has details that are not a JSON object' });
  });

  it('is still listed, its details shown as they are', () => {
    expect(listAudit(db).at(-1)).toMatchObject({
      seq: 2,
      actor: 'intruder',
      details: { unreadable: 'not json at all' },
    });
  });
});

describe('stateReplayProblems', () => {
  function removedArticle(): number {
    const id = addArticle(db, { title: '晴川河春季放流活动举行' });
    const scope = scopeAt(db, '2026-01-21T10:00:00+08:00');
    const request = openRequest(scope, { claimant: 'Lotus Valley Press', articleIds: [id] });
    decideRequest(scope, requestNumber(request.id), 'remove');
    return id;
  }

  it('finds the tables where the log leaves them', () => {
    removedArticle();
    expect(stateReplayProblems(db)).toEqual([]);
  });

  it("names an article put back, and a request reopened, behind arca's back", () => {
    const id = removedArticle();
    db.prepare("UPDATE articles SET status = 'active' WHERE id = ?").run(id);
    db.prepare("UPDATE takedowns SET status = 'open'").run();
    expect(stateReplayProblems(db)).toEqual([
      `article ${id} is active, but the log says removed: its state was changed outside arca`,
      'request R1 is open, but the log says removed: its state was changed outside arca',
    ]);
  });

  it('names an article the log never recorded', () => {
    db.prepare(
      "INSERT INTO articles (title, body, body_hash, status, imported_at, provenance_id) SELECT 'planted', 'x', 'h', 'active', imported_at, provenance_id FROM articles LIMIT 1",
    ).run();
    expect(stateReplayProblems(db)).toEqual(['article 2 is active, but the log never recorded it']);
  });
});

describe('the log head', () => {
  it('is the newest entry, and a kept head is found while the log still holds it', () => {
    const head = auditHead(db)!;
    expect(head).toEqual({ seq: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    addArticle(db, { title: '第二篇' });
    expect(auditHead(db)!.seq).toBe(2);
    expect(auditEntryWithHash(db, head.hash.toUpperCase())).toEqual({ seq: 1 });
    expect(auditEntryWithHash(db, '0'.repeat(64))).toBeNull();
  });
});
