import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { memoryIO } from '../../src/output/memory-io.js';
import { outputMode, renderRecord, renderRows, type Column } from '../../src/output/render.js';
import { truncateAroundHit, truncateToWidth } from '../../src/output/table.js';

interface Row {
  id: number;
  published: string;
  title: string;
  source: string | null;
  removed: boolean;
}

const columns: Column<Row>[] = [
  { header: 'ID', value: (r) => r.id, align: 'right', style: 'id' },
  { header: 'Published', value: (r) => r.published, style: 'date' },
  { header: 'Title', value: (r) => r.title, flex: true },
  { header: 'Source', value: (r) => r.source },
];

const chinese: Row = {
  id: 7,
  published: '2024-03-01',
  title: '市法院发布典型案例',
  source: '青禾日报',
  removed: false,
};
const english: Row = { id: 12, published: '2024-03-02', title: 'Court notice', source: 'Maple Post', removed: true };
const longChinese: Row = { ...chinese, title: '市法院发布关于规范网络转载新闻作品的典型案例' };

const ANSI = /\u001b\[/;
const lines = (text: string): string[] => text.split('\n').slice(0, -1);
/** Display column at which `cell` starts in `line`. */
const displayColumn = (line: string, cell: string): number => stringWidth(line.slice(0, line.indexOf(cell)));

describe('outputMode', () => {
  it('prefers --json, then --ndjson, then a table on a terminal, else TSV', () => {
    const tty = memoryIO({ stdoutIsTTY: true });
    const pipe = memoryIO();
    expect(outputMode(tty, { json: true, ndjson: true })).toBe('json');
    expect(outputMode(pipe, { ndjson: true })).toBe('ndjson');
    expect(outputMode(tty, {})).toBe('table');
    expect(outputMode(pipe, {})).toBe('tsv');
  });
});

describe('table', () => {
  it('lines up Chinese and ASCII titles by display width', async () => {
    const io = memoryIO({ stdoutIsTTY: true, columns: 120 });
    await renderRows(io, 'table', [chinese, english], columns, (r) => r);
    const out = lines(io.stdoutText());
    expect(out).toEqual([
      'ID  Published   Title               Source',
      ' 7  2024-03-01  市法院发布典型案例  青禾日报',
      '12  2024-03-02  Court notice        Maple Post',
    ]);
    expect(displayColumn(out[1], '青禾日报')).toBe(displayColumn(out[0], 'Source'));
    expect(displayColumn(out[2], 'Maple Post')).toBe(displayColumn(out[0], 'Source'));
  });

  it('shrinks the flex column to the terminal width without splitting a wide character', async () => {
    const io = memoryIO({ stdoutIsTTY: true, columns: 40 });
    await renderRows(io, 'table', [longChinese, english], columns, (r) => r);
    const out = lines(io.stdoutText());
    expect(out).toEqual([
      'ID  Published   Title         Source',
      ' 7  2024-03-01  市法院发布…   青禾日报',
      '12  2024-03-02  Court notice  Maple Post',
    ]);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(displayColumn(out[1], '青禾日报')).toBe(displayColumn(out[2], 'Maple Post'));
  });

  it('cuts the other columns too when the terminal is narrower than the flex minimum allows', async () => {
    const io = memoryIO({ stdoutIsTTY: true, columns: 24 });
    await renderRows(io, 'table', [longChinese, english], columns, (r) => r);
    const out = lines(io.stdoutText());
    expect(out).toHaveLength(3);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(24);
  });

  it('colours the header and hinted columns only when colour is on', async () => {
    const coloured = memoryIO({ stdoutIsTTY: true, color: true });
    await renderRows(coloured, 'table', [chinese], columns, (r) => r);
    expect(lines(coloured.stdoutText())[0]).toBe(
      '\u001b[1mID\u001b[22m  \u001b[1mPublished\u001b[22m   \u001b[1mTitle\u001b[22m               \u001b[1mSource\u001b[22m',
    );
    expect(coloured.stdoutText()).toContain('\u001b[36m7\u001b[39m');

    const plain = memoryIO({ stdoutIsTTY: true, color: false });
    await renderRows(plain, 'table', [chinese], columns, (r) => r);
    expect(plain.stdoutText()).not.toMatch(ANSI);
  });

  it('colours a status column by its value', async () => {
    const io = memoryIO({ stdoutIsTTY: true, color: true });
    const status: Column<Row>[] = [
      { header: 'Status', value: (r) => (r.removed ? 'removed' : 'active'), style: 'status' },
    ];
    await renderRows(io, 'table', [chinese, english], status, (r) => r);
    expect(lines(io.stdoutText()).slice(1)).toEqual(['\u001b[32mactive\u001b[39m', '\u001b[31mremoved\u001b[39m']);
  });

  it('prints nothing for no rows', async () => {
    const io = memoryIO({ stdoutIsTTY: true });
    await renderRows(io, 'table', [], columns, (r) => r);
    expect(io.stdoutText()).toBe('');
  });
});

describe('truncateToWidth', () => {
  it('ends in an ellipsis and leaves out a wide character that would not fit whole', () => {
    expect(truncateToWidth('市法院发布典型案例', 6)).toBe('市法…');
    expect(truncateToWidth('Court notice', 8)).toBe('Court n…');
    expect(truncateToWidth('Court', 5)).toBe('Court');
  });

  it('never splits an emoji sequence', () => {
    expect(truncateToWidth('👩‍⚖️👩‍⚖️ ruling', 4)).toBe('👩‍⚖️…');
  });
});

describe('tsv', () => {
  it('writes one tab-separated line per row, without header, colour or truncation', async () => {
    const io = memoryIO({ color: true, columns: 20 });
    await renderRows(io, 'tsv', [longChinese, english], columns, (r) => r);
    expect(io.stdoutText()).toBe(
      '7\t2024-03-01\t市法院发布关于规范网络转载新闻作品的典型案例\t青禾日报\n' +
        '12\t2024-03-02\tCourt notice\tMaple Post\n',
    );
    expect(io.stdoutText()).not.toMatch(ANSI);
  });

  it('turns tabs and line breaks inside values into spaces, null into empty, booleans into words', async () => {
    const io = memoryIO();
    const row = { title: 'line one\nline two\tend\r\nlast', source: null, late: true };
    await renderRows(
      io,
      'tsv',
      [row],
      [
        { header: 'Title', value: (r) => r.title },
        { header: 'Source', value: (r) => r.source },
        { header: 'Late', value: (r) => r.late },
      ],
      (r) => r,
    );
    expect(io.stdoutText()).toBe('line one line two end last\t\ttrue\n');
  });

  it('drops escape sequences that come from the data', async () => {
    const io = memoryIO();
    await renderRows(
      io,
      'tsv',
      [{ t: 'Harbor \u001b[31mnews\u001b[0m' }],
      [{ header: 'T', value: (r) => r.t }],
      (r) => r,
    );
    expect(io.stdoutText()).toBe('Harbor [31mnews[0m\n');
    expect(io.stdoutText()).not.toMatch(ANSI);
  });
});

describe('json and ndjson', () => {
  function* generated(n: number): Generator<Row> {
    for (let i = 1; i <= n; i++) yield { ...english, id: i, title: `Notice ${i} 通知` };
  }

  it('streams a JSON array that parses back to the rows, formatted as JSON.stringify would', async () => {
    const io = memoryIO();
    const toJson = (r: Row) => ({ id: r.id, title: r.title, source: r.source });
    await renderRows(io, 'json', generated(3), columns, toJson);
    const expected = [...generated(3)].map(toJson);
    expect(JSON.parse(io.stdoutText())).toEqual(expected);
    expect(io.stdoutText()).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('writes a large array in bounded chunks rather than one giant string', async () => {
    const io = memoryIO();
    const writes: number[] = [];
    const write = io.stdout.write.bind(io.stdout);
    io.stdout.write = ((chunk: string) => {
      writes.push(chunk.length);
      return write(chunk);
    }) as typeof io.stdout.write;
    await renderRows(io, 'json', generated(50_000), columns, (r) => r);
    expect(JSON.parse(io.stdoutText())).toHaveLength(50_000);
    expect(writes.length).toBeGreaterThan(10);
    expect(Math.max(...writes)).toBeLessThan(128 * 1024);
  });

  it('prints [] for no rows', async () => {
    const io = memoryIO();
    await renderRows(io, 'json', [], columns, (r) => r);
    expect(io.stdoutText()).toBe('[]\n');
  });

  it('writes one compact object per line for ndjson', async () => {
    const io = memoryIO();
    await renderRows(io, 'ndjson', [chinese, english], columns, (r) => ({ id: r.id, source: r.source }));
    expect(io.stdoutText()).toBe('{"id":7,"source":"青禾日报"}\n{"id":12,"source":"Maple Post"}\n');
  });
});

describe('renderRecord', () => {
  const fields: Array<[string, string | number | null]> = [
    ['ID', 7],
    ['Title', '市法院发布典型案例'],
    ['Author', null],
    ['Body', 'First paragraph.\nSecond paragraph.'],
  ];
  const json = { id: 7, title: '市法院发布典型案例', author: null };

  it('aligns labels on a terminal and puts a multi-line value below its label', async () => {
    const io = memoryIO({ stdoutIsTTY: true });
    await renderRecord(io, 'table', fields, json);
    expect(io.stdoutText()).toBe(
      'ID:      7\n' +
        'Title:   市法院发布典型案例\n' +
        'Author:\n' +
        'Body:\n' +
        '  First paragraph.\n' +
        '  Second paragraph.\n',
    );
  });

  it('writes label<TAB>value lines when piped, each value on one line', async () => {
    const io = memoryIO();
    await renderRecord(io, 'tsv', fields, json);
    expect(io.stdoutText()).toBe(
      'ID\t7\nTitle\t市法院发布典型案例\nAuthor\t\nBody\tFirst paragraph. Second paragraph.\n',
    );
  });

  it('writes the JSON object in json mode', async () => {
    const io = memoryIO();
    await renderRecord(io, 'json', fields, json);
    expect(JSON.parse(io.stdoutText())).toEqual(json);
  });
});

describe('truncateAroundHit', () => {
  const hit = (text: string) => `\uE000${text}\uE001`;

  it('keeps the first hit in the middle, cut on both sides, markers taking no width', () => {
    const cell = `${'甲'.repeat(30)}${hit('法院')}${'乙'.repeat(30)}`;
    const cut = truncateAroundHit(cell, 20);
    expect(cut).toBe(`…${'甲'.repeat(4)}${hit('法院')}${'乙'.repeat(3)}…`);
    expect(stringWidth(cut.replace(/[\uE000\uE001]/g, ''))).toBeLessThanOrEqual(20);
  });

  it('gives the room one side cannot use to the other', () => {
    expect(truncateAroundHit(`甲${hit('法院')}${'乙'.repeat(30)}`, 12)).toBe(`甲${hit('法院')}乙乙…`);
    expect(truncateAroundHit(`${'甲'.repeat(30)}${hit('court')}.`, 12)).toBe(`…甲甲${hit('court')}.`);
  });

  it('leaves a cell that fits alone, and cuts a hit wider than the cell from its end', () => {
    expect(truncateAroundHit(`x ${hit('法院')} y`, 20)).toBe(`x ${hit('法院')} y`);
    expect(truncateAroundHit(`甲${hit('最高人民法院')}乙`, 6).replace(/[\uE000\uE001]/g, '')).toBe('最高…');
  });
});
