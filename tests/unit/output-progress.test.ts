import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/output/memory-io.js';
import { createProgress } from '../../src/output/progress.js';

async function runTicks(io: ReturnType<typeof memoryIO>, total: number | null, ticks: number): Promise<void> {
  const progress = await createProgress(io, total, 'importing');
  for (let i = 0; i < ticks; i++) progress.tick();
  progress.done();
}

describe('createProgress', () => {
  it('draws count, rate and ETA on a terminal stderr, never on stdout', async () => {
    const io = memoryIO({ stderrIsTTY: true, stdoutIsTTY: false });
    await runTicks(io, 3, 3);
    const drawn = io.stderrText();
    expect(drawn).toMatch(/importing \[=+\] 3\/3 \| [\d.]+\/s \| ETA /);
    // Removed when done: the cursor is back at the start of the bar's line, the rest of the screen cleared.
    expect(drawn.endsWith('\x1b[0J')).toBe(true);
    expect(io.stdoutText()).toBe('');
  });

  it('writes lines above the bar: cleared, the line, the bar again; a plain line without a bar', async () => {
    const io = memoryIO({ stderrIsTTY: true });
    const progress = await createProgress(io, 3, 'importing');
    progress.tick();
    progress.line('arca: error: a.txt: empty file');
    progress.tick();
    progress.done();
    const drawn = io.stderrText();
    const note = drawn.indexOf('\x1b[2Karca: error: a.txt: empty file\n');
    expect(note).toBeGreaterThanOrEqual(0);
    // The bar is drawn again below the line, at once.
    expect(drawn.indexOf('1/3', note)).toBeGreaterThan(note);
    for (const plain of [memoryIO({ stderrIsTTY: false }), memoryIO({ stderrIsTTY: true, quiet: true })]) {
      const none = await createProgress(plain, 3, 'importing');
      none.line('arca: error: a.txt: empty file');
      none.done();
      expect(plain.stderrText()).toBe('arca: error: a.txt: empty file\n');
    }
  });

  it('shows a running count without a bar when the total is unknown', async () => {
    const io = memoryIO({ stderrIsTTY: true });
    await runTicks(io, null, 2);
    expect(io.stderrText()).toMatch(/importing 2 \| [\d.]+\/s \| \d+s/);
    expect(io.stderrText()).not.toMatch(/\[[=-]+\]/);
  });

  it('counts batches passed to tick(n)', async () => {
    const io = memoryIO({ stderrIsTTY: true });
    const progress = await createProgress(io, 10, 'importing');
    progress.tick(4);
    progress.tick(6);
    progress.done();
    expect(io.stderrText()).toContain('10/10');
  });

  it('counts the work only when it draws a bar: the count may mean walking a folder tree', async () => {
    let counted = 0;
    const count = () => {
      counted++;
      return 4;
    };
    for (const io of [memoryIO({ stderrIsTTY: false }), memoryIO({ stderrIsTTY: true, quiet: true })]) {
      (await createProgress(io, count, 'importing')).done();
    }
    expect(counted).toBe(0);
    const io = memoryIO({ stderrIsTTY: true });
    const progress = await createProgress(io, count, 'importing');
    progress.tick(4);
    progress.done();
    expect(counted).toBe(1);
    expect(io.stderrText()).toContain('4/4');
  });

  it('writes nothing when stderr is not a terminal', async () => {
    const io = memoryIO({ stdoutIsTTY: true, stderrIsTTY: false });
    await runTicks(io, 3, 3);
    expect(io.stderrText()).toBe('');
  });

  it('writes nothing with --quiet', async () => {
    const io = memoryIO({ stderrIsTTY: true, quiet: true });
    await runTicks(io, 3, 3);
    expect(io.stderrText()).toBe('');
  });
});
