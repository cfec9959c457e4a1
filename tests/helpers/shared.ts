/**
 * The project's shared folder — the spec's sample page and the bench's corpus generator — which is
 * never copied into the repository. Found as $ARCA_SHARED, beside this checkout, or beside the local
 * checkout this one was cloned from (a fresh clone in a temp folder). Tests that need it are skipped,
 * with a warning, where none of these has it.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './arca.js';

function clonedFrom(): string | undefined {
  const r = spawnSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8' });
  const origin = r.status === 0 ? r.stdout.trim() : '';
  return path.isAbsolute(origin) ? path.resolve(origin, '..', 'shared') : undefined;
}

export const SHARED = [process.env.ARCA_SHARED, path.resolve(ROOT, '..', 'shared'), clonedFrom()].find(
  (dir) => dir !== undefined && fs.existsSync(path.join(dir, 'bench', 'gen-corpus.mjs')),
);

if (SHARED === undefined) {
  console.warn(
    'tests: the shared folder (../shared) was not found: set ARCA_SHARED; tests of the sample page and generated corpora are skipped',
  );
}

export const NO_SHARED = SHARED === undefined;
export const SAMPLE_DIR = path.join(SHARED ?? '', 'samples');

/**
 * Runs the bench's corpus generator: the same seed, count and format always give the same pages. In the
 * background: a test worker blocked for a minute (six corpora at once) misses Vitest's own calls and fails the run.
 */
export async function generateCorpus(options: {
  count: number;
  out: string;
  seed?: number;
  format?: 'txt' | 'ndjson';
  manifest?: string;
}): Promise<void> {
  const args = ['--count', String(options.count), '--out', options.out];
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  if (options.format) args.push('--format', options.format);
  if (options.manifest) args.push('--manifest', options.manifest);
  await promisify(execFile)(process.execPath, [path.join(SHARED!, 'bench', 'gen-corpus.mjs'), ...args]);
}
