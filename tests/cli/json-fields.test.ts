/** --json FIELDS, --jq EXPR and conflicting output flags on the commands that show records. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_FIELDS } from '../../src/commands/shared/output-flags.js';
import { FIXTURES } from '../helpers/arca.js';
import { tempCliArchive } from '../helpers/cli.js';

const t = tempCliArchive();
const COURT = path.join(FIXTURES, 'e2e', 'court.txt');
const PROCURATORATE = path.join(FIXTURES, 'e2e', 'procuratorate.txt');

beforeAll(async () => {
  expect((await t.arca(['--json', 'import', COURT, PROCURATORATE])).code).toBe(0);
  expect((await t.arca(['takedown', 'open', '1', '--claimant', 'Lotus Valley Press'])).code).toBe(0);
});
afterAll(() => t.cleanup());

async function json(args: string[]): Promise<unknown> {
  const r = await t.arca(args);
  expect(r.stderr.replace(/^arca: warning: .*\n/m, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('--json FIELDS', () => {
  it('list: only the named fields, in the order named', async () => {
    expect(await json(['list', '--json', 'title,id', '--sort', 'id', '--asc'])).toEqual([
      { title: expect.any(String), id: 1 },
      { title: expect.any(String), id: 2 },
    ]);
    const [first] = (await json(['list', '--json', 'title,id'])) as object[];
    expect(Object.keys(first)).toEqual(['title', 'id']);
  });

  it('plain --json still gives every field, before or after the command', async () => {
    const after = (await json(['list', '--json'])) as object[];
    expect(Object.keys(after[0])).toEqual(JSON_FIELDS.list);
    expect(await json(['--json', 'list'])).toEqual(after);
  });

  it('--json=FIELDS works too, and a following argument is not taken for fields', async () => {
    expect(await json(['show', '--json=id,status', '1'])).toEqual({ id: 1, status: 'active' });
    expect(await json(['show', '--json', '1'])).toMatchObject({ id: 1, body: expect.any(String) });
  });

  it('show, search, takedown list, takedown show and log select fields', async () => {
    expect(await json(['show', '1', '--json', 'id,takedowns'])).toEqual({
      id: 1,
      takedowns: [expect.objectContaining({ status: 'open', due: '2026-12-26' })],
    });
    const hits = (await json(['search', '检察', '--json', 'id,score'])) as Array<Record<string, unknown>>;
    expect(hits.length).toBeGreaterThan(0);
    expect(Object.keys(hits[0])).toEqual(['id', 'score']);
    expect(await json(['takedown', 'list', '--json', 'claimant,articles'])).toEqual([
      { claimant: 'Lotus Valley Press', articles: [1] },
    ]);
    expect(await json(['takedown', 'show', 'R1', '--json', 'status,articles'])).toEqual({
      status: 'open',
      articles: [1],
    });
    expect(await json(['log', '--limit', '1', '--json', 'seq,action'])).toEqual([
      { seq: 3, action: 'takedown.opened' },
    ]);
  });

  it('the fields each command accepts are exactly the keys of its JSON', async () => {
    const keys = async (args: string[]) => Object.keys(([] as object[]).concat((await json(args)) as object)[0]);
    expect(await keys(['list', '--json'])).toEqual(JSON_FIELDS.list);
    expect(await keys(['show', '1', '--json'])).toEqual(JSON_FIELDS.show);
    expect(await keys(['search', '检察', '--json'])).toEqual(JSON_FIELDS.search);
    expect(await keys(['takedown', 'list', '--json'])).toEqual(JSON_FIELDS['takedown list']);
    expect(await keys(['takedown', 'show', 'R1', '--json'])).toEqual(JSON_FIELDS['takedown show']);
    expect(await keys(['log', '--json'])).toEqual(JSON_FIELDS.log);
  });

  it('an unknown field is a usage error listing the valid ones, with nothing on stdout', async () => {
    expect(await t.arca(['list', '--json', 'id,headline'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `arca: error: --json: unknown field "headline" for list; valid: ${JSON_FIELDS.list.join(', ')}\n`,
    });
    expect((await t.arca(['takedown', 'list', '--json', 'id,deadline'])).stderr).toBe(
      `arca: error: --json: unknown field "deadline" for takedown list; valid: ${JSON_FIELDS['takedown list'].join(', ')}\n`,
    );
  });

  it('a lone misspelt field is that usage error too, not "too many arguments"', async () => {
    expect(await t.arca(['list', '--json', 'titel'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `arca: error: --json: unknown field "titel" for list; valid: ${JSON_FIELDS.list.join(', ')}\n`,
    });
    expect((await t.arca(['takedown', 'list', '--json', 'claimnt'])).stderr).toBe(
      `arca: error: --json: unknown field "claimnt" for takedown list; valid: ${JSON_FIELDS['takedown list'].join(', ')}\n`,
    );
    // A word a command takes as its argument stays its argument.
    expect((await t.arca(['search', '--json', 'court'])).code).toBe(0);
    expect((await t.arca(['list', 'extra'])).stderr).toMatch(/^arca: error: too many arguments for 'list'/);
  });

  it('a command without field selection refuses a field list', async () => {
    expect(await t.arca(['db', 'info', '--json', 'id,path'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^arca: error: --json FIELDS applies to list, show, search, takedown list, takedown show, log; here use plain --json\n$/,
      ),
    });
  });
});

describe('--jq EXPR', () => {
  it('prints strings raw, one a line, and implies --json', async () => {
    const r = await t.arca(['list', '--sort', 'id', '--asc', '--jq', '.[].id']);
    expect(r).toEqual({ code: 0, stdout: '1\n2\n', stderr: '' });
  });

  it('works on the selected fields and on single records', async () => {
    expect((await t.arca(['list', '--json', 'id', '--jq', 'map(.id) | add'])).stdout).toBe('3\n');
    expect((await t.arca(['takedown', 'show', 'R1', '--jq', '.claimant'])).stdout).toBe('Lotus Valley Press\n');
    expect(JSON.parse((await t.arca(['show', '1', '--jq', '{id, status}'])).stdout)).toEqual({
      id: 1,
      status: 'active',
    });
  });

  it('an expression jq cannot compile is a one-line usage error', async () => {
    const r = await t.arca(['list', '--jq', '.[']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^arca: error: --jq "\.\[": syntax error, unexpected end of file.*\n$/);
  });
});

describe('--template TEXT', () => {
  it('formats each record by field, in a range, and implies --json', async () => {
    const r = await t.arca(['list', '--sort', 'id', '--asc', '--template', '{{range .}}{{.id}}: {{.status}}\n{{end}}']);
    expect(r).toEqual({ code: 0, stdout: '1: active\n2: active\n', stderr: '' });
  });

  it('works on single records, nested fields, pipelines, if/else and the functions', async () => {
    const show = await t.arca(['takedown', 'show', 'R1', '--template', '{{.claimant | truncate 8}} {{len .articles}}']);
    expect(show.stdout).toBe('Lotus V… 1');
    const joined = await t.arca(['takedown', 'list', '--template', '{{range .}}{{join "+" .articles}}{{end}}']);
    expect(joined.stdout).toBe('1');
    const plucked = await t.arca(['list', '--sort', 'id', '--asc', '--template', '{{pluck "id" . | join ","}}']);
    expect(plucked.stdout).toBe('1,2');
    const branches = '{{range .}}{{if .views}}views{{else}}no views{{end}}|{{end}}';
    expect((await t.arca(['list', '--template', branches])).stdout).toMatch(/^((no )?views\|){2}$/);
    const nested = await t.arca([
      'search',
      '检察',
      '--limit',
      '1',
      '--template',
      '{{range .}}{{.snippet.text}}{{end}}',
    ]);
    expect(nested.stdout).toContain('检察');
    expect((await t.arca(['list', '--template', '{{range .}}x{{else}}none{{end}}', '--source', 'nobody'])).stdout).toBe(
      'none',
    );
  });

  it('lines tablerow cells up on a terminal and separates them by tabs in a pipe', async () => {
    const template = '{{range .}}{{tablerow .id .status}}{{end}}{{tablerender}}end';
    const args = ['list', '--sort', 'id', '--asc', '--template', template];
    expect((await t.arca(args)).stdout).toBe('1\tactive\n2\tactive\nend');
    expect(
      (await t.arca(['takedown', 'list', '--template', '{{range .}}{{tablerow .id .claimant}}{{end}}'], { tty: true }))
        .stdout,
    ).toBe('R1  Lotus Valley Press\n');
  });

  it('applies to the selected fields only', async () => {
    const r = await t.arca(['list', '--json', 'id', '--sort', 'id', '--asc', '--template', '{{range .}}{{.}}{{end}}']);
    expect(r.stdout).toBe('{"id":1}{"id":2}');
  });

  it.each([
    ['{{.titel}}', '--template: no field "titel" here; fields: id, status, received'],
    ['{{range .}}', '--template: {{range}} is not closed with {{end}}'],
    ['{{end}}', '--template: {{end}} without {{range}}, {{if}} or {{with}}'],
    [
      '{{upper .title}}',
      '--template: unknown function "upper" (known: join, pluck, truncate, len, tablerow, tablerender)',
    ],
    ['{{.id', '--template: an action is not closed with }}'],
    ['{{else if .x}}', '--template: {{else if .x}}: only a plain {{else}} (nest an {{if}} inside it)'],
  ])('%j is a one-line usage error with nothing on stdout', async (template, message) => {
    const r = await t.arca(['takedown', 'show', 'R1', '--template', template]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(new RegExp(`^arca: error: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\n$`));
  });

  it('a command without field selection refuses it', async () => {
    expect((await t.arca(['db', 'info', '--template', '{{.}}'])).stderr).toMatch(
      /^arca: error: --template applies to list, show, search, takedown list, takedown show, log; here use plain --json\n$/,
    );
  });
});

describe('conflicting output flags', () => {
  it.each([
    [['list', '--json', '--ndjson']],
    [['list', '--ndjson', '--jq', '.']],
    [['--ndjson', 'log', '--json', 'seq']],
    [['list', '--ndjson', '--template', '{{.}}']],
    [['list', '--jq', '.', '--template', '{{.}}']],
  ])('%j is refused with a usage error', async (args) => {
    const r = await t.arca(args);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^arca: error: option '--(ndjson|template <text>)' cannot be used with option '--(json \[fields\]|jq <expression>|template <text>)'\n/,
    );
  });
});
