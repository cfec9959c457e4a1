import type { Command } from 'commander';
import { articleCountsByStatus, schemaVersion } from '../../db/maintenance.js';
import { getSetting } from '../../db/settings.js';
import { requestCountsByStatus } from '../../db/takedowns.js';
import { TAKEDOWN_STATUSES } from '../../takedown/lifecycle.js';
import { fileSize } from '../../files.js';
import { renderRecord } from '../../output/render.js';
import { humanBytes } from '../../output/text.js';
import type { ArticleStatus, TakedownStatus } from '../../types.js';
import { withArchive, type Deps, type EnvSource } from '../shared/env.js';
import { verb } from '../shared/verb.js';
import { t } from '../../i18n/index.js';

const ARTICLE_STATUSES: ArticleStatus[] = ['active', 'removed', 'purged'];

export interface ArchiveInfo {
  path: string;
  schema_version: number;
  size_bytes: number;
  wal_bytes: number;
  timezone: string;
  window_days: number;
  articles: Record<ArticleStatus, number>;
  requests: Record<TakedownStatus, number>;
}

/** Every state with its count, zeros included, so scripts can rely on the keys. */
function allCounts<K extends string>(keys: K[], counts: Partial<Record<K, number>>): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>;
}

const countsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** What is in the archive at `dbPath` and how big it is. */
export async function runInfo(deps: Deps, dbPath: string): Promise<ArchiveInfo> {
  const { db } = deps.scope;
  const report: ArchiveInfo = {
    path: dbPath,
    schema_version: schemaVersion(db),
    size_bytes: fileSize(dbPath),
    wal_bytes: fileSize(`${dbPath}-wal`),
    timezone: getSetting(db, 'timezone'),
    window_days: deps.scope.defaultWindowDays,
    articles: allCounts(ARTICLE_STATUSES, articleCountsByStatus(db)),
    requests: allCounts([...TAKEDOWN_STATUSES], requestCountsByStatus(db)),
  };
  const size = (n: number) => (deps.mode === 'table' ? humanBytes(n) : n);
  await renderRecord(
    deps.io,
    deps.mode,
    [
      ['path', report.path],
      ['schema_version', report.schema_version],
      ['size', size(report.size_bytes)],
      ['wal_size', size(report.wal_bytes)],
      ['timezone', report.timezone],
      ['window_days', report.window_days],
      ['articles', countsText(report.articles)],
      ['requests', countsText(report.requests)],
    ],
    report,
  );
  return report;
}

const EXAMPLES = `
  arca db info
  arca db info --json | jq .articles
`;

export function registerInfo(db: Command, env: EnvSource): void {
  verb(db, 'info', t('db.info.description'), EXAMPLES).action(async () => {
    const commandEnv = env();
    await withArchive(commandEnv, (deps) => runInfo(deps, commandEnv.dbPath));
  });
}
