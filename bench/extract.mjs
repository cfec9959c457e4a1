#!/usr/bin/env node
// node bench/extract.mjs [--json] [--verbose]        (or: npm run bench -- --extract [--json] [--verbose])
// Scores an HTML extractor on the fixture pages in tests/fixtures/extraction/ (see the README there):
// per-field exact accuracy, body token F1, pages refused or thrown; and readability-lxml on the same pages
// in the same run (Debian package python3-readability; skipped with a note when it is not installed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'extraction');

// The extractor under test, as "module-path#exportName" (path from the repository root). Point it at another
// engine here or with ARCA_EXTRACTOR. It is called as fn(bytes, { path, url, format: 'html' }) and returns (or
// resolves to) a page with ParsedPage's fields, or parseItem's { items: [{ page, error }] }. No page, or an item
// with an error, counts as refused; an exception as thrown.
const EXTRACTOR = process.env.ARCA_EXTRACTOR ?? 'dist/import/pages/parse.js#parseItem';

const FIELDS = ['title', 'published', 'source', 'author', 'editor', 'site', 'original_url', 'window_days'];
/** Scored only when the extractor returns it (ParsedPage has no such field yet); not part of the overall figure. */
const EXTRA_FIELDS = ['window_unit'];
/** readability-lxml finds a title and a body, nothing else. */
const READABILITY_FIELDS = ['title'];

async function loadExtractor(spec) {
  const [modulePath, exportName = 'default'] = spec.split('#');
  const file = path.resolve(ROOT, modulePath);
  if (!fs.existsSync(file)) {
    throw new Error(`extractor module ${file} not found (build first: npx tsc -p tsconfig.json)`);
  }
  const fn = (await import(pathToFileURL(file).href))[exportName];
  if (typeof fn !== 'function') throw new Error(`${modulePath} has no function export "${exportName}"`);
  return fn;
}

function loadFixtures() {
  const fixtures = [];
  for (const family of fs.readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!family.isDirectory() || family.name === 'build') continue;
    const dir = path.join(FIXTURES, family.name);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const name = file.slice(0, -'.html'.length);
      const expectedFile = path.join(dir, `${name}.expected.json`);
      if (!fs.existsSync(expectedFile)) throw new Error(`${family.name}/${file} has no ${name}.expected.json`);
      fixtures.push({
        id: `${family.name}/${name}`,
        family: family.name,
        file: path.join(dir, file),
        bytes: fs.readFileSync(path.join(dir, file)),
        expected: JSON.parse(fs.readFileSync(expectedFile, 'utf8')),
      });
    }
  }
  return fixtures.sort((a, b) => a.id.localeCompare(b.id));
}

/** A page, or why there is none. */
function outcomeOf(result) {
  if (result && Array.isArray(result.items)) {
    const item = result.items[0];
    return item?.page ? { page: item.page } : { refused: item?.error ?? 'no record' };
  }
  return result ? { page: result } : { refused: 'no page' };
}

async function runExtractor(fn, fixtures) {
  const outcomes = new Map();
  for (const f of fixtures) {
    try {
      const options = { path: f.expected.url ?? f.file, url: f.expected.url ?? null, format: 'html' };
      outcomes.set(f.id, outcomeOf(await fn(new Uint8Array(f.bytes), options)));
    } catch (err) {
      outcomes.set(f.id, { thrown: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcomes;
}

// readability-lxml, one python3 process for all pages: one JSON job a line in ({id, html: base64 bytes}),
// one JSON result a line out ({id, title, body} or {id, error}). It decodes the bytes itself (meta charset).
const READABILITY_SCRIPT = String.raw`
import sys, json, base64, re
from readability import Document
import lxml.html

BLOCKS = {'p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4',
          'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'figure', 'figcaption', 'header', 'footer', 'aside'}

def text_with_paragraphs(html):
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == 'br' or el.tag in BLOCKS:
            el.tail = '\n' + (el.tail or '')
        if el.tag in BLOCKS:
            el.text = '\n' + (el.text or '')
    lines = (re.sub(r'\s+', ' ', line).strip() for line in root.text_content().split('\n'))
    return '\n'.join(line for line in lines if line)

for line in sys.stdin:
    job = json.loads(line)
    try:
        doc = Document(base64.b64decode(job['html']))
        summary = doc.summary(html_partial=True)
        body = text_with_paragraphs(summary) if summary.strip() else ''
        out = {'id': job['id'], 'title': doc.short_title(), 'body': body}
    except Exception as e:
        out = {'id': job['id'], 'error': type(e).__name__ + ': ' + str(e)}
    print(json.dumps(out, ensure_ascii=False), flush=True)
`;

/** The first python3 that can import readability (pyenv shims may hide the Debian one), else null. */
function readabilityPython() {
  const candidates = [process.env.READABILITY_PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
  return candidates.find((py) => spawnSync(py, ['-c', 'import readability, lxml.html']).status === 0) ?? null;
}

function runReadability(python, fixtures) {
  const input = fixtures.map((f) => JSON.stringify({ id: f.id, html: f.bytes.toString('base64') })).join('\n');
  const r = spawnSync(python, ['-c', READABILITY_SCRIPT], { input: `${input}\n`, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`readability-lxml exited ${r.status}: ${String(r.stderr).slice(-500)}`);
  const outcomes = new Map();
  for (const line of String(r.stdout).split('\n').filter(Boolean)) {
    const out = JSON.parse(line);
    outcomes.set(out.id, out.error ? { thrown: out.error } : { page: { title: out.title, body: out.body } });
  }
  return outcomes;
}

// ---------------------------------------------------------------- scoring
const normalise = (v) => (v === undefined || v === null ? null : typeof v === 'string' ? v.trim() || null : v);

// Each Han character is a token, each run of Latin letters or digits one lower-cased token; punctuation and
// spaces are no tokens. NFKC first, so the figure measures which text was kept, not its width (fields do that).
const TOKEN = /\p{Script=Han}|[\p{Script=Latin}\p{Nd}]+/gu;
const tokens = (text) => (typeof text === 'string' ? (text.normalize('NFKC').toLowerCase().match(TOKEN) ?? []) : []);

/** Token-multiset precision, recall and F1 of a body against the expected one. */
export function bodyScore(expected, got) {
  const want = tokens(expected);
  const have = tokens(got);
  if (want.length === 0 && have.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const left = new Map();
  for (const t of want) left.set(t, (left.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of have) {
    const n = left.get(t);
    if (n) {
      overlap++;
      left.set(t, n - 1);
    }
  }
  const precision = have.length ? overlap / have.length : 0;
  const recall = want.length ? overlap / want.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Scores on `fields`; the overall field accuracy is the mean over `overall` (null when empty). */
function score(fixtures, outcomes, fields, overall) {
  const pages = fixtures.map((f) => {
    const outcome = outcomes.get(f.id) ?? { thrown: 'no result' };
    const page = outcome.page ?? {};
    const wrong = {};
    const right = {};
    for (const field of fields) {
      const expected = normalise(f.expected[field]);
      const got = normalise(page[field]);
      right[field] = expected === got;
      if (!right[field]) wrong[field] = { expected, got };
    }
    return {
      page: f.id,
      family: f.family,
      ...bodyScore(f.expected.body, page.body),
      right,
      wrong,
      ...(outcome.refused && { refused: outcome.refused }),
      ...(outcome.thrown && { thrown: outcome.thrown }),
    };
  });
  const mean = (list, pick) => (list.length ? list.reduce((s, x) => s + pick(x), 0) / list.length : 0);
  const share = (field) => mean(pages, (p) => (p.right[field] ? 1 : 0));
  return {
    fields: Object.fromEntries(fields.map((f) => [f, share(f)])),
    field_accuracy: overall.length ? mean(overall, share) : null,
    body: Object.fromEntries(['precision', 'recall', 'f1'].map((k) => [k, mean(pages, (p) => p[k])])),
    refused: pages.filter((p) => p.refused).length,
    thrown: pages.filter((p) => p.thrown).length,
    pages,
  };
}

// ---------------------------------------------------------------- report
const pct = (x) => `${(x * 100).toFixed(0)}%`;
const show = (v) => (v === null ? 'null' : JSON.stringify(v));

function table(results, fixtures) {
  const count = fixtures.length;
  const withValue = (field) => fixtures.filter((f) => normalise(f.expected[field]) !== null).length;
  const names = Object.keys(results);
  const cell = (name, render) => (results[name].skipped ? 'skipped' : render(results[name]));
  const fieldCell = (name, field) =>
    cell(name, (r) =>
      field in r.fields ? `${pct(r.fields[field])} (${Math.round(r.fields[field] * count)}/${count})` : '—',
    );
  const rows = [
    ...FIELDS.map((field) => [`${field} (${withValue(field)} with a value)`, ...names.map((n) => fieldCell(n, field))]),
    ...EXTRA_FIELDS.filter((field) => names.some((n) => results[n].fields && field in results[n].fields)).map(
      (field) => [`${field} (extra, not in overall)`, ...names.map((n) => fieldCell(n, field))],
    ),
    [
      `field accuracy (${FIELDS.length} fields)`,
      ...names.map((n) => cell(n, (r) => (r.field_accuracy === null ? '—' : pct(r.field_accuracy)))),
    ],
    [
      'body token F1 (precision / recall)',
      ...names.map((n) =>
        cell(n, (r) => `${r.body.f1.toFixed(3)} (${r.body.precision.toFixed(3)} / ${r.body.recall.toFixed(3)})`),
      ),
    ],
    ['pages refused / thrown', ...names.map((n) => cell(n, (r) => `${r.refused} / ${r.thrown}`))],
  ];
  const header = ['figure', ...names];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function verboseLines(results) {
  const lines = [];
  for (const [name, r] of Object.entries(results)) {
    if (r.skipped) continue;
    lines.push(`\n${name}: pages with a wrong field, a body F1 below 0.95, or no page`);
    for (const p of r.pages) {
      const wrong = Object.entries(p.wrong).map(
        ([f, { expected, got }]) => `${f}: expected ${show(expected)} got ${show(got)}`,
      );
      const failure = p.refused ? [`refused: ${p.refused}`] : p.thrown ? [`thrown: ${p.thrown}`] : [];
      if (wrong.length === 0 && failure.length === 0 && p.f1 >= 0.95) continue;
      lines.push(`  ${p.page}  F1 ${p.f1.toFixed(3)} (P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)})`);
      for (const w of [...failure, ...wrong]) lines.push(`      ${w}`);
    }
    const families = [...new Set(r.pages.map((p) => p.family))];
    lines.push(`\n${name} by family: fields right, body F1`);
    for (const family of families) {
      const ps = r.pages.filter((p) => p.family === family);
      const checks = ps.flatMap((p) => Object.entries(p.right).filter(([f]) => !EXTRA_FIELDS.includes(f)));
      const right = checks.length ? pct(checks.filter(([, ok]) => ok).length / checks.length) : '—';
      const f1 = ps.reduce((s, p) => s + p.f1, 0) / ps.length;
      lines.push(`  ${family.padEnd(16)} ${right.padStart(4)}  ${f1.toFixed(3)}`);
    }
  }
  return lines.join('\n');
}

/** Runs the extraction bench; returns the exit code. */
export async function runExtractBench(args) {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const note = (msg) => process.stderr.write(`${msg}\n`);
  let fixtures;
  let extractor;
  try {
    fixtures = loadFixtures();
    extractor = await loadExtractor(EXTRACTOR);
  } catch (err) {
    note(`bench: ${err.message}`);
    return 1;
  }
  const families = new Set(fixtures.map((f) => f.family)).size;
  const outcomes = await runExtractor(extractor, fixtures);
  const extras = EXTRA_FIELDS.filter((f) => [...outcomes.values()].some((o) => o.page && f in o.page));
  const results = { arca: { extractor: EXTRACTOR, ...score(fixtures, outcomes, [...FIELDS, ...extras], FIELDS) } };
  const python = readabilityPython();
  if (python) {
    results['readability-lxml'] = score(fixtures, runReadability(python, fixtures), READABILITY_FIELDS, []);
  } else {
    results['readability-lxml'] = { skipped: 'python3-readability not installed' };
    note('readability-lxml: skipped (python3-readability not installed)');
  }

  if (json) {
    console.log(JSON.stringify({ fixtures: fixtures.length, families, extractors: results }, null, 2));
    if (verbose) note(verboseLines(results));
    return 0;
  }
  console.log(
    `\narca extraction bench — ${fixtures.length} pages in ${families} families ` +
      `(tests/fixtures/extraction), extractor ${EXTRACTOR}\n`,
  );
  console.log(table(results, fixtures));
  console.log(
    '\nfields: exact match after trimming (null = null); ' + 'body F1: Han characters and Latin/digit runs as tokens',
  );
  if (verbose) console.log(verboseLines(results));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await runExtractBench(process.argv.slice(2));
}
