/**
 * The import's screen through a real terminal (tmux): lines printed while the progress bar is drawn
 * stay readable, the bar is gone before the summary, and Ctrl-C says what was done.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runArca } from '../helpers/arca.js';

let dir: string;
let socket: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arca-tty-'));
  socket = `arca-test-${process.pid}-${path.basename(dir)}`;
  tmux('new-session', '-d', '-x', '100', '-y', '30', '-s', 'arca', 'bash --norc --noprofile');
});
afterEach(() => {
  // Only the tmux server of this test, on its own socket.
  try {
    tmux('kill-server');
  } catch {
    /* already gone */
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

/** The whole screen and its scroll-back, wrapped lines joined. */
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', 'arca');

/** Waits (polling the screen, never judging time) until `done` holds. */
async function until(done: (text: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 1200; i++) {
    const text = screen();
    if (done(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the terminal never showed ${what}:\n${screen()}`);
}

const MARK = '--- arca starts ---';

/** Types the command, behind a line marking where its output starts. */
function run(command: string): void {
  tmux('send-keys', '-t', 'arca', `PS1='$ '; echo '${MARK}'; ${command}; echo "exit=$?"`, 'Enter');
}

/** The lines the command wrote, then its exit code and the prompt. */
function output(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  return lines.slice(lines.lastIndexOf(MARK) + 1);
}

function pages(count: number, broken: number[] = []): string {
  const folder = path.join(dir, 'pages');
  fs.mkdirSync(folder);
  for (let i = 1; i <= count; i++) {
    const name = path.join(folder, `n${String(i).padStart(5, '0')}.json`);
    fs.writeFileSync(
      name,
      broken.includes(i)
        ? ''
        : JSON.stringify({
            title: `Ferry notice ${i}`,
            body: `The ferry office posted notice number ${i} for the harbour.`,
            published: '2026-11-01',
          }),
    );
  }
  return folder;
}

const env = (db: string) => `ARCA_TZ=Asia/Shanghai ARCA_DB=${db} ${process.execPath} ${BIN}`;

describe('an import on a terminal', () => {
  it('prints failures above the bar, removes the bar, and ends with the summary on lines of its own', async () => {
    const broken = [40, 180, 320];
    const folder = pages(400, broken);
    const db = path.join(dir, 'archive.db');
    run(`${env(db)} import ${folder}`);
    const text = await until((t) => /^exit=\d+$/m.test(t), 'the exit code');
    expect(output(text)).toEqual([
      ...broken.map((i) => `arca: error: ${folder}/n${String(i).padStart(5, '0')}.json: empty file`),
      'imported 397, updated 0, duplicates 0, failed 3',
      'arca: error: 3 of 400 items failed (named above)',
      'exit=1',
      '$',
    ]);
  });

  it('Ctrl-C says what was done, exits 130, and keeps what was imported', async () => {
    const folder = pages(6000);
    const db = path.join(dir, 'archive.db');
    run(`${env(db)} import ${folder}`);
    await until((t) => /importing \[[=-]+\] [1-9]\d*\/6000/.test(t), 'the bar counting');
    tmux('send-keys', '-t', 'arca', 'C-c');
    const text = await until((t) => /^exit=\d+$/m.test(t), 'the exit code');
    const [interrupted, imported] =
      /^arca: error: interrupted: (\d+) imported, 0 duplicates; run the same command again to continue$/m.exec(text) ??
      [];
    // The bar is gone: the line, the exit code and the prompt are all that is left.
    expect(output(text), text).toEqual([interrupted, 'exit=130', '$']);
    expect(Number(imported)).toBeGreaterThan(0);
    const listed = JSON.parse(runArca(['--db', db, 'list', '--json', '--limit', '10000']).stdout) as unknown[];
    expect(listed).toHaveLength(Number(imported));
  });
});
