/** The pager for real: bin/arca on a pseudo-terminal (util-linux `script`), its output through a pager command. */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, tempArchive } from '../helpers/arca.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const archive = tempArchive();
beforeAll(() => {
  archive.arca(['import', `${FIXTURES}/e2e/court.txt`, `${FIXTURES}/e2e/procuratorate.txt`]);
});
afterAll(() => archive.cleanup());

/** Runs arca on a terminal 3 rows high; the "pager" marks every line it is given. */
function onTerminal(args: string): string {
  const command = `stty rows 3 cols 120; "${process.execPath}" "${BIN}" --db "${archive.db}" ${args}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, ARCA_PAGER: 'sed s/^/paged:/', NO_COLOR: '1', ARCA_TZ: 'Asia/Shanghai' },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/\r/g, '');
}

describe.skipIf(!hasScript)('the pager on a real terminal', () => {
  it('starts ARCA_PAGER for output taller than the screen', () => {
    const lines = onTerminal('list').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('paged:'))).toBe(true);
  });

  it('does not with --no-pager', () => {
    expect(onTerminal('list --no-pager')).not.toContain('paged:');
  });
});
