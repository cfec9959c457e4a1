/** Help topics, `arca help COMMAND SUBCOMMAND`, the man page, and help text for every command and option. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, VERSION } from '../../src/cli.js';
import { visibleCommands } from '../../src/commands/help.js';
import { manPage } from '../../src/commands/manual.js';
import { examplesOf } from '../../src/commands/shared/options.js';
import { memoryIO } from '../../src/output/memory-io.js';
import { runCli } from '../helpers/cli.js';

const TOPICS = ['environment', 'exit-codes', 'formats', 'dates'];

function everyCommand(command: Command, prefix = 'arca'): Array<[string, Command]> {
  return visibleCommands(command).flatMap((c) => [
    [`${prefix} ${c.name()}`, c] as [string, Command],
    ...everyCommand(c, `${prefix} ${c.name()}`),
  ]);
}

describe('arca help', () => {
  it('with a command and its subcommand shows that subcommand’s help', async () => {
    const viaHelp = await runCli(['help', 'takedown', 'open']);
    expect(viaHelp).toMatchObject({ code: 0, stderr: '' });
    expect(viaHelp.stdout).toMatch(/^Usage: arca takedown open \[options\] \[refs\.\.\.\]/);
    expect(viaHelp.stdout).toBe((await runCli(['takedown', 'open', '--help'])).stdout);
  });

  it.each(TOPICS)('%s prints its topic', async (topic) => {
    const r = await runCli(['help', topic]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n').length).toBeGreaterThan(4);
  });

  it('exit-codes names every status arca uses', async () => {
    const { stdout } = await runCli(['help', 'exit-codes']);
    for (const code of ['0', '1', '2', '3', '130']) expect(stdout).toMatch(new RegExp(`^${code} `, 'm'));
  });

  it('environment names the variables arca reads', async () => {
    const { stdout } = await runCli(['help', 'environment']);
    for (const name of ['ARCA_DB', 'ARCA_TZ', 'ARCA_NOW', 'ARCA_ACTOR', 'ARCA_PAGER', 'PAGER', 'NO_COLOR']) {
      expect(stdout).toMatch(new RegExp(`^${name}\\b`, 'm'));
    }
  });

  it('alone shows the program’s help with the topics', async () => {
    const r = await runCli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Help topics: arca help environment, arca help exit-codes, arca help formats, arca help dates',
    );
  });

  it('an unknown topic is a one-line usage error naming what there is', async () => {
    const r = await runCli(['help', 'nonexistent']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^arca: error: no help for "nonexistent": topics are environment, exit-codes, formats, dates; commands are import, list, .*\n$/,
    );
    expect((await runCli(['help', 'takedown', 'nope'])).stderr).toMatch(/^arca: error: no help for "takedown nope": /);
  });
});

describe('help text', () => {
  it('every command and every option has a description, every command examples', async () => {
    const program = await buildProgram([], memoryIO(), {});
    const missing: string[] = [];
    for (const [name, command] of everyCommand(program)) {
      if (!command.description()) missing.push(`${name}: description`);
      if (command.commands.length === 0 && examplesOf(command).length === 0) missing.push(`${name}: examples`);
      for (const option of command.options) if (!option.description) missing.push(`${name} ${option.flags}`);
      for (const argument of command.registeredArguments)
        if (!argument.description) missing.push(`${name} <${argument.name()}>`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the man page', () => {
  it('names every command and renders with man -l (or is well-formed roff where man is missing)', async () => {
    const program = await buildProgram([], memoryIO(), {});
    const page = manPage(program, VERSION);
    expect(page).toMatch(/^\.TH ARCA 1 "" "arca \d+\.\d+\.\d+" "User Commands"\n/);
    expect(
      page.split('\n').filter((l) => /^[.']/.test(l) && !/^\.(TH|SH|SS|TP|B|BR|I|PP|RS|RE|nf|fi) ?/.test(l)),
    ).toEqual([]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'arca-man-')), 'arca.1');
    fs.writeFileSync(file, page);
    const man = spawnSync('man', ['-l', file], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '100', MANPAGER: 'cat', PAGER: 'cat' },
    });
    if (man.error) return; // no man on this machine: the roff checks above stand
    expect(man.status, man.stderr).toBe(0);
    for (const [name] of everyCommand(program)) expect(man.stdout).toContain(name);
    for (const section of [
      'NAME',
      'SYNOPSIS',
      'GLOBAL OPTIONS',
      'COMMANDS',
      'ENVIRONMENT',
      'EXIT STATUS',
      'FORMATS',
      'DATES',
    ]) {
      expect(man.stdout).toMatch(new RegExp(`^${section}$`, 'm'));
    }
    expect(man.stdout).toContain('source (来源) contains text');
    expect(man.stdout).toContain('$ arca takedown list --status overdue');
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
