#!/usr/bin/env node
// npm run bench [-- --size N] [--runs R] [--skip sqlite-utils,shell,export,html,html-import,list]
// npm run bench -- --search [--size N] [--fresh]: only the search figures, on the archive an earlier run of that
//   size left in .bench-cache/ (imported afresh when there is none, or with --fresh)
// npm run bench -- --fold-import [--size N] [--import-runs K]: import with and without script folding, by turns
// npm run bench -- --extract [--json] [--verbose]: only extraction accuracy on tests/fixtures/extraction
// Generates the corpus once (cached in .bench-cache/), imports it into a fresh archive, and prints every figure
// next to a baseline measured in the same run, with the ratio and the target. Baselines whose tool is not
// installed (rg, sqlite-utils, sqlite3) are named as missing. Never part of `npm test`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.ARCA_SHARED ?? path.resolve(ROOT, '..', 'shared');
const GEN = path.join(SHARED, 'bench', 'gen-corpus.mjs');
const ARCA = path.join(ROOT, 'bin', 'arca');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// The extraction section needs no corpus and no archive: it runs alone and ends the bench.
if (args.includes('--extract')) {
  const { runExtractBench } = await import('./extract.mjs');
  process.exit(await runExtractBench(args));
}
const SIZE = Number(flag('--size', '10000'));
const RUNS = Number(flag('--runs', '7'));
const SEARCH_ONLY = args.includes('--search');
const FOLD_IMPORT = args.includes('--fold-import');
// Sections a large run can leave out (the 1M run skips the copies of the corpus they would write).
const SECTIONS = ['sqlite-utils', 'shell', 'export', 'html', 'html-import', 'list'];
const SKIP = new Set(SEARCH_ONLY || FOLD_IMPORT ? SECTIONS : flag('--skip', '').split(',').filter(Boolean));
const runs = (section) => !SKIP.has(section);
const absent = (section, tool) => (runs(section) ? `${tool} missing` : `${tool} skipped`);
const needNdjson = runs('sqlite-utils') || runs('shell');
const CACHE = path.join(ROOT, '.bench-cache');
const CORPUS = path.join(CACHE, `corpus-${SIZE}`);
const WORK = path.join(CACHE, `run-${SIZE}`);

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const missing = [];
for (const tool of ['rg', 'sqlite-utils', 'sqlite3']) if (!has(tool)) missing.push(tool);
if (!GNU_TIME) missing.push('GNU time (peak RSS)');

function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

/** Runs a command once; wall seconds and (with GNU time) peak RSS in MiB and CPU seconds (user + system). */
function measure(cmd, cmdArgs, options = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...options.env };
  const timeFile = path.join(os.tmpdir(), `arca-bench-time-${process.pid}`);
  const argv = GNU_TIME ? [GNU_TIME, '-f', '%e %M %U %S', '-o', timeFile, cmd, ...cmdArgs] : [cmd, ...cmdArgs];
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    env,
    cwd: options.cwd ?? ROOT,
    input: options.input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let rssMiB = null;
  let cpuSeconds = null;
  if (GNU_TIME && fs.existsSync(timeFile)) {
    const [, kb, user, system] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
    rssMiB = Number(kb) / 1024;
    cpuSeconds = Number(user) + Number(system);
    fs.rmSync(timeFile);
  }
  if (r.status !== 0 && !options.allowFail) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return { seconds, rssMiB, cpuSeconds, stdout: r.stdout ? String(r.stdout) : '', status: r.status };
}

/** The run with the median wall time of `runs` runs after one warm-up (for figures measured in seconds). */
function medianRun(cmd, cmdArgs, options = {}, runs = 3) {
  measure(cmd, cmdArgs, options);
  const results = Array.from({ length: runs }, () => measure(cmd, cmdArgs, options));
  return results.sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)];
}

/**
 * Median wall time in ms of each named command, after one warm-up each. The commands take turns
 * (A B C, A B C, …), so a machine that slows down or speeds up during the bench weighs on a figure
 * and its baselines alike.
 */
function medians(commands) {
  const entries = Object.entries(commands);
  for (const [, [cmd, cmdArgs, options]] of entries) measure(cmd, cmdArgs, options);
  const times = entries.map(() => []);
  const last = [];
  for (let i = 0; i < RUNS; i++) {
    entries.forEach(([, [cmd, cmdArgs, options]], k) => {
      last[k] = measure(cmd, cmdArgs, options);
      times[k].push(last[k].seconds * 1000);
    });
  }
  return Object.fromEntries(
    entries.map(([name], k) => [
      name,
      { ms: times[k].sort((a, b) => a - b)[Math.floor(RUNS / 2)], stdout: last[k].stdout },
    ]),
  );
}

function dirBytes(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return total;
}

// ---------------------------------------------------------------- corpus
if (!fs.existsSync(GEN)) {
  log(`cannot find the corpus generator at ${GEN} (set ARCA_SHARED)`);
  process.exit(2);
}
for (const format of [...(needNdjson ? ['txt', 'ndjson'] : ['txt']), ...(runs('html-import') ? ['html'] : [])]) {
  const out = path.join(CORPUS, format);
  if (fs.existsSync(path.join(out, '.done'))) continue;
  log(`generating ${SIZE} ${format} articles (cached in ${out})`);
  fs.rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [GEN, '--count', String(SIZE), '--out', out, '--format', format], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.writeFileSync(path.join(out, '.done'), '');
}
const TXT = path.join(CORPUS, 'txt');
const NDJSON = path.join(CORPUS, 'ndjson', 'corpus.ndjson');
const rawBytes = dirBytes(TXT);

const TERMS = ['法院', '人民法院', '检察机关'];

const fmtS = (s) => `${s.toFixed(1)} s`;
const fmtMs = (ms) => `${ms.toFixed(0)} ms`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : 'n/a');
const check = (ok) => (ok ? 'met' : 'MISSED');
const gitHead = () => spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).stdout.toString().trim();

// ---------------------------------------------------------------- import with and without script folding
// The same pages into fresh archives by turns: this build, and a copy of it whose script folding is switched
// off (foldScript returns its text), so the difference is folding alone.
if (FOLD_IMPORT) {
  const noFold = path.join(CACHE, 'build-without-folding');
  fs.rmSync(noFold, { recursive: true, force: true });
  fs.mkdirSync(noFold, { recursive: true });
  for (const dir of ['bin', 'dist']) fs.cpSync(path.join(ROOT, dir), path.join(noFold, dir), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(noFold, 'node_modules'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(noFold, 'package.json'));
  const foldJs = path.join(noFold, 'dist', 'search', 'fold.js');
  const source = fs.readFileSync(foldJs, 'utf8');
  const patched = source.replace(/export function foldScript\(text\) \{/, '$&\n    return text;');
  if (patched === source) throw new Error(`cannot find foldScript in ${foldJs}`);
  fs.writeFileSync(foldJs, patched);
  const builds = { folding: ARCA, 'no folding': path.join(noFold, 'bin', 'arca') };
  const importRuns = Number(flag('--import-runs', '2'));
  const runsOf = { folding: [], 'no folding': [] };
  const importDb = path.join(CACHE, `fold-import-${SIZE}.db`);
  for (let i = 0; i < importRuns; i++) {
    for (const [name, bin] of Object.entries(builds)) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(importDb + suffix, { force: true });
      const run = measure(process.execPath, [bin, '--db', importDb, 'import', '--quiet', TXT]);
      runsOf[name].push(run);
      const cpu = run.cpuSeconds === null ? '' : `, CPU ${fmtS(run.cpuSeconds)}`;
      log(`import ${SIZE} pages, ${name}: ${fmtS(run.seconds)}${cpu} (load ${os.loadavg()[0].toFixed(1)})`);
    }
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(importDb + suffix, { force: true });
  // The lower median of each build's wall and CPU seconds (CPU: user + system, all threads; GNU time).
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor((list.length - 1) / 2)];
  const figures = (name, key) => runsOf[name].map((run) => run[key]).filter((v) => v !== null);
  console.log(
    `\narca bench — import of ${SIZE} txt pages, ${importRuns} runs of each build by turns (lower medians)\n`,
  );
  console.log('| figure | no script folding | script folding | ratio | target |\n| --- | --- | --- | --- | --- |');
  for (const [label, key, target] of [
    ['wall time', 'seconds', 1.1],
    ['CPU time', 'cpuSeconds', null],
  ]) {
    const [without, withFolding] = [figures('no folding', key), figures('folding', key)];
    if (without.length === 0) continue;
    const [a, b] = [median(without), median(withFolding)];
    const cell = (list, m) => `${fmtS(m)} (${list.map(fmtS).join(', ')})`;
    const verdict = target === null ? '(reported)' : `≤ ${target}× · ${check(b / a <= target)}`;
    console.log(`| ${label} | ${cell(without, a)} | ${cell(withFolding, b)} | ${ratio(b, a)} | ${verdict} |`);
  }
  process.exit(0);
}

// --search reuses the archive an earlier complete import of this size left (the marker names its build).
const DB = path.join(WORK, 'archive.db');
const IMPORTED = path.join(WORK, 'imported');
const reuse = SEARCH_ONLY && !args.includes('--fresh') && fs.existsSync(IMPORTED);
if (!reuse) {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
}
const arca = (...a) => [ARCA, '--db', DB, ...a];
const rows = [];
const row = (figure, value, baseline, ratio, target) => rows.push({ figure, value, baseline, ratio, target });

// ---------------------------------------------------------------- import
let imp;
if (reuse) {
  log(`reusing the archive imported by ${fs.readFileSync(IMPORTED, 'utf8').trim()} (--fresh imports again)`);
} else {
  log(`importing ${SIZE} text pages with arca`);
  imp = measure(process.execPath, arca('import', '--quiet', TXT), { allowFail: true });
  if (imp.status === 0) fs.writeFileSync(IMPORTED, `${gitHead()} on ${new Date().toISOString()}\n`);
}
let suSeconds = null;
if (runs('sqlite-utils') && has('sqlite-utils')) {
  log('baseline: sqlite-utils insert --nl + enable-fts');
  const su = path.join(WORK, 'su.db');
  const ins = measure('sqlite-utils', ['insert', su, 'articles', NDJSON, '--nl']);
  const fts = measure('sqlite-utils', ['enable-fts', su, 'articles', 'title', 'body']);
  suSeconds = ins.seconds + fts.seconds;
}
let shellLoadSeconds = null;
if (runs('shell') && has('sqlite3')) {
  log('baseline: sqlite3 shell loading the same rows');
  const base = path.join(WORK, 'shell.db');
  const sql = `PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
CREATE TEMP TABLE raw(line TEXT);
.mode ascii
.separator "\x1f" "\\n"
.import ${NDJSON} raw
CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, published TEXT, source TEXT, author TEXT, views INTEGER, original_url TEXT, body TEXT, disclaimer TEXT, site TEXT);
INSERT INTO articles(title, published, source, author, views, original_url, body, disclaimer, site)
  SELECT line->>'title', line->>'published', line->>'source', line->>'author', line->>'views', line->>'original_url', line->>'body', line->>'disclaimer', line->>'site' FROM raw;
`;
  shellLoadSeconds = measure('sqlite3', [base], { input: sql }).seconds;
}
const pagesPerSecond = imp ? SIZE / imp.seconds : null;
if (imp) {
  row(
    'import: pages/s (arca, txt pages)',
    `${pagesPerSecond.toFixed(0)} pages/s (${fmtS(imp.seconds)}, exit ${imp.status})`,
    suSeconds ? `sqlite-utils insert+enable-fts ${fmtS(suSeconds)}` : absent('sqlite-utils', 'sqlite-utils'),
    suSeconds ? ratio(imp.seconds, suSeconds) : 'n/a',
    suSeconds ? `≤ 2.5× · ${check(imp.seconds / suSeconds <= 2.5)}` : '≤ 2.5×',
  );
  row(
    'import: vs sqlite3 shell loading rows',
    fmtS(imp.seconds),
    shellLoadSeconds ? `sqlite3 shell ${fmtS(shellLoadSeconds)}` : absent('shell', 'sqlite3'),
    shellLoadSeconds ? ratio(imp.seconds, shellLoadSeconds) : 'n/a',
    '(floor, no target)',
  );
  row(
    'import: peak RSS',
    imp.rssMiB ? `${imp.rssMiB.toFixed(0)} MiB` : 'n/a',
    '',
    '',
    '(reported; not compared across sizes)',
  );
}
// The same articles as HTML pages (the generator's same seed), into an archive of their own: the extraction
// engine's DOM must not make folder imports crawl.
if (runs('html-import')) {
  log(`importing ${SIZE} HTML pages with arca`);
  const htmlDb = path.join(WORK, 'html.db');
  const htmlImp = measure(process.execPath, [ARCA, '--db', htmlDb, 'import', '--quiet', path.join(CORPUS, 'html')], {
    allowFail: true,
  });
  const htmlPagesPerSecond = SIZE / htmlImp.seconds;
  fs.rmSync(htmlDb, { force: true });
  row(
    'import: pages/s (arca, html pages)',
    `${htmlPagesPerSecond.toFixed(0)} pages/s (${fmtS(htmlImp.seconds)}, exit ${htmlImp.status})`,
    `txt pages ${pagesPerSecond.toFixed(0)} pages/s`,
    ratio(htmlPagesPerSecond, pagesPerSecond),
    `≥ 0.5× · ${check(htmlPagesPerSecond / pagesPerSecond >= 0.5)}`,
  );
}

// Ground truth for recall: the archived articles (duplicates in the corpus are not archived) whose
// title, body, source or author contain the term, by a plain substring scan of arca's own export.
const truth = Object.fromEntries(TERMS.map((t) => [t, 0]));
{
  const child = spawn(process.execPath, [ARCA, '--db', DB, '-q', 'export'], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of readline.createInterface({ input: child.stdout })) {
    if (!line) continue;
    const a = JSON.parse(line);
    const text = [a.title, a.body, a.source ?? '', a.author ?? ''].join('\n');
    for (const t of TERMS) if (text.includes(t)) truth[t]++;
  }
}

// ---------------------------------------------------------------- archive size
const archiveBytes = fs.statSync(DB).size + (fs.existsSync(`${DB}-wal`) ? fs.statSync(`${DB}-wal`).size : 0);
// Pages SQLite freed (FTS5 merging index segments) stay in the file for later writes to reuse.
const freeBytes = (() => {
  const db = new (createRequire(import.meta.url)('better-sqlite3'))(DB, { readonly: true });
  try {
    return db.pragma('freelist_count', { simple: true }) * db.pragma('page_size', { simple: true });
  } finally {
    db.close();
  }
})();
row(
  'archive size (with index and raw pages)',
  `${(archiveBytes / 2 ** 20).toFixed(0)} MiB (${(freeBytes / 2 ** 20).toFixed(0)} MiB of it free pages)`,
  `raw pages ${(rawBytes / 2 ** 20).toFixed(0)} MiB`,
  ratio(archiveBytes, rawBytes),
  `≤ 3× · ${check(archiveBytes / rawBytes <= 3)}`,
);

// ---------------------------------------------------------------- start-up floor, list
const bs3 = path.join(ROOT, 'node_modules', 'better-sqlite3');
const floorRequire = [process.execPath, ['-e', `require(${JSON.stringify(bs3)})`]];
const floorQuery = [
  process.execPath,
  [
    '-e',
    `const D=require(${JSON.stringify(bs3)});const db=new D(${JSON.stringify(DB)},{readonly:true});console.log(db.prepare('SELECT id,title FROM articles ORDER BY id DESC LIMIT 20').all().length)`,
  ],
];
if (runs('list')) {
  const startup = medians({ floor: floorRequire, list: [process.execPath, arca('list', '--limit', '20')] });
  row(
    'list --limit 20 (whole process)',
    fmtMs(startup.list.ms),
    `node + better-sqlite3 ${fmtMs(startup.floor.ms)}`,
    ratio(startup.list.ms, startup.floor.ms),
    `≤ 1.5× · ${check(startup.list.ms / startup.floor.ms <= 1.5)}`,
  );
}

// ---------------------------------------------------------------- search
const SU_DB = path.join(WORK, 'su.db');
const withSqliteUtils = has('sqlite-utils') && fs.existsSync(SU_DB);
for (const term of TERMS.slice(0, 2)) {
  // The search takes turns with its floor and the baselines it is compared with (see medians).
  const m = medians({
    search: [process.execPath, arca('search', term, '--limit', '20'), { allowFail: true }],
    floor: floorQuery,
    ...(has('rg') && { rg: ['sh', ['-c', `rg -l ${term} ${TXT} | wc -l`]] }),
    ...(withSqliteUtils && { sqliteUtils: ['sqlite-utils', ['search', SU_DB, 'articles', term, '--limit', '20']] }),
  });
  const count = Number(measure(process.execPath, arca('search', term, '--count'), { allowFail: true }).stdout.trim());
  row(
    `search ${term} --limit 20 (whole process)`,
    fmtMs(m.search.ms),
    `node + better-sqlite3 + one query ${fmtMs(m.floor.ms)}`,
    ratio(m.search.ms, m.floor.ms),
    `≤ 2× · ${check(m.search.ms / m.floor.ms <= 2)}`,
  );
  if (m.rg) {
    row(
      `search ${term} vs rg -l over the pages`,
      fmtMs(m.search.ms),
      `rg -l ${fmtMs(m.rg.ms)} (${m.rg.stdout.trim()} files)`,
      ratio(m.search.ms, m.rg.ms),
      `≥ 4× faster · ${check(m.rg.ms / m.search.ms >= 4)}`,
    );
  }
  row(
    `search ${term} recall`,
    `${count} articles`,
    `substring truth ${truth[term]}`,
    ratio(count, truth[term]),
    `= 1 · ${check(count === truth[term])}`,
  );
  if (m.sqliteUtils) {
    const suCount = JSON.parse(
      measure('sqlite-utils', [
        'query',
        SU_DB,
        'select count(*) as n from articles_fts where articles_fts match :q',
        '-p',
        'q',
        term,
      ]).stdout,
    )[0].n;
    row(
      `search ${term} vs sqlite-utils search`,
      fmtMs(m.search.ms),
      `sqlite-utils ${fmtMs(m.sqliteUtils.ms)}, finds ${suCount}`,
      ratio(m.search.ms, m.sqliteUtils.ms),
      '(recall baseline)',
    );
  }
}

// ---------------------------------------------------------------- export
let dumpSeconds = null;
if (runs('export')) {
  const exportNd = medianRun(
    'sh',
    [
      '-c',
      `${process.execPath} ${arca('export', '--format', 'ndjson').join(' ')} > ${path.join(WORK, 'export.ndjson')}`,
    ],
    { allowFail: true },
  );
  const exportSmall = measure(
    process.execPath,
    arca('export', '--format', 'ndjson', '--limit', String(Math.max(1, Math.floor(SIZE / 10)))),
    { stdout: 'ignore', allowFail: true },
  );
  if (has('sqlite3')) {
    dumpSeconds = medianRun('sh', [
      '-c',
      `sqlite3 ${DB} "SELECT json_object('id', id, 'title', title, 'published', published, 'source', source, 'author', author, 'views', views, 'original_url', original_url, 'body', body) FROM articles" > ${path.join(WORK, 'dump.ndjson')}`,
    ]).seconds;
  }
  row(
    'export ndjson',
    fmtS(exportNd.seconds),
    dumpSeconds ? `sqlite3 JSON dump ${fmtS(dumpSeconds)}` : 'sqlite3 missing',
    dumpSeconds ? ratio(exportNd.seconds, dumpSeconds) : 'n/a',
    dumpSeconds ? `≤ 2× · ${check(exportNd.seconds / dumpSeconds <= 2)}` : '≤ 2×',
  );
  row(
    'export ndjson peak RSS: all vs a tenth',
    exportNd.rssMiB ? `${exportNd.rssMiB.toFixed(0)} MiB` : 'n/a',
    exportSmall.rssMiB ? `${exportSmall.rssMiB.toFixed(0)} MiB (--limit ${Math.floor(SIZE / 10)})` : 'n/a',
    exportNd.rssMiB && exportSmall.rssMiB ? ratio(exportNd.rssMiB, exportSmall.rssMiB) : 'n/a',
    exportNd.rssMiB && exportSmall.rssMiB ? `≤ 1.2× · ${check(exportNd.rssMiB / exportSmall.rssMiB <= 1.2)}` : '≤ 1.2×',
  );
}
if (runs('html')) {
  const htmlDir = path.join(WORK, 'site');
  const exportHtml = measure(process.execPath, arca('export', '--format', 'html', '--out', htmlDir), {
    allowFail: true,
  });
  row(
    'export html site',
    `${fmtS(exportHtml.seconds)}, ${exportHtml.rssMiB ? `${exportHtml.rssMiB.toFixed(0)} MiB` : ''}`,
    dumpSeconds ? `sqlite3 JSON dump ${fmtS(dumpSeconds)}` : 'sqlite3 missing',
    dumpSeconds ? ratio(exportHtml.seconds, dumpSeconds) : 'n/a',
    '≤ 2×',
  );
}

// ---------------------------------------------------------------- report
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\narca bench — ${SIZE} generated articles, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; medians of ${RUNS} runs\n`,
);
const header = ['figure', 'arca', 'baseline (same run)', 'ratio', 'target'];
const table = [header, header.map(() => '---'), ...rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target])];
for (const r of table) console.log(`| ${r.join(' | ')} |`);
console.log(
  missing.length
    ? `\nmissing baselines: ${missing.join(', ')} (apt-get install ripgrep sqlite-utils sqlite3 time)`
    : '\nall baselines present',
);
if (SKIP.size) console.log(`skipped sections: ${[...SKIP].join(', ')}`);
