import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../../src/output/memory-io.js';

// `arca list` renders through these modules; start-up must not pay for what the output does not use.
const HEAVY = ['chalk', 'string-width', 'cli-progress', '@inquirer/prompts'];
const loaded: string[] = [];

afterEach(() => {
  loaded.length = 0;
  vi.resetModules();
  for (const name of HEAVY) vi.doUnmock(name);
});

async function loadOutputLayer() {
  for (const name of HEAVY) {
    vi.doMock(name, async (importOriginal) => {
      loaded.push(name);
      return importOriginal();
    });
  }
  const [memory, render, progress, prompts] = await Promise.all([
    import('../../src/output/memory-io.js'),
    import('../../src/output/render.js'),
    import('../../src/output/progress.js'),
    import('../../src/output/prompts.js'),
    import('../../src/output/io.js'),
  ]);
  return { ...memory, ...render, ...progress, ...prompts };
}

const rows = [{ id: 1, title: '通知' }];
const columns = [{ header: 'ID', value: (r: { id: number }) => r.id }];

describe('start-up cost', () => {
  it('piped and JSON output load none of chalk, string-width, cli-progress, @inquirer/prompts', async () => {
    const { memoryIO, renderRows, renderRecord, outputMode, createProgress, inquirerPrompter } =
      await loadOutputLayer();
    const io = memoryIO();
    await renderRows(io, outputMode(io, {}), rows, columns, (r) => r);
    await renderRows(io, 'json', rows, columns, (r) => r);
    await renderRecord(io, 'tsv', [['ID', 1]], { id: 1 });
    (await createProgress(io, 10, 'importing')).done(); // piped stderr: no bar
    inquirerPrompter(io);
    expect(loaded).toEqual([]);
  });

  it('a terminal table loads chalk and string-width but neither progress bar nor prompts', async () => {
    const { memoryIO, renderRows } = await loadOutputLayer();
    await renderRows(memoryIO({ stdoutIsTTY: true }), 'table', rows, columns, (r) => r);
    expect([...loaded].sort()).toEqual(['chalk', 'string-width']);
  });

  it('loads cli-progress once a bar is really drawn', async () => {
    const { memoryIO, createProgress } = await loadOutputLayer();
    (await createProgress(memoryIO({ stderrIsTTY: true }), 1, 'importing')).done();
    expect(loaded).toEqual(['cli-progress']);
  });
});

// Shell integration: completion, --jq and --template load their libraries only when used.
const TEMPLATE = '../../src/output/template.js';
const SHELL_LIBRARIES = ['@bomb.sh/tab', 'jq-wasm', TEMPLATE];

describe('start-up cost of the shell integration', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-lazy-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function run(argv: string[]): Promise<string[]> {
    const used: string[] = [];
    for (const name of SHELL_LIBRARIES) {
      vi.doMock(name, async (importOriginal) => {
        used.push(name);
        return importOriginal();
      });
    }
    const { main } = await import('../../src/cli.js');
    await main(['--db', path.join(folder, 'archive.db'), ...argv], memoryIO(), { ARCA_TZ: 'UTC' });
    for (const name of SHELL_LIBRARIES) vi.doUnmock(name);
    return used;
  }

  it('arca list, list --json and --version load neither the completion library, jq nor templates', async () => {
    expect(await run(['import', '-'])).toEqual([]);
    expect(await run(['list'])).toEqual([]);
    expect(await run(['list', '--json'])).toEqual([]);
    expect(await run(['--version'])).toEqual([]);
  });

  it('arca completion loads the completion library, and only it', async () => {
    expect(await run(['completion', 'bash'])).toEqual(['@bomb.sh/tab']);
  });

  it('--jq loads jq, and only it', async () => {
    expect(await run(['list', '--jq', '.'])).toEqual(['jq-wasm']);
  });

  it('--template loads the template module, and only it', async () => {
    expect(await run(['list', '--template', '{{len .}}'])).toEqual([TEMPLATE]);
  });
});

describe('script folding is read only where text is folded', () => {
  it('list and show never read the opencc-js table; search does', async () => {
    const { newArchive, addArticle } = await import('../helpers/archive.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-lazy-'));
    const file = path.join(dir, 'archive.db');
    const db = await newArchive(file);
    addArticle(db, { title: '白河區人民檢察院公告', body: '檢察官出庭。' });
    db.close();
    vi.resetModules();
    const tables: string[] = [];
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      const readFileSync = ((target: unknown, ...rest: unknown[]) => {
        if (String(target).includes('opencc-js')) tables.push(String(target));
        return (fs.readFileSync as (...args: unknown[]) => unknown)(target, ...rest);
      }) as typeof fs.readFileSync;
      return { ...fs, default: { ...fs, readFileSync }, readFileSync };
    });
    try {
      const { runCli } = await import('../helpers/cli.js');
      expect((await runCli(['--db', file, 'list'])).code).toBe(0);
      expect((await runCli(['--db', file, 'show', '1'])).code).toBe(0);
      expect((await runCli(['--db', file, 'list'], { tty: true })).code).toBe(0);
      expect(tables).toEqual([]);
      expect((await runCli(['--db', file, 'search', '检察'])).stdout).toContain('[檢察]');
      expect(tables).toHaveLength(1);
    } finally {
      vi.doUnmock('node:fs');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
