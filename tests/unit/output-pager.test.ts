import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/output/memory-io.js';
import { choosePager, pagedOutput, spawnPager } from '../../src/output/pager.js';

describe('choosePager', () => {
  const tty = { isTTY: true };
  it('is less -FRX on a terminal by default, and nothing when piped or refused', () => {
    expect(choosePager(tty, {}, false)).toBe('less -FRX');
    expect(choosePager({ isTTY: false }, { ARCA_PAGER: 'most' }, false)).toBeUndefined();
    expect(choosePager(tty, {}, true)).toBeUndefined();
  });
});

describe('pagedOutput', () => {
  it('writes everything straight out when the pager cannot start', async () => {
    const io = memoryIO({ stdoutIsTTY: true });
    const paged = pagedOutput(Object.assign(io.stdout, { rows: 3 }), 'less', {}, async () => undefined);
    for (let i = 1; i <= 5; i++) paged.stream.write(`line ${i}\n`);
    await paged.finish();
    expect(io.stdoutText()).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n');
  });

  it('counts a line wider than the terminal as the screen lines it wraps onto', async () => {
    const io = memoryIO({ stdoutIsTTY: true, columns: 10 });
    const started: string[] = [];
    const paged = pagedOutput(Object.assign(io.stdout, { rows: 3 }), 'less', {}, async (command) => {
      started.push(command);
      return undefined;
    });
    paged.stream.write(`${'x'.repeat(25)}\n`);
    await paged.finish();
    expect(started).toEqual(['less']);
  });
});

describe('spawnPager', () => {
  it('resolves to nothing for a pager that is not installed', async () => {
    expect(await spawnPager('arca-no-such-pager -R', {})).toBeUndefined();
  });
});
