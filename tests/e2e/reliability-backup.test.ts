/**
 * `arca db backup` while other processes write: an import filling the archive, and a writer that never
 * rests. The backups and the writers are processes; checking the copies runs in process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempArchive } from '../helpers/arca.js';
import {
  articleLines,
  committedArticles,
  dbCheck,
  generatePages,
  startArca,
  whileRunning,
  workFolder,
} from '../helpers/processes.js';
import { NO_SHARED } from '../helpers/shared.js';

const work = workFolder('arca-backup-');

// Both cases at once, each with an archive of its own.
describe.skipIf(NO_SHARED)('arca db backup while others write', { concurrent: true }, () => {
  /** The copy's article count, once `db check` has passed it. */
  async function soundCopy(copy: string): Promise<number> {
    expect(await dbCheck(copy)).toEqual([0, 'archive OK\n']);
    return (await articleLines(copy)).length;
  }

  it('copies an archive that an import is filling', async () => {
    const pages = await generatePages(3000, 404, path.join(work(), 'backup'));
    const t = tempArchive();
    const importing = startArca(['--db', t.db, '-q', 'import', pages]);
    await whileRunning(importing.running, () => committedArticles(t.db) >= 100);
    const committed = committedArticles(t.db);
    const copy = path.join(t.dir, 'copy.db');
    const backup = startArca(['--db', t.db, 'db', 'backup', copy]);
    expect(importing.running(), 'the import ended before the backup began').toBe(true);
    const backedUp = await backup.finished;
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect((await importing.finished).code).toBe(0);
    expect(await soundCopy(copy)).toBeGreaterThanOrEqual(committed);
    t.cleanup();
  }, 60_000);

  it('finishes while another process commits without pause', async () => {
    const t = tempArchive();
    expect(t.arca(['-q', 'import', await generatePages(300, 505, path.join(work(), 'busy'))]).code).toBe(0);
    const articles = (await articleLines(t.db)).length;
    // A writer that never rests: a copy made a few pages at a time would start over at every commit.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `
      const db = new (require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))}))(${JSON.stringify(t.db)});
      db.pragma('busy_timeout = 10000');
      const put = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('load-probe', ?)");
      for (let n = 0; ; n++) put.run(String(n));
    `,
      ],
      { stdio: 'ignore' },
    );
    try {
      await whileRunning(
        () => writer.exitCode === null,
        () => fs.existsSync(`${t.db}-wal`) && fs.statSync(`${t.db}-wal`).size > 0,
      );
      const copy = path.join(t.dir, 'copy.db');
      const backup = startArca(['--db', t.db, 'db', 'backup', copy]);
      const outcome = await Promise.race([
        backup.finished,
        new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 20_000)),
      ]);
      if (outcome === 'stuck') backup.child.kill('SIGKILL');
      expect(outcome).toMatchObject({ code: 0 });
      expect(await soundCopy(copy)).toBe(articles);
    } finally {
      writer.kill('SIGKILL');
    }
    t.cleanup();
  }, 60_000);
});
