import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/db/connection.js';
import { backupArchive } from '../../src/db/maintenance.js';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

let dir: string;
let umask: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-modes-'));
  umask = process.umask(0o022); // the usual one, which leaves new files 0644
});
afterEach(() => {
  process.umask(umask);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("what arca creates is its owner's alone", () => {
  it('a new archive, its folders, and its write-ahead log', async () => {
    const file = path.join(dir, 'data', 'arca', 'archive.db');
    const db = await openArchive(file, { create: true });
    db.exec("INSERT INTO settings (key, value) VALUES ('probe', '1')");
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(path.join(dir, 'data'))).toBe(0o700);
    db.close();
  });

  it('a backup, even of an archive someone made readable to all', async () => {
    const file = path.join(dir, 'archive.db');
    const db = await openArchive(file, { create: true });
    fs.chmodSync(file, 0o644);
    const target = path.join(dir, 'backup.db');
    await backupArchive(db, target, { overwrite: false });
    db.close();
    expect(mode(target)).toBe(0o600);
  });
});
