import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/output/memory-io.js';
import { renderRows, type Column } from '../../src/output/render.js';

interface Row {
  id: number;
  title: string;
}
const columns: Column<Row>[] = [
  { header: 'ID', value: (r) => r.id, align: 'right' },
  { header: 'Title', value: (r) => r.title, flex: true },
];

async function table(rows: Row[], width: number): Promise<string[]> {
  const io = memoryIO({ stdoutIsTTY: true, columns: width });
  await renderRows(io, 'table', rows, columns, (r) => r);
  return io.stdoutText().split('\n').slice(0, -1);
}

describe('a table with huge cells', () => {
  it('shows the start of a 1 MB title, cut to the terminal width with an ellipsis', async () => {
    const title = `晴川县志编纂进展通报${'第一卷审定稿已完成。'.repeat(100_000)}`;
    const out = await table(
      [
        { id: 1, title },
        { id: 2, title: '短标题' },
      ],
      80,
    );
    expect(out).toHaveLength(3);
    expect(out[1]).toMatch(/^ 1 {2}晴川县志编纂进展通报第一卷审定稿已完成。.*…$/);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(out[2]).toBe(' 2  短标题');
  });

  it('never splits a character or goes past the width, whatever the long text is made of', async () => {
    const piece = fc.constantFrom('法', 'a', '𠀀', '👩‍👩‍👧', 'é', '\u0301', '　');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { minLength: 300, maxLength: 2000 }),
        fc.integer({ min: 20, max: 100 }),
        async (parts, width) => {
          const title = parts.join('');
          const [, row] = await table([{ id: 1, title }], width);
          expect(stringWidth(row)).toBeLessThanOrEqual(width);
          const shown = row.slice(' 1  '.length).replace(/…$/, '');
          expect(title.startsWith(shown)).toBe(true);
          expect(shown).not.toMatch(/[\uD800-\uDBFF]$/);
        },
      ),
      { numRuns: 100 },
    );
  });
});
