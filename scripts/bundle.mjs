// Bundles tsc's dist/ into dist/bundle/ for bin/arca (npm run build runs this after tsc). Node 20 resolves,
// reads and links every ES module on its own; `arca search` read forty of them at each start-up, and now
// reads three: the program, the core every command shares, and the command's own chunk.
// - core: the archive (db/, but not its migrations), output, option helpers, search, filters, the calendar,
//   the English catalogue. A command loads a little code it does not run; that costs less than the modules.
// - Everything imported lazily (import('…')) stays a chunk of its own, loaded only when used: the import,
//   export and evidence machinery, migrations, the Chinese catalogue, tables, templates, jq, progress bars.
// - Packages stay in node_modules, loaded as they were (the native SQLite addon must be).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const CORE =
  /[\\/]dist[\\/](db[\\/](?!migrations[\\/])|output[\\/]|commands[\\/]shared[\\/]|search[\\/]|query[\\/]|calendar[\\/]|i18n[\\/](index|en)\.js$|(time|errors|files|hash|article-fields|cli|edge)\.js$)/;

const out = path.join(dist, 'bundle');
// Chunk names carry a hash of their content: a rebuild would leave the old ones beside the new.
fs.rmSync(out, { recursive: true, force: true });

const bundle = await rollup({
  input: {
    arca: path.join(dist, 'edge.js'),
    // Started by path as a worker thread (import/inputs/workers.ts), so it is an entry of its own.
    'prepare-worker': path.join(dist, 'import', 'inputs', 'prepare-worker.js'),
  },
  external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
  onwarn(warning, warn) {
    // `this` at a module's top level is undefined in ES modules, which tsc's output already assumes.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});
await bundle.write({
  dir: out,
  format: 'es',
  chunkFileNames: '[name]-[hash].js',
  manualChunks(id, { getModuleInfo }) {
    // A module something imports lazily keeps its own chunk, whatever its folder.
    if (getModuleInfo(id)?.dynamicImporters.length) return undefined;
    return CORE.test(id) ? 'core' : undefined;
  },
});
await bundle.close();
