import type { Database } from 'better-sqlite3';
import { ArchiveError } from '../errors.js';
import { ARCA_APPLICATION_ID, newerSchemaError, SCHEMA_VERSION } from '../schema.js';
import type { Migration } from './migration.js';
import { coreSchema } from './001-core.js';
import { searchIndex } from './002-search-index.js';
import { provenanceSha256 } from './003-provenance-sha256.js';
import { searchMergeBounds } from './004-search-merge-bounds.js';
import { searchPhysicalDelete } from './005-search-physical-delete.js';
import { auditStamps } from './006-audit-stamps.js';
import { searchFoldingUrls } from './007-search-folding-urls.js';
import { counterNotices } from './008-counter-notices.js';
import { workdaysChannels } from './009-workdays-channels.js';
import { t } from '../../i18n/index.js';
import { urlIdentity } from './010-url-identity.js';
import { titleIndex } from './011-title-index.js';

/** Every schema step ever released, in order. Append only; a released step keeps doing what it did (its schema is pinned by test). */
export const MIGRATIONS: readonly Migration[] = [
  coreSchema,
  searchIndex,
  provenanceSha256,
  searchMergeBounds,
  searchPhysicalDelete,
  auditStamps,
  searchFoldingUrls,
  counterNotices,
  workdaysChannels,
  urlIdentity,
  titleIndex,
];

/**
 * Applies pending migrations, each in its own transaction, recording progress in user_version.
 * Returns the steps' after-commit work, for the caller to run once its own transaction (if any) has committed.
 */
export function migrate(
  db: Database,
  initialSettings: Record<string, string> | (() => Record<string, string>),
): Array<(db: Database) => void> {
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  if (MIGRATIONS.length !== SCHEMA_VERSION)
    throw new Error(`SCHEMA_VERSION is ${SCHEMA_VERSION} but there are ${MIGRATIONS.length} migrations`);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw newerSchemaError(current);
  if (current === SCHEMA_VERSION) return [];
  if (db.readonly) {
    throw new ArchiveError(t('db.file.needsUpgrade', { current, known: SCHEMA_VERSION }));
  }
  const afterCommit: Array<(db: Database) => void> = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    if (m.afterCommit && current > 0) afterCommit.push(m.afterCommit);
    db.transaction(() => {
      m.up(db);
      if (m.version === 1) {
        db.pragma(`application_id = ${ARCA_APPLICATION_ID}`);
        const put = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
        const settings = typeof initialSettings === 'function' ? initialSettings() : initialSettings;
        for (const [key, value] of Object.entries(settings)) put.run(key, value);
      }
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return afterCommit;
}
