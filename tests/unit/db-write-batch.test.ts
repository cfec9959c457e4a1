import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.js';
import { ArchiveError } from '../../src/db/errors.js';
import { WriteBatch } from '../../src/db/write-batch.js';
import { newArchive } from '../helpers/archive.js';

let dir: string;
let db: Db;
let other: Database.Database;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-batch-'));
  db = await newArchive(path.join(dir, 'archive.db'));
  db.exec('CREATE TABLE notes (text TEXT)');
  // Another process's view of the file: it sees only what was committed.
  other = new Database(db.name);
});
afterEach(() => {
  other.close();
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const note = (text: string) => () => db.prepare('INSERT INTO notes VALUES (?)').run(text);
const writeNotes = (batch: WriteBatch, count: number) => {
  for (let i = 0; i < count; i++) batch.write(note(`第${i}条`));
};
const committedNotes = () => (other.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;

describe('WriteBatch', () => {
  it('begins at the first write and commits once 5000 items are written, not before', async () => {
    const batch = new WriteBatch(db, { whole: false });
    batch.start();
    expect(db.inTransaction).toBe(false);
    writeNotes(batch, 4999);
    await batch.commitIfFull();
    expect(committedNotes()).toBe(0);
    batch.write(note('第4999条'));
    await batch.commitIfFull();
    expect(committedNotes()).toBe(5000);
    expect(db.inTransaction).toBe(false);
  });

  it('holds a whole-run batch open from the start until it finishes', async () => {
    const batch = new WriteBatch(db, { whole: true });
    batch.start();
    expect(db.inTransaction).toBe(true);
    writeNotes(batch, 5000);
    await batch.commitIfFull();
    expect(committedNotes()).toBe(0);
    batch.finish({ upkeep: false });
    expect(committedNotes()).toBe(5000);
  });

  it('rolls back the open batch only: what earlier batches committed stays', async () => {
    const batch = new WriteBatch(db, { whole: false });
    writeNotes(batch, 5000);
    await batch.commitIfFull();
    batch.write(note('未提交'));
    batch.rollback();
    batch.finish({ upkeep: false });
    expect(committedNotes()).toBe(5000);
  });

  it('runs the end-of-run upkeep in a transaction of its own when none is open', () => {
    const batch = new WriteBatch(db, { whole: false });
    batch.finish({ upkeep: true });
    expect(db.inTransaction).toBe(false);
    expect(other.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()).toEqual({
      n: 1,
    });
  });

  it('turns a failure of the file into one line naming it, after rolling back', () => {
    const batch = new WriteBatch(db, { whole: true });
    batch.start();
    batch.write(note('写到一半'));
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const thrown = batch.abandon(full);
    expect(thrown).toEqual(
      new ArchiveError(`the disk holding ${db.name} is full: free some space and run the command again`),
    );
    expect(db.inTransaction).toBe(false);
    expect(committedNotes()).toBe(0);
    const unrelated = new Error('not the file');
    expect(batch.abandon(unrelated)).toBe(unrelated);
  });
});
