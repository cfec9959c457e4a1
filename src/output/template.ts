/**
 * `--template TEXT`: the JSON output formatted by a subset of Go's text/template, as gh's --template is
 * (docs/design.md says why this subset and why written here). What it understands:
 *
 * - `{{.}}`, `{{.field}}`, `{{.a.b}}`, `{{$}}`/`{{$.field}}` (the whole output); `{{- … -}}` trims spaces;
 * - `{{range PIPE}}…{{else}}…{{end}}`, `{{if PIPE}}…{{else}}…{{end}}`, `{{with PIPE}}…{{end}}`;
 * - pipelines `{{.title | truncate 20}}` (the piped value is the last argument), "strings", numbers;
 * - functions: join SEP LIST, pluck FIELD LIST, truncate WIDTH TEXT, len X, tablerow CELL…, tablerender.
 *
 * Values print as text: null as nothing, lists and objects as JSON. A field an object lacks is an error
 * naming the fields it has, not an empty string: a typo must not pass for an empty field.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';

type Arg = { kind: 'path'; fromRoot: boolean; keys: string[] } | { kind: 'literal'; value: unknown };
interface Call {
  name?: string;
  args: Arg[];
}
type Pipeline = Call[];
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'print'; pipeline: Pipeline }
  | { kind: 'range' | 'if' | 'with'; pipeline: Pipeline; body: Node[]; otherwise: Node[] };

export interface Template {
  nodes: Node[];
}

/** How tablerow cells are laid out: aligned by display width on a terminal, tab-separated in a pipe. */
export interface TemplateOutput {
  aligned: boolean;
  /** Display width of a cell (string-width on a terminal). */
  width?: (text: string) => number;
}

const FUNCTIONS = new Set(['join', 'pluck', 'truncate', 'len', 'tablerow', 'tablerender']);

function templateError(message: string): UsageError {
  return new UsageError(t('template.error', { message }));
}

// A string, a raw string, a pipe, or a word (fields, $, numbers, names).
const TOKEN = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||[^\s|"`]+)/gy;

function parsePipeline(source: string): Pipeline {
  const calls: Pipeline = [];
  let current: Call = { args: [] };
  TOKEN.lastIndex = 0;
  let read = 0;
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    read = TOKEN.lastIndex;
    const token = match[1];
    if (token === '|') {
      if (current.name === undefined && current.args.length === 0)
        throw templateError(t('template.emptyPipeline', { action: source }));
      calls.push(current);
      current = { args: [] };
    } else if (current.name === undefined && current.args.length === 0 && /^[a-z]\w*$/i.test(token)) {
      if (!FUNCTIONS.has(token)) {
        throw templateError(t('template.unknownFunction', { name: token, known: [...FUNCTIONS].join(', ') }));
      }
      current.name = token;
    } else {
      current.args.push(parseArg(token, source));
    }
  }
  if (source.slice(read).trim() !== '') throw templateError(t('template.unreadable', { action: source }));
  if (current.name === undefined && current.args.length === 0)
    throw templateError(t('template.emptyAction', { action: source }));
  calls.push(current);
  return calls;
}

function parseArg(token: string, source: string): Arg {
  if (token.startsWith('"')) return { kind: 'literal', value: JSON.parse(token) as string };
  if (token.startsWith('`')) return { kind: 'literal', value: token.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(token)) return { kind: 'literal', value: Number(token) };
  if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
  if (token === 'nil') return { kind: 'literal', value: null };
  const path = /^(\$)?((?:\.[\p{L}\p{N}_]+)+|\.)?$/u.exec(token);
  if (!path || (!path[1] && !path[2])) throw templateError(t('template.unreadableToken', { token, action: source }));
  const keys = path[2] && path[2] !== '.' ? path[2].slice(1).split('.') : [];
  return { kind: 'path', fromRoot: path[1] === '$', keys };
}

const ACTION = /\{\{(-\s)?([\s\S]*?)(\s-)?\}\}/g;

/** TEXT parsed, or a usage error saying what it cannot read (checked before the archive opens). */
export function parseTemplate(text: string): Template {
  const root: Node[] = [];
  // Open blocks, innermost last; `inElse` says which branch new nodes go to.
  const stack: Array<{ node: Extract<Node, { body: Node[] }>; inElse: boolean }> = [];
  const target = () => {
    const open = stack.at(-1);
    return open ? (open.inElse ? open.node.otherwise : open.node.body) : root;
  };
  let at = 0;
  let trimNext = false;
  for (const match of text.matchAll(ACTION)) {
    let before = text.slice(at, match.index);
    if (trimNext) before = before.trimStart();
    if (match[1]) before = before.trimEnd();
    if (before) target().push({ kind: 'text', text: before });
    at = match.index + match[0].length;
    trimNext = Boolean(match[3]);
    const action = match[2].trim();
    if (action.startsWith('/*')) continue;
    const [word] = action.split(/\s/, 1);
    if (word === 'end') {
      if (!stack.pop()) throw templateError(t('template.strayEnd'));
    } else if (word === 'else') {
      if (action !== 'else') throw templateError(t('template.elseIf', { action }));
      const open = stack.at(-1);
      if (!open || open.inElse) throw templateError(t('template.strayElse'));
      open.inElse = true;
    } else if (word === 'range' || word === 'if' || word === 'with') {
      const node: Extract<Node, { body: Node[] }> = {
        kind: word,
        pipeline: parsePipeline(action.slice(word.length)),
        body: [],
        otherwise: [],
      };
      target().push(node);
      stack.push({ node, inElse: false });
    } else {
      target().push({ kind: 'print', pipeline: parsePipeline(action) });
    }
  }
  const rest = trimNext ? text.slice(at).trimStart() : text.slice(at);
  if (rest.includes('{{')) throw templateError(t('template.unclosedAction'));
  if (rest) target().push({ kind: 'text', text: rest });
  if (stack.length > 0) throw templateError(t('template.unclosedBlock', { block: stack.at(-1)!.node.kind }));
  return { nodes: root };
}

interface Run {
  root: unknown;
  out: string[];
  rows: string[][];
  output: TemplateOutput;
}

/** The template applied to the command's JSON value. */
export function executeTemplate(template: Template, data: unknown, output: TemplateOutput): string {
  const run: Run = { root: data, out: [], rows: [], output };
  execute(template.nodes, data, run);
  flushTable(run);
  return run.out.join('');
}

function execute(nodes: Node[], dot: unknown, run: Run): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        run.out.push(node.text);
        break;
      case 'print':
        run.out.push(printed(evaluate(node.pipeline, dot, run)));
        break;
      case 'if':
      case 'with': {
        const value = evaluate(node.pipeline, dot, run);
        if (truthy(value)) execute(node.body, node.kind === 'with' ? value : dot, run);
        else execute(node.otherwise, dot, run);
        break;
      }
      case 'range': {
        const value = evaluate(node.pipeline, dot, run);
        const items = rangeItems(value);
        if (items.length === 0) execute(node.otherwise, dot, run);
        for (const item of items) execute(node.body, item, run);
        break;
      }
    }
  }
}

function rangeItems(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  // As Go ranges over a map: its values, by sorted key.
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.keys(record)
      .sort()
      .map((key) => record[key]);
  }
  throw templateError(t('template.rangeValue', { value: JSON.stringify(value) }));
}

function evaluate(pipeline: Pipeline, dot: unknown, run: Run): unknown {
  let piped: unknown[] = [];
  for (const call of pipeline) {
    const args = [...call.args.map((arg) => argValue(arg, dot, run)), ...piped];
    if (call.name === undefined) {
      if (args.length !== 1) throw templateError(t('template.manyArguments'));
      piped = [args[0]];
    } else {
      piped = [callFunction(call.name, args, run)];
    }
  }
  return piped[0];
}

function argValue(arg: Arg, dot: unknown, run: Run): unknown {
  if (arg.kind === 'literal') return arg.value;
  let value = arg.fromRoot ? run.root : dot;
  for (const key of arg.keys) {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) throw templateError(t('template.listHasNoFields', { key }));
    if (typeof value !== 'object') {
      throw templateError(t('template.valueHasNoFields', { key, value: JSON.stringify(value) }));
    }
    const record = value as Record<string, unknown>;
    if (!Object.hasOwn(record, key)) {
      throw templateError(t('template.unknownField', { key, fields: Object.keys(record).join(', ') }));
    }
    value = record[key];
  }
  return value;
}

function callFunction(name: string, args: unknown[], run: Run): unknown {
  const need = (count: number) => {
    if (args.length !== count) throw templateError(t('template.argumentCount', { name, count, got: args.length }));
  };
  switch (name) {
    case 'join': {
      need(2);
      return listArg(name, args[1]).map(printed).join(printed(args[0]));
    }
    case 'pluck': {
      need(2);
      const key = printed(args[0]);
      return listArg(name, args[1]).map((item) => (item as Record<string, unknown> | null)?.[key] ?? null);
    }
    case 'truncate': {
      need(2);
      if (typeof args[0] !== 'number' || args[0] < 1) throw templateError(t('template.truncateWidth'));
      return truncated(printed(args[1]), args[0], run.output.width ?? ((text) => Array.from(text).length));
    }
    case 'len': {
      need(1);
      const value = args[0];
      if (typeof value === 'string') return Array.from(value).length;
      if (Array.isArray(value)) return value.length;
      if (value !== null && typeof value === 'object') return Object.keys(value).length;
      throw templateError(t('template.lenValue', { value: JSON.stringify(value) }));
    }
    case 'tablerow':
      if (args.length === 0) throw templateError(t('template.tablerowEmpty'));
      run.rows.push(args.map((cell) => printed(cell).replace(/[\t\r\n]+/g, ' ')));
      return '';
    default: // tablerender
      need(0);
      flushTable(run);
      return '';
  }
}

function listArg(name: string, value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw templateError(t('template.listValue', { name, value: JSON.stringify(value) }));
  return value;
}

/** TEXT cut to WIDTH columns, ending in … when cut. */
function truncated(text: string, width: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (widthOf(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
}

/** The rows tablerow collected: columns aligned on a terminal (two spaces apart), tab-separated in a pipe. */
function flushTable(run: Run): void {
  if (run.rows.length === 0) return;
  const { aligned, width = (text: string) => text.length } = run.output;
  const widths: number[] = [];
  for (const row of run.rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  for (const row of run.rows) {
    const cells = aligned
      ? row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell) + 2)))
      : row;
    run.out.push(`${cells.join(aligned ? '' : '\t')}\n`);
  }
  run.rows = [];
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

function printed(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
