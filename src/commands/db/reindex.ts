import type { Command } from 'commander';
import { articleCountsByStatus } from '../../db/maintenance.js';
import { rebuildSearchIndex } from '../../db/search-index.js';
import { info } from '../../output/io.js';
import { createProgress } from '../../output/progress.js';
import { plural } from '../../output/text.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { withExamples } from '../shared/options.js';

/** Rebuilds the search index from the articles, with a progress bar on a terminal; resolves to the count. */
export async function runReindex(deps: Deps): Promise<number> {
  const { db } = deps.scope;
  const counts = articleCountsByStatus(db);
  const progress = await createProgress(deps.io, (counts.active ?? 0) + (counts.removed ?? 0), 'indexing');
  try {
    let shown = 0;
    const count = rebuildSearchIndex(db, (done) => {
      progress.tick(done - shown);
      shown = done;
    });
    info(deps.io, `indexed ${plural(count, 'article')}`);
    return count;
  } finally {
    progress.done();
  }
}

export function registerReindex(db: Command, env: EnvSource): void {
  withExamples(
    db
      .command('reindex')
      .description('rebuild the search index from the articles (after a crash, or if db check finds it out of step)'),
    ['arca db reindex'],
  ).action(async () => {
    await withArchive(env(), runReindex);
  });
}
