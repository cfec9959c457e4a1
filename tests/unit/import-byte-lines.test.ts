import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/import/inputs/units.js';

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

const collect = async (bytes: Buffer, cuts: number[], cap: number) => {
  const lines: Array<string | number> = [];
  for await (const line of byteLines(chunked(bytes, cuts), cap))
    lines.push(line.bytes === null ? line.size : line.bytes.toString('latin1'));
  return lines;
};

describe('byteLines', () => {
  it('splits any stream into its lines however it is chunked; a line past the cap comes as its length alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', '渡', '\r', ' '), maxLength: 40 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 30 }),
        async (texts, cuts, cap) => {
          const bytes = Buffer.from(texts.join('\n'), 'latin1');
          const expected = bytes
            .toString('latin1')
            .split('\n')
            .map((l) => (l.length > cap ? l.length : l));
          if (expected[expected.length - 1] === '') expected.pop();
          expect(await collect(bytes, cuts, cap)).toEqual(expected);
        },
      ),
    );
  });

  it('never holds more than the cap of an endless line', async () => {
    async function* endless(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 64; i++) yield Buffer.alloc(1024 * 1024, 0x61);
      yield Buffer.from('\n{"ok":1}\n');
    }
    const lines = [];
    for await (const line of byteLines(endless(), 1024)) lines.push(line);
    expect(lines.map((l) => [l.bytes?.toString() ?? null, l.size])).toEqual([
      [null, 64 * 1024 * 1024],
      ['{"ok":1}', 8],
    ]);
  });
});
