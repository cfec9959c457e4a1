/** What a writer killed with kill -9 left beside its target (issue 20) is cleared by the next writer of it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCliArchive } from '../helpers/cli.js';

let t: ReturnType<typeof tempCliArchive>;
beforeEach(async () => {
  t = tempCliArchive();
  const page = path.join(t.dir, 'page.json');
  fs.writeFileSync(page, JSON.stringify({ title: '渡口夜航公告', body: '渡船恢复夜间班次。' }));
  expect((await t.arca(['import', page])).code).toBe(0);
});
afterEach(() => t.cleanup());

/** A process id that is certainly gone: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function leftovers(target: string): { stale: string[]; live: string } {
  const stale = [`${deadPid()}-m1abc-0`, `${deadPid()}-m1abd-3`].map((tail) => `${target}.partial-${tail}`);
  stale.push(`${stale[1]}-wal`, `${stale[1]}-shm`);
  // A writer still running (this test's parent) keeps its copy.
  const live = `${target}.partial-${process.ppid}-m1abe-0`;
  for (const f of [...stale, live]) fs.writeFileSync(f, 'half a copy');
  return { stale, live };
}

const partialsBeside = (target: string) =>
  fs
    .readdirSync(path.dirname(target))
    .filter((n) => n.startsWith(`${path.basename(target)}.partial-`))
    .map((n) => path.join(t.dir, n));

describe('partial copies of killed writers', () => {
  it.each([
    ['export --out', (target: string) => ['export', '--out', target]],
    ['db backup', (target: string) => ['db', 'backup', target]],
  ])("%s removes those whose process is gone, and keeps a running one's", async (_, args) => {
    const target = path.join(t.dir, 'copy.out');
    const { live } = leftovers(target);
    const r = await t.arca(args(target));
    expect(r.code).toBe(0);
    expect(partialsBeside(target)).toEqual([live]);
    expect(fs.existsSync(target)).toBe(true);
  });

  it('leaves the partial copies of another file alone', async () => {
    const other = path.join(t.dir, 'other.out');
    const { stale, live } = leftovers(other);
    expect((await t.arca(['export', '--out', path.join(t.dir, 'copy.out')])).code).toBe(0);
    expect(partialsBeside(other).sort()).toEqual([...stale, live].sort());
  });
});
