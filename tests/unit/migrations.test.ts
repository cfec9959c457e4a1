import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/db/connection.js';
import { ArchiveError } from '../../src/db/errors.js';
import { ARCA_APPLICATION_ID, MIGRATIONS, migrate, SCHEMA_VERSION } from '../../src/db/migrations/index.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-mig-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring a new database to the latest schema and mark it as an arca archive', () => {
    const db = new Database(':memory:');
    migrate(db, { timezone: 'Asia/Shanghai' });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(ARCA_APPLICATION_ID);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'timezone'").get()).toEqual({ value: 'Asia/Shanghai' });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'disclaimers', 'provenance', 'raw_blobs', 'takedowns', 'audit_log']));
  });

  it('are idempotent: opening twice changes nothing', () => {
    const file = path.join(dir, 'a.db');
    openArchive(file).close();
    const db = openArchive(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuse an archive made by a newer arca', () => {
    const file = path.join(dir, 'future.db');
    openArchive(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openArchive(file)).toThrow(new ArchiveError(
      `this archive has schema version ${SCHEMA_VERSION + 1}, newer than this arca understands (${SCHEMA_VERSION}): upgrade arca`,
    ));
  });

  it('refuse an SQLite database that another program made', () => {
    const file = path.join(dir, 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE notes (x)');
    raw.close();
    expect(() => openArchive(file)).toThrow(`${file} is an SQLite database but not an arca archive`);
  });

  it('make the folders of a new archive', () => {
    const file = path.join(dir, 'deep', 'er', 'archive.db');
    openArchive(file).close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('keep the audit log append-only', () => {
    const db = new Database(':memory:');
    migrate(db, {});
    db.prepare("INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES ('t', 'a', 'x', 's', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow('the audit log is append-only');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('the audit log is append-only');
  });
});
