import type { Command } from 'commander';
import { articleCountsByStatus } from '../../db/maintenance.js';
import { rebuildSearchIndex } from '../../db/search-index.js';
import { info } from '../../output/io.js';
import { createProgress } from '../../output/progress.js';
import type { Deps, EnvSource } from '../shared/env.js';
import { archiveAction, verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

/** Rebuilds the search index from the articles, with a progress bar on a terminal; resolves to the count. */
export async function runReindex(deps: Deps): Promise<number> {
  const { db } = deps.scope;
  const counts = articleCountsByStatus(db);
  const progress = await createProgress(
    deps.io,
    (counts.active ?? 0) + (counts.removed ?? 0),
    t('db.reindex.progress'),
  );
  try {
    let shown = 0;
    const count = rebuildSearchIndex(db, (done) => {
      progress.tick(done - shown);
      shown = done;
    });
    info(deps.io, t('db.reindex.done', { count }));
    return count;
  } finally {
    progress.done();
  }
}

const EXAMPLES = `
  arca db reindex
`;

export function registerReindex(db: Command, env: EnvSource): void {
  verb(db, 'reindex', t('db.reindex.description'), EXAMPLES).action(archiveAction(env, runReindex));
}
